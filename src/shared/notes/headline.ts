/**
 * The headline is read for facts too. A fact replaced in it while its frame stands ("Norvale Foods
 * to cut 300 jobs" → "… 200 jobs", "… close Harwick plant" → "… Tarrow plant") was wrong in the
 * headline readers saw: a correction that names the headline. A headline recast with new words is
 * no fact put right; a fix the body made the same way is told once, by the body; and a count that
 * moves beside new material, or a status that moved on, is a running story's development.
 */
import { readEdit, type FactKind } from './edits';
import { readDevelopment } from './developments';
import { mentions } from './names';
import { fill, type HouseStyle } from './style';
import { isTitleCase, printedAsName } from './title-case';
import { timesPrinted } from './reported-counts';

/** The facts a headline states, and how the note names each. */
const HEADLINE_FACT: Partial<Record<FactKind, string>> = {
  number: 'a figure',
  amount: 'a figure',
  year: 'a year',
  date: 'a date',
  place: 'a place name',
  name: 'a name',
  'name-spelling': 'the spelling of a name',
  title: 'a title',
  role: 'a title',
};

export interface HeadlineFix {
  phrase: string;
  before: string;
  after: string;
}

export function headlineCorrection(
  oldHeadline: string,
  newHeadline: string,
  oldBody: string,
  newBody: string,
  otherMaterial: boolean,
  style: HouseStyle,
): HeadlineFix | null {
  if (!oldHeadline.trim() || !newHeadline.trim() || oldHeadline === newHeadline) return null;
  const findings = readEdit(oldHeadline, newHeadline);
  const facts = findings.filter((f) => f.type !== 'cosmetic');
  const fix = facts[0];
  if (facts.length !== 1 || !fix || fix.type !== 'corrected') return null;
  const what = HEADLINE_FACT[fix.fact];
  if (!what) return null;
  const { before, after } = fix;
  // Like for like: a value for a value ("Harwick" → "Tarrow", "300" → "200"), not a verb recast
  // with it ("hits Harwick" → "moves to Tarrow").
  const value = (v: string) => {
    const words = v.split(' ');
    return words.length <= 3 && words.every((w) => /^[\p{Lu}\p{N}$€£]/u.test(w) || /^(?:million|billion|percent)$/i.test(w));
  };
  if (!value(before) || !value(after)) return null;
  // In Title Case every word wears a capital: "Lift" → "Lifts" is a name only if the body prints it as one.
  if (!/\d/.test(before + after) && isTitleCase(oldHeadline) && !printedAsName(before, oldBody) && !printedAsName(after, newBody))
    return null;
  // A figure for a figure, a name for a name: "U.S." → "40" is a headline rewritten, not a value put right.
  if (/\d/.test(before) !== /\d/.test(after)) return null;
  // Beside new material a headline follows the news (the count rose, the storm moved on): only a
  // misspelled name is plainly a fix there.
  if (otherMaterial && fix.fact !== 'name-spelling') return null;
  if (readDevelopment(before, after, oldHeadline, newHeadline, '', otherMaterial, style.templates)) return null;
  // The body made the same change: its own note tells it.
  if (mentions(oldBody, before) && mentions(newBody, after) && !mentions(newBody, before)) return null;
  // ("3 officers" in the headline, "Three officers" in the lead: one figure, in digits or words.)
  const moved = (figure: string) => timesPrinted(newBody, figure) - timesPrinted(oldBody, figure);
  if (/^\d+$/.test(before) && moved(before) < 0 && moved(after) > 0) return null;
  const phrase = fill(style.templates.misstatedInHeadline, { what });
  // "It is 200, not 300": the values, when they read cleanly on their own.
  const clean = (v: string) => /^[\p{L}\p{N}$%,'’ .-]+$/u.test(v);
  // Each as its headline printed it: "0Mayor" read as "0 Mayor" is no value to quote.
  const printed = mentions(oldHeadline, before) && mentions(newHeadline, after);
  const values = clean(before) && clean(after) && printed ? `. It is ${after}, not ${before}` : '';
  return { phrase: `${phrase}${values}`, before, after };
}
