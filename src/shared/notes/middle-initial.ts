/**
 * A middle initial put right ("John T. Hadley" → "John R. Hadley") is the wrong letter, not a name
 * misspelled: the note says "misstated the middle initial of John R. Hadley", as a newsroom does,
 * never "misspelled the name of …", which reads as if the surname were wrong.
 */

/** An initial, with or without its point: "R.", "R". */
const INITIAL = /^\p{Lu}\.?$/u;

/** "misstated the middle initial of John R. Hadley", or '' when the letter put right is no middle initial of `words`. */
export function middleInitialPhrase(words: string[], before: string, after: string, person: string): string {
  if (!INITIAL.test(before.trim()) || !INITIAL.test(after.trim())) return '';
  const letter = after.trim().replace(/\.$/, '');
  const at = words.findIndex((w) => w.replace(/\.$/, '') === letter);
  // (Between a first name and a surname: a first initial, "J. Hadley", is a name of its own.)
  if (at <= 0 || at >= words.length - 1) return '';
  return `misstated the middle initial of ${person}`;
}
