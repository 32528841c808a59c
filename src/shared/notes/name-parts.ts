/**
 * Which part of a person's name a misspelling put right, and whose names it was. Two shapes the
 * name-spelling note got wrong on real copy:
 * - "Bruce and Irene Steinberg": given names joined before one surname share it, so the surname put
 *   right was misspelled for each of them, and the note names them all ("the last name of Bruce and
 *   Irene Steinberg"), never the last alone, which implies the others were spelled right.
 * - "Chew Gek Khim", "Hanyan Ramlan": in Chinese, Malay, Indonesian and many other names the last word
 *   is not the surname. The last word is told as the "last name" only when the article itself uses it
 *   alone on another reference, after a particle, when compromise reads it as a person's surname, or
 *   when it follows the one given name of a two-word name ("Bella Sankley");
 *   otherwise the note says "the name of", which is true of any part.
 */
import nlp from 'compromise';
import { escapeRegExp } from './names';

/** "Bruce and Irene Steinberg" for "Irene Steinberg" when the article joins given names before her surname; else the person. */
export function sharingSurname(sentence: string, person: string): string {
  const words = person.split(' ');
  if (words.length !== 2) return person;
  const given = String.raw`\p{Lu}\p{Ll}+`;
  const m = new RegExp(`(?<![\\p{L}'’-]\\s?)((?:${given},\\s+)*${given},?\\s+(?:and|&)\\s+)${escapeRegExp(person)}(?![\\p{L}])`, 'u').exec(
    sentence,
  );
  return m ? `${m[1]}${person}` : person;
}

/**
 * The last word of `words` is the surname the article goes by: used alone elsewhere, set after a
 * particle ("du Plessis", "van der Werff"), or read by compromise as a person's name whose last word is
 * a surname or a person's ("Irene Steinberg", "Autumn Lynch", "Anko van der Werff"), or the second of
 * two words after a given name compromise knows ("Bella Sankley": a person's name, never a surname).
 */
export function lastWordIsSurname(words: string[], articleText: string): boolean {
  const last = words.at(-1)!;
  const alone = new RegExp(`(?<!${escapeRegExp(words.at(-2) ?? '')}\\s)\\b${escapeRegExp(last)}\\b`, 'u').test(articleText);
  if (alone || /^\p{Ll}/u.test(words.at(-2) ?? '')) return true;
  const terms = (nlp(`${words.join(' ')} said.`).json() as { terms: { tags: string[] }[] }[]).flatMap((t) => t.terms);
  const tags = terms[words.length - 1]?.tags ?? [];
  const first = terms[0]?.tags ?? [];
  const given = first.includes('FirstName') || (first.includes('Person') && !first.includes('LastName'));
  return tags.includes('LastName') || tags.includes('Person') || (words.length === 2 && given);
}

/**
 * The surname a note names a person by on second reference: "Luis Guillermo Solis Rivera" → "Solis
 * Rivera", two given names (compromise's lexicon) then two family names, as Spanish names run — never
 * "Rivera" alone; otherwise `short`, the surname the names reader gives.
 */
export function surnameOf(words: string[], short: string): string {
  const given = (w: string) => nlp(w).has('#FirstName');
  if (words.length === 4 && given(words[0]!) && given(words[1]!) && !given(words[2]!) && short === words[3])
    return words.slice(2).join(' ');
  return short;
}
