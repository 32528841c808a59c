/**
 * "Police found the body of a woman … Ada Moss was arrested. He has been charged with murder.":
 * someone in reach described but unnamed ("the victim", "a driver") could be the pronoun's person,
 * so a note does not name a "he" or "she" while one stands there. But a noun that gives its own sex
 * agrees with only one pronoun: "a woman" is never "he", "the man" never "she". Only nouns that say
 * so are read; any other described person ("the suspect", "a passenger") may be either.
 */
import { escapeRegExp } from './names';
import { plainText, splitSentences } from './sentences';

/** Nouns for a woman or a girl, and for a man or a boy. */
const FEMALE =
  /\b(?:woman|women|girl|girls|mother|daughter|wife|sister|grandmother|widow|aunt|niece|lady|actress|schoolgirl|businesswoman|policewoman|chairwoman|spokeswoman)\b/i;
const MALE =
  /\b(?:man|men|boy|boys|father|son|husband|brother|grandfather|widower|uncle|nephew|gentleman|gunman|gunmen|actor|schoolboy|businessman|policeman|chairman|spokesman)\b/i;

/** Could the described person ("a 40-year-old woman", "the gunman") be the one a "he" or "she" means? */
export function describedAgrees(described: string, pronoun: string): boolean {
  const p = pronoun.toLowerCase();
  if (/^(?:he|him|his)$/.test(p)) return !FEMALE.test(described);
  if (/^(?:she|her|hers)$/.test(p)) return !MALE.test(described);
  return true;
}

/**
 * The pronoun the article tells a named person by ("Maria Lopez … She said"): read in the sentences
 * that name them (by surname) and the one after each, but for `except` (the sentence asked about,
 * whose own pronoun is in question). 'he' or 'she' when only one sex's pronouns stand there, '' when none or both do.
 */
export function toldAs(person: string, except: string, articleText: string): 'he' | 'she' | '' {
  const surname = person.split(/\s+/).at(-1)!;
  const named = new RegExp(`\\b${escapeRegExp(surname)}\\b`);
  const sentences = splitSentences(plainText(articleText));
  const skip = plainText(except).trim();
  let he = 0;
  let she = 0;
  sentences.forEach((s, i) => {
    if (!named.test(s)) return;
    for (const t of [s, sentences[i + 1] ?? '']) {
      if (t.trim() === skip) continue;
      he += (t.match(/\b(?:he|him|his|himself)\b/gi) ?? []).length;
      she += (t.match(/\b(?:she|her|hers|herself)\b/gi) ?? []).length;
    }
  });
  return he && !she ? 'he' : she && !he ? 'she' : '';
}
