/**
 * "Police found the body of a woman … Ada Moss was arrested. He has been charged with murder.":
 * someone in reach described but unnamed ("the victim", "a driver") could be the pronoun's person,
 * so a note does not name a "he" or "she" while one stands there. But a noun that gives its own sex
 * agrees with only one pronoun: "a woman" is never "he", "the man" never "she". Only nouns that say
 * so are read; any other described person ("the suspect", "a passenger") may be either.
 */

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
