/**
 * A surname that is also a title word: "Thomas Mayor Jr.", "Martin Luther King Jr.", "Ann Bishop".
 * Before a name "Mayor" is an office ("Mayor Ann Lee"); after a given name, ending the name (or
 * before "Jr."), it is the person's own name, and "Mayor said" on second reference is that person,
 * never "the mayor".
 */
import { escapeRegExp, isOrgWord, isSentenceStarter, isTitleWord } from './names';
import { plainText } from './sentences';

/**
 * The full name, as printed, of the person the copy names with `word` as surname ("Thomas Mayor
 * Jr." for "Mayor"); '' when none. The words before it are given names — capitalized, none a title,
 * an organization's word or a sentence's opener — and no capitalized word follows it but a suffix
 * ("Deputy Mayor Ann Lee" has "Mayor" before a name: an office). After "the" it is an office too
 * ("the Ohio Governor").
 */
export function personSurnamed(word: string, articleText: string): string {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !isTitleWord(word)) return '';
  const re = new RegExp(
    String.raw`(?<![\p{L}'’])((?:\p{Lu}[\p{L}'’-]+\s+){1,2})${escapeRegExp(word)}(\s+(?:Jr\.|Sr\.|II|III|IV)(?![\p{L}]))?(?![\p{L}'’])(?!\s+\p{Lu})`,
    'gu',
  );
  const text = plainText(articleText);
  for (const m of text.matchAll(re)) {
    const given = m[1]!.trim().split(/\s+/);
    if (given.some((w) => isTitleWord(w) || isOrgWord(w) || isSentenceStarter(w))) continue;
    if (/\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    return `${given.join(' ')} ${word}${m[2] ?? ''}`;
  }
  return '';
}
