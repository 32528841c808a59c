/**
 * A noun that names a kind of thing, not things counted: "when it comes to tea like oolong" and
 * "… to teas like oolong" say the same, so one made many (or many one) is grammar put right, no
 * fact. A noun names a kind when nothing before it fixes which or how many: no article, no
 * possessive, no number, no "this" or "those" (the adjectives between are looked past: "green
 * tea"). With any of them the number is a fact ("her son" → "her sons", "the man" → "the men",
 * "two dogs" → "three dogs"); so is it for people, whom a story counts ("to victim" is no kind).
 */
import { SPELLED_CARDINAL } from '../text/numbers';

/** Words before a noun that say which ones or how many: with one of them the number counts. */
const COUNTING = new RegExp(
  String.raw`^(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|one|each|every|either|neither|both|no|any|some|several|many|few|more|most|another|other|such|what|which|whose|\d[\d,.]*|${SPELLED_CARDINAL}|dozens?|hundreds?|thousands?|millions?|billions?)$`,
  'i',
);

/** Words that may open the noun's phrase, where nothing counts it: prepositions and conjunctions. */
const OPENS_PHRASE =
  /^(?:to|of|for|about|on|in|into|with|without|like|than|from|by|at|as|over|under|between|among|through|and|or|nor|but)$/i;

/** People a story counts, whatever stands before them. */
const PEOPLE =
  /^(?:sons?|daughters?|child|children|kids?|babies|baby|boys?|girls?|m[ae]n|wom[ae]n|people|persons?|brothers?|sisters?|parents?|friends?|victims?|patients?|students?|residents?|passengers?|soldiers?|troops?|workers?|officers?|members?|suspects?|hostages?)$/i;

/**
 * Whether the noun at `at` in `tokens` names a kind: the words before it, past any adjectives
 * (`isAdjective`), open the phrase with a preposition or a conjunction, never with a word that
 * counts. `isPerson` keeps people counted.
 */
export function namesAKind(
  tokens: string[],
  at: number,
  isAdjective: (word: string) => boolean,
  isPerson: (word: string) => boolean,
): boolean {
  const noun = tokens[at] ?? '';
  if (PEOPLE.test(noun) || isPerson(noun)) return false;
  let k = at - 1;
  while (k >= 0 && isAdjective(tokens[k]!) && !COUNTING.test(tokens[k]!)) k--;
  const before = tokens[k] ?? '';
  if (COUNTING.test(before) || /['’]s$/.test(before)) return false;
  return OPENS_PHRASE.test(before);
}
