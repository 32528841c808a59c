/**
 * A figure inside a hyphened span that describes the noun after it: "a 38-minute period", "a 90-second
 * ad", "a 14-year police veteran". The figure measures how long that thing lasts, so the note names the
 * thing's length, not a count of the compound's halves ("the number of minute period"), and a person's
 * span is that person's career or service, whose the appositive says ("Ada Roe, a 14-year police
 * veteran" → "the length of Ada Roe's police career"). The value keeps its unit ("It is 83 minutes").
 * Ages ("a 58-year-old") are hyphenatedAge's in describe.ts; "a 28-year insurgency" stays figureOfNoun's.
 */
import { escapeRegExp, personName } from './names';
import { plainText } from './sentences';
import { tagged } from './topics';
import { appositiveOwner } from './appositive-owners';

const UNITS = 'second|minute|hour|day|week|month|year|decade|century';
/** Units figure-nouns.ts does not read: any noun after them is told by its length here. */
const SHORT_OR_LONG = /^(?:second|minute|decade|century)$/i;
/** Nouns that are spans of time themselves: told by their length whatever the unit. */
const SPAN_NOUN =
  /^(?:period|span|stretch|window|stint|spell|tenure|hiatus|absence|layoff|wait|delay|standoff|shift|drive|walk|ride|flight|trip|journey|career)$/i;
/** People a span describes by their time in a line of work ("a 20-year veteran"): the span is their career. */
const CAREER = /^(?:veteran)$/i;
/** People a span describes by their time with an employer or body: the span is their service. */
const SERVICE = /^(?:employee|staffer|worker|member|officer|volunteer|teacher|firefighter|deputy|trooper|agent)$/i;

interface Span {
  what: string;
  unit: string;
}

function readSpan(sentence: string, figure: string): Span | null {
  const text = plainText(sentence);
  const m = new RegExp(`(?<![\\d.,])${escapeRegExp(figure)}-(${UNITS})s?(?:-long)?\\s+`, 'iu').exec(text);
  if (!m) return null;
  // The noun phrase after the compound, to the first mark of punctuation, its last noun its head.
  const words = text
    .slice(m.index + m[0].length)
    .split(/[,.;:()—–]|\s-\s/)[0]!
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 4);
  if (!words.length || /^old$/i.test(words[0]!)) return null;
  const tags = tagged(words.join(' '));
  let end = 0;
  while (end < tags.length && ['NOUN', 'ADJ', 'PROPN'].includes(tags[end]!.pos) && /^[\p{L}-]+$/u.test(tags[end]!.text)) end++;
  while (end > 0 && tags[end - 1]!.pos !== 'NOUN') end--;
  if (!end) return null;
  const phrase = tags.slice(0, end).map((t) => t.text);
  const head = phrase[phrase.length - 1]!.toLowerCase();
  const unitWord = m[1]!.toLowerCase();
  const unit = figure === '1' ? unitWord : unitWord === 'century' ? 'centuries' : `${unitWord}s`;
  const before = text.slice(0, m.index);
  if (CAREER.test(head) || SERVICE.test(head)) {
    // "Ada Roe, a 14-year police veteran": the person the appositive belongs to.
    const named = /((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+),\s+(?:a|an)\s+$/u.exec(before)?.[1];
    // ("the driver, a 22-year veteran": the driver's career, appositive-owners.ts.)
    const owner = appositiveOwner(before);
    const who = named && personName(named) ? `${personName(named)}'s` : owner ? `${owner}'s` : `the ${head}'s`;
    const field = phrase.slice(0, -1).join(' ');
    const what = CAREER.test(head) ? `${field ? `${field} ` : ''}career` : 'service';
    return { what: `the length of ${who} ${what}`, unit };
  }
  if (!SHORT_OR_LONG.test(unitWord) && !SPAN_NOUN.test(head)) return null;
  // "the union's 38-minute walkout": the owner before the figure stays with the thing.
  const owner = /((?:the|its|their|his|her)\s+)?([\p{L}'’-]+['’]s?)\s+$/u.exec(before);
  const whose = owner && /['’]s?$/.test(owner[2]!) ? `${(owner[1] ?? 'the ').toLowerCase()}${owner[2]}` : 'the';
  return { what: `the length of ${whose} ${phrase.join(' ')}`, unit };
}

/** "over a 38-minute period" → "the length of the period"; "Ada Roe, a 14-year police veteran" → "the length of Ada Roe's police career". */
export function spanOfCompound(sentence: string, figure: string): string {
  return readSpan(sentence, figure)?.what ?? '';
}

/** The unit a span compound's value is told in ("minutes"), when spanOfCompound reads it; else ''. */
export function spanCompoundUnit(sentence: string, figure: string): string {
  return readSpan(sentence, figure)?.unit ?? '';
}
