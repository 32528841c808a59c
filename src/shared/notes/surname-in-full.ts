/**
 * A name misspelled on a later mention, where the article calls the person by surname alone
 * ("Marsch said …" → "Marsh said …"): the note names them in full, as the article first did ("misspelled
 * the last name of Paul Marsh"), never by the bare surname, which a reader of the note alone cannot place.
 */
import { fullName, looksLikeOrganization } from './names';

/** "Marsh" → "Paul Marsh" when the article names one person so in full; any other name as given. */
export function nameInFull(person: string, articleText: string): string {
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(person) || looksLikeOrganization(person)) return person;
  return fullName(person, articleText) || person;
}
