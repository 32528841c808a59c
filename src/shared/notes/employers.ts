/**
 * Where a person works, told beside their name: "Dana Lee, a researcher at Corvane", "said Ana
 * Ruiz, an analyst with Helix", "Tom Reed, who works for Brandt". A body named there and put right
 * is the person's employer, not a place: "misstated where Dana Lee works. It is Helix".
 */
import { escapeRegExp, looksLikeOrganization, personName } from './names';

/** Posts that are no job at the body named after them ("a patient at", "a guest at"). */
const NOT_EMPLOYED = /\b(?:alumnus|alumna|patient|resident|guest|visitor|inmate|customer|member|fan)s?\b/i;

/** Those who study at the body named after them ("a student at Helix College", "a junior at"). */
const STUDIES = /\b(?:student|pupil|freshman|sophomore|junior|senior|undergraduate|graduate student|doctoral candidate)s?\s+$/i;

/** A name of one to four capitalized words, a person's when it is no body's. */
const NAME = String.raw`((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*)`;

/** Whose place of work or study `body` is in `sentence`, and which ("works", "studies"). */
export interface Employee {
  name: string;
  does: 'works' | 'worked' | 'studies';
}

/**
 * The person whose employer (or school) `body` is in `sentence` — the name an appositive post
 * "at", "with" or "for" the body stands beside, or the subject of "works at" — or null when the
 * body is not told as anyone's.
 */
export function employeeOf(sentence: string, body: string): Employee | null {
  const at = escapeRegExp(body);
  const post = new RegExp(`${NAME},\\s+(?:a|an|the)\\s+((?:[\\p{Ll}-]+\\s+){1,4})(?:at|with|for)\\s+(?:the\\s+)?${at}\\b`, 'u').exec(
    sentence,
  );
  const works = new RegExp(`${NAME},?\\s+(?:who\\s+)?(works|worked|working)\\s+(?:at|for)\\s+(?:the\\s+)?${at}\\b`, 'u').exec(sentence);
  let found = '';
  let does: Employee['does'] = 'works';
  if (post && STUDIES.test(post[2]!)) [found, does] = [post[1]!, 'studies'];
  else if (post && !NOT_EMPLOYED.test(post[2]!)) found = post[1]!;
  else if (works) [found, does] = [works[1]!, works[2] === 'worked' ? 'worked' : 'works'];
  const name = found ? personName(found.trim()) : '';
  return name.split(' ').length >= 2 && !looksLikeOrganization(name) ? { name, does } : null;
}
