/**
 * "St. Agnes Medical Center Tulsa", "Harbor Regional Hospital Dallas", "University of Marlow at
 * Dunmore": an institution whose name ends in the place it serves. Read by its last word, the
 * place was taken for a person's surname ("Tulsa's report that …"); the body's own word (a
 * hospital, a center, a university) inside the run says the whole run is the body, credited whole.
 */
import { isOrgWord, isTitleWord } from './names';

/** The small words inside a body's name: "University of Marlow at Dunmore", "Hospital for Sick Children". */
const NAME_JOIN = /^(?:of|at|in|for|and|&|the|on)$/;
/** The most words of the place closing the name: "Dallas", "Fort Worth", "Salt Lake City". */
const PLACE_WORDS = 3;

/** The name whole when it is a body's name closed by a place; empty otherwise. */
export function institutionEndingInPlace(raw: string): string {
  const whole = raw.trim().replace(/^the\s+/i, '');
  const words = whole.split(/\s+/);
  if (words.length < 3) return '';
  // Every word a name's word: capitalized, or one of the small words inside a name.
  if (!words.every((w, k) => /^\p{Lu}/u.test(w) || (k > 0 && NAME_JOIN.test(w)))) return '';
  // The body's word, not last: what follows it is the place.
  let body = -1;
  words.forEach((w, k) => {
    if (isOrgWord(w.replace(/[.,]$/, ''))) body = k;
  });
  if (body < 0 || body === words.length - 1) return '';
  const tail = words.slice(body + 1).filter((w) => !NAME_JOIN.test(w));
  // "Marlow Hospital Director Ann Reed": a title after the body's word opens a person's name.
  if (!tail.length || tail.length > PLACE_WORDS || tail.some((w) => isTitleWord(w.replace(/\.$/, '')))) return '';
  return whole;
}
