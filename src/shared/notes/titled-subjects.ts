/**
 * A subject that is a long capitalized title before a person's name ("Nigerian Minister of Mines and
 * Steel Development Olamilekan Adegbite said …") copies the article's words past the note's limit,
 * so the clause it opens fell to "the date" (review 19). The note names the person by the name alone,
 * the words after its last title word (two or three), else the run's last two, when the run holds a title word (names.ts isTitleWord) and
 * is at least four words long, all capitalized but for "of", "and" and "the". Unchanged otherwise.
 */
import { isTitleWord, personName } from './names';

export function withoutLongTitle(clause: string, subject: string): string {
  const words = subject.trim().split(/\s+/);
  if (words.length < 4 || !clause.startsWith(subject.trim())) return clause;
  if (!words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|and|the|for)$/.test(w)) || !words.some((w) => isTitleWord(w))) return clause;
  // ("Police Chief Mary Ann Lopez": the name after the title whole, names.ts personName; past a title
  // with "of" in it the run's last two words.)
  const named = personName(words.join(' ')).split(/\s+/);
  const name = named.length >= 2 && named.length <= 3 && named.every((w) => /^\p{Lu}/u.test(w)) ? named : words.slice(-2);
  if (name.some((w) => isTitleWord(w) || !/^\p{Lu}\p{Ll}/u.test(w))) return clause;
  return `${name.join(' ')}${clause.slice(subject.trim().length)}`;
}
