/**
 * A weekday's or month's name mistyped and put right ("Tuesay" → "Tuesday", "Febuary" →
 * "February", "Thrusday" → "Thursday") is a slip, not a date put right: the day never changed, and
 * "misstated the date … It is Tuesday, Jan. 13, not Tuesay" would tell readers of an error that was
 * only a typo. One side must be no date word at all and the two one letter apart, or two letters
 * swapped; a day for another day ("Tuesday" → "Thursday") stays a date put right.
 */
import { editDistance } from './names';

export function dateWordMistyped(
  removed: string[],
  added: string[],
  isDateWord: (word: string) => boolean,
  respelled: (a: string, b: string) => boolean,
): boolean {
  if (removed.length !== 1 || added.length !== 1) return false;
  const [was, now] = [removed[0]!, added[0]!];
  if (isDateWord(was) === isDateWord(now) || !/^\p{L}{4,}$/u.test(was) || !/^\p{L}{4,}$/u.test(now)) return false;
  const [a, b] = [was.toLowerCase(), now.toLowerCase()];
  // ("Monday" → "Mondays": one day made every such day is a fact, not a letter.)
  if (a.replace(/s$/, '') === b.replace(/s$/, '')) return false;
  // ("Thrusday": two letters typed in the wrong order, as edits.ts' `respelled` reads a slip.)
  return editDistance(a, b) <= 1 || respelled(a, b);
}
