/**
 * "have" whose object is a count, which the note check took for a cut: "the new jail is designed to
 * have 184 beds" ("to have" read as a preposition run into a function word, like "details on
 * have") and "misstated the number of members the club has" (a sentence ending on "has", like "the
 * number of buses that has"). Both are whole newsroom English: the infinitive has its object, the
 * figure; and a count's head told with the clause that says whose ("the number of employees the
 * paper has") ends on its verb because the counted noun is that verb's object. Refused in round 26
 * on the blind sets, the first dropped a figure's clause, the second fell to "misstated a detail
 * about the events described".
 */
import { numberWordValue } from '../text/numbers';
import { DEGREE_HEDGES } from './hedge-words';

/** A figure, or a word of degree before one ("about 30", "more than 40", "up to 12"). */
const COUNT = new RegExp(`^(?:(?:${DEGREE_HEDGES})\\s+)?(\\S+)`, 'iu');

const isFigure = (word: string) => /^[$€£]?\d/.test(word) || numberWordValue(word) !== undefined;

/** Is the "to have" at `at` in the sentence one whose object is a count ("to have 184 beds")? */
export function isHaveWithCount(sentence: string, at: number): boolean {
  const m = /^to\s+have\s+(.+)$/isu.exec(sentence.slice(at));
  const figure = m ? COUNT.exec(m[1]!)?.[1] : undefined;
  return !!figure && isFigure(figure);
}

/** Words that leave "has" wanting what follows ("that has", "it has been"), never a clause's subject. */
const NO_SUBJECT =
  /^(?:that|which|who|whom|whose|and|or|but|of|to|in|on|for|with|by|at|from|as|the|a|an|also|still|already|just|it|this|there)$/;

/**
 * Does the sentence end on the verb of a count's clause ("… misstated the number of members
 * Chronic Connection has.")? Only after "the number of", its clause of at most eight words with a
 * subject of its own before the verb.
 */
export function endsOnCountedHave(sentence: string): boolean {
  const m = /\bthe number of\s+((?:\S+\s+){1,8}?)(?:has|have|had)[.!?]?$/iu.exec(sentence.trim());
  if (!m) return false;
  const before = m[1]!
    .trim()
    .split(/\s+/)
    .at(-1)!
    .replace(/[^\p{L}\p{N}'’]/gu, '')
    .toLowerCase();
  return !!before && !NO_SUBJECT.test(before) && !/[,;:]/.test(m[1]!);
}
