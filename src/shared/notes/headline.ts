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
/** A running count or amount: moved beside new material, it is news, not a fix. */
const RUNNING: FactKind[] = ['number', 'amount'];

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
  if (RUNNING.includes(fix.fact) && otherMaterial) return null;
  if (readDevelopment(before, after, oldHeadline, newHeadline, '', otherMaterial, style.templates)) return null;
  // The body made the same change: its own note tells it.
  if (mentions(oldBody, before) && mentions(newBody, after) && !mentions(newBody, before)) return null;
  const phrase = fill(style.templates.misstatedInHeadline, { what });
  // "It is 200, not 300": the values when they read cleanly on their own.
  const clean = (v: string) => v.split(' ').length <= 4 && /^[\p{L}\p{N}$%,'’ .-]+$/u.test(v) && !/^\p{Ll}/u.test(v.trim());
  const value = clean(before) && clean(after) ? `. It is ${after}, not ${before}` : '';
  return { phrase: `${phrase}${value}`, before, after };
}
