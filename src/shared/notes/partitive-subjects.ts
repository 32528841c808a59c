/**
 * "Two of the children were flown to a hospital …": a count of a group the story already named,
 * said short ("two children were flown …"). A development told in the story's own words copies its
 * run, and the copy cut then keeps only "two of the children" with no verb, so the note fell back to
 * the source alone. Said short, the clause tells the same news without copying the run.
 * Only a count of two or more, in figures or words, of a plural noun: "one of the children" stays.
 */
import { numberWordValue } from '../text/numbers';
import { isPluralNoun } from './plurals';

/** Counts that are no number: "several of the", "dozens of the". */
const VAGUE_COUNT = /^(?:several|dozens|hundreds|thousands|scores)$/i;

function isCount(word: string): boolean {
  if (/^\d[\d,]*$/.test(word)) return Number(word.replace(/,/g, '')) >= 2;
  if (VAGUE_COUNT.test(word)) return true;
  const value = numberWordValue(word.toLowerCase());
  return value !== undefined && value >= 2;
}

/** The clause's words with "N of the X" opening it said as "N X"; the same words when it opens otherwise. */
export function partitiveSaidShort(words: string[]): string[] {
  const [count, of, the, noun] = words;
  if (!count || !of || !the || !noun || words.length < 6) return words;
  if (!isCount(count) || of.toLowerCase() !== 'of' || !/^(?:the|those|these)$/i.test(the)) return words;
  // The group's noun, or a compound ending in it: "the passengers", "the crew members".
  const next = words[4] ?? '';
  if (!/^\p{Ll}/u.test(noun) || isCount(noun) || !(isPluralNoun(noun) || (/^\p{Ll}/u.test(next) && isPluralNoun(next)))) return words;
  return [count, ...words.slice(3)];
}
