/**
 * A slip of the keys put right in an ordinary word of a body's name: "the Senate Approprations
 * Committee" → "Appropriations", "the Departmnet of Labor" → "Department", "the Natonal Weather
 * Service" → "National". The body was always the same one; only a common word was mistyped, as in
 * running text ("wokers" → "workers"), which gets no note. A name's own spelling is another matter:
 * "Colemen" → "Coleman", "Sen. Tom Bakr" → "Baker" still get a correction, because the word put
 * right is no ordinary word, or the name is a person's, not a body's.
 */
import { isKnownWord } from './known-words';
import { escapeRegExp, isTitleWord, looksLikeOrganization } from './names';

/**
 * Whether one capitalized word `was` → `now` (already read as a respelling, `respelling`) is a
 * typo fixed inside the name of a body (`run`, the capitals around the new word, in `sentence`): the old word is
 * no word of English, the new one is, and the run names an institution, not a person.
 */
export function typoInBodyName(was: string, now: string, run: string, respelling: boolean, sentence: string): boolean {
  if (!respelling || !/^\p{Lu}/u.test(now)) return false;
  if (isKnownWord(was) || !isKnownWord(now)) return false;
  const words = run.split(/\s+/);
  // A title in the run makes it a person's ("Officer Vincent Arenas"), whatever the surname says.
  if (words.some((w) => w !== now && isTitleWord(w))) return false;
  // So may a given name and a surname that is also a body's word ("Vincent Arenas"): a body named
  // by its last word alone needs two words before it ("House Intelligence Committees").
  // (Or "of" and a capital after it: "the Department of Transportation".)
  const ofBody = new RegExp(`\\b${escapeRegExp(now)}\\s+of\\s+(?:the\\s+)?\\p{Lu}`, 'u').test(sentence);
  if (words.at(-1) === now && words.length < 3 && !ofBody) return false;
  return looksLikeOrganization(run);
}
