/**
 * One who speaks for a person: "a spokesman for Mayor Tom Arden", "a lawyer for Lord Vane". The
 * person named said nothing; the note credits the one who spoke, as described ("additional
 * comments from a spokesman for Mayor Tom Arden"), never the mayor. A person is known here by the
 * title or the rank that opens the name ("Mayor", "Gov.", "Lord", "Dame") and a name after it.
 */
import { isOrgWord, isTitleWord } from './names';

/** Ranks and styles a paper sets before a name, beside the titles of office (names.ts). */
const RANK = /^(?:Lord|Lady|Sir|Dame|Baron|Baroness|Earl|Countess|Duke|Duchess|Prince|Princess|Sheikh|Rabbi|Imam|Cardinal|Archbishop)$/;

/** Whether `spokenFor` ("Mayor Tom Arden", "Lord Vane") is a person named by a title or a rank and their name. */
export function titledPerson(spokenFor: string): boolean {
  const words = spokenFor.trim().split(/\s+/);
  let k = 0;
  while (k < words.length && (isTitleWord(words[k]!) || RANK.test(words[k]!))) k++;
  const name = words.slice(k);
  return k > 0 && name.length >= 1 && name.length <= 3 && name.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) && !isOrgWord(w));
}
