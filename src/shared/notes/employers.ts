/**
 * Where a person works, told beside their name: "Dana Lee, a researcher at Corvane", "said Ana
 * Ruiz, an analyst with Helix", "Tom Reed, who works for Brandt". A body named there and put right
 * is the person's employer, not a place: "misstated where Dana Lee works. It is Helix".
 */
import { escapeRegExp, looksLikeOrganization, personName } from './names';

/** Posts that are no job at the body named after them ("a student at", "a patient at", "a guest at"). */
const NOT_EMPLOYED =
  /\b(?:student|pupil|freshman|sophomore|junior|senior|graduate|alumnus|alumna|patient|resident|guest|visitor|inmate|customer|member|fan)s?\b/i;

/** A name of one to four capitalized words, a person's when it is no body's. */
const NAME = String.raw`((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*)`;

/**
 * The person whose employer `body` is in `sentence` — the name an appositive post "at", "with" or
 * "for" the body stands beside, or the subject of "works at" — or '' when the body is not told
 * as anyone's employer.
 */
export function employeeOf(sentence: string, body: string): string {
  const at = escapeRegExp(body);
  const post = new RegExp(`${NAME},\\s+(?:a|an|the)\\s+((?:[\\p{Ll}-]+\\s+){1,4})(?:at|with|for)\\s+(?:the\\s+)?${at}\\b`, 'u').exec(
    sentence,
  );
  const works = new RegExp(`${NAME},?\\s+(?:who\\s+)?(?:works|worked|working)\\s+(?:at|for)\\s+(?:the\\s+)?${at}\\b`, 'u').exec(sentence);
  const found = post && !NOT_EMPLOYED.test(post[2]!) ? post[1]! : works ? works[1]! : '';
  const person = found ? personName(found.trim()) : '';
  return person.split(' ').length >= 2 && !looksLikeOrganization(person) ? person : '';
}
