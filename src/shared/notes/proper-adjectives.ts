/**
 * Capitals at a clause's start that a note keeps or drops. A sentence gives its first word a
 * capital; a note that tells the sentence as "the news that …" drops it, unless the word is a name.
 * Two kinds of word are read wrong by the article's other lines alone: a people's or a place's
 * adjective ("Acadian police", "Lao officials"), which keeps its capital wherever it stands, and a
 * group named by what it does ("Police have arrested …"), which is a common noun even in a story
 * that names a force ("Knox Police closed the road").
 */
import { GROUP_NOUN } from './attribution';

/** Endings of the adjectives of peoples and places: Acadian, Korean, Nepalese, Kurdish, Iraqi. */
const PEOPLE_ENDING = /(?:[^aeiou]an|ian|ean|ese|ish|i)$/;

/** Adjectives of peoples and places that end otherwise: "Thai police", "Dutch officials". */
const PEOPLE_WORD =
  /^(?:Thai|Lao|Dutch|French|Swiss|Greek|Czech|Welsh|Scots|Basque|Cree|Inuit|Sami|Maori|Kurd|Arab|Serb|Croat|Slovak|Slovene|Uzbek|Kazakh|Tajik|Afghan|Filipino|Zulu|Navajo|Cherokee|Sioux|Mohawk|Hopi)$/;

/** Common words with those endings that may stand before a group: "Urban police", "Civilian officials". */
const COMMON_WITH_ENDING =
  /^(?:urban|suburban|veteran|civilian|human|median|partisan|bipartisan|nonpartisan|metropolitan|cosmopolitan|ocean|clean|guardian|librarian|physician|technician|pedestrian|equestrian|politician|electrician|musician|obese|taxi|alumni|mini|multi|semi|anti)$/i;

/**
 * Whether `word`, capitalized at a clause's start before a group ("Acadian police"), is the
 * adjective of a people or a place, whose capital stays. Not where the article writes it in lower
 * case ("urban" elsewhere shows a common word).
 */
export function isPeoplesAdjective(word: string, articleText: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  if (new RegExp(`(?<![\\p{L}])${word.toLowerCase()}(?![\\p{L}])`, 'u').test(articleText)) return false;
  if (PEOPLE_WORD.test(word)) return true;
  return word.length >= 4 && PEOPLE_ENDING.test(word) && !COMMON_WITH_ENDING.test(word);
}

/** "Police have arrested …", "Investigators found …": a group's common noun opening a clause, before a word in lower case. */
export function opensOnGroupNoun(clause: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+)\s+\p{Ll}/u.exec(clause);
  return !!m && GROUP_NOUN.test(m[1]!);
}
