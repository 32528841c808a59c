/**
 * Names printed family name first, as Korean, Chinese and Vietnamese names run in English copy
 * ("Koh Hyeon-seok", "Lee Jae Myung", "Li Ning"): the first word is the family name, so a note calls
 * the person by it on second reference ("Lee is the president", never "Myung"), and a spelling put
 * right in such a name is "misspelled the name of …", since "first name" and "last name" would point
 * at the wrong part. Read from the name's structure, never from a list of family names:
 * - a short one-syllable word before a given name joined by a hyphen whose second part is in lower
 *   case ("Hyeon-seok", "Rae-in"; "Smith-Jones" keeps its capital and is a double surname);
 * - three short one-syllable words ("Lee Jae Myung", "Kim Jong Un") whose last the article never
 *   prints alone;
 * - two words whose first is one syllable and printed alone mid-sentence while the second never is
 *   ("Li said", never "Ning said"), or two one-syllable words whose first is of two letters and no
 *   given name compromise knows ("Will Young", "Wolf Hu" are no such names) and whose second the
 *   article never prints alone ("Li Ning").
 */
import nlp from 'compromise';
import { escapeRegExp, shortName } from './names';
import { plainText } from './sentences';

const SYLLABLE = /^\p{Lu}\p{Ll}{1,4}$/u;
const HYPHENED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** A capitalised word of one syllable, two to five letters ("Lee", "Myung", "Koh"). */
function oneSyllable(word: string): boolean {
  return SYLLABLE.test(word) && (word.toLowerCase().match(/[aeiouy]+/g) ?? []).length === 1;
}

/**
 * Whether the article prints the word alone mid-sentence or after a courtesy title ("Ms. Kan said"),
 * outside the full name and not run into another capitalised word.
 */
function printedAlone(word: string, name: string, article: string): boolean {
  const before = `(?<=(?:[\\p{Ll},;:“"]|\\b(?:Mr|Ms|Mrs|Dr)\\.?) )`;
  const re = new RegExp(`${before}${escapeRegExp(word)}(?![\\p{L}\\p{M}-]| \\p{Lu})`, 'u');
  return re.test(plainText(article).replaceAll(name, ''));
}

/** Whether the person's name is printed family name first (see the module's comment). */
export function familyNameFirst(name: string, article: string): boolean {
  const words = name.split(' ');
  if (words.length === 2 && oneSyllable(words[0]!) && HYPHENED_GIVEN.test(words[1]!)) return true;
  if (words.length === 3 && words.every(oneSyllable)) return !printedAlone(words[2]!, name, article);
  // ("Li Ning": two syllables, the first no given name compromise knows, the second never printed alone.)
  if (words.length === 2 && words.every(oneSyllable) && words[0]!.length <= 2 && !nlp(words[0]!).has('#FirstName'))
    return !printedAlone(words[1]!, name, article);
  return (
    words.length === 2 &&
    oneSyllable(words[0]!) &&
    /^\p{Lu}\p{Ll}+$/u.test(words[1]!) &&
    printedAlone(words[0]!, name, article) &&
    !printedAlone(words[1]!, name, article)
  );
}

/**
 * The family name of a name printed family name first, the one a note names the person by again;
 * the name whole when another person of the article shares that family name ("Lee Jin-woo" beside
 * "Lee Jae Myung"); '' for a name of another order.
 */
export function familyNameOf(name: string, article: string): string {
  if (!familyNameFirst(name, article)) return '';
  const [family, given] = name.split(' ') as [string, string];
  const others = plainText(article).matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(family)} (\\p{Lu}[\\p{L}-]*)`, 'gu'));
  return [...others].some((m) => m[1] !== given) ? name : family;
}

/**
 * The word a title note names a person by again where no fuller reading is at hand: the family name
 * of a name printed family name first ("Kang" of "Kang Hoon-sik"), else the last word.
 */
export function familyOrLastName(name: string, article = ''): string {
  return familyNameOf(name, article) || name.split(' ').at(-1)!;
}

/**
 * The person named again in a correction of a post or a name: the family name of a name printed family
 * name first, else the surname as names.ts' `shortName` reads it. (Credits keep `shortName`: a name
 * told whole with its post there is the first reference a reader sees.)
 */
export function namedAgain(name: string, article: string): string {
  return familyNameOf(name, article) || shortName(name, article);
}
