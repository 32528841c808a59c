/**
 * A measure that is the object of a clause is told with that clause: "the fire, which has burned
 * 1,200 acres" → "the area the fire has burned"; "The trail runs 14 miles" → "the distance the trail
 * runs"; "the barge was carrying 40 tons" → "the weight the barge was carrying"; "The gusts reached 60
 * mph" → "the speed the gusts reached". Without it the correction fell back to the bare quantity
 * ("misstated the area", "misstated the distance"), which names nothing a reader can find. The
 * quantity, not its unit, names it, so a unit put right ("85 acres" → "85 hectares") reads too. The
 * clause is read by structure (`countingClause`: the verb before the figure and that verb's subject).
 * A lone capitalized word that opened the sentence ("Gusts reached …") may be a name or a common noun:
 * no clause is told on it. A figure after a preposition ("The creek stood at 14 feet", "fell to 3
 * feet") is not the verb's object: "the level the creek stood" drops the word the clause needs, so
 * none is told there and the measure keeps its own reading ("the creek's level"). '' when no clause
 * governs the figure.
 */
import { countingClause } from './counting-clause';
import { escapeRegExp } from './names';

/** "the area the fire has burned" for `figure` measured as `quantity` in `sentence`, or ''. */
export function measuredByClause(sentence: string, figure: string, quantity: string): string {
  if (afterPreposition(sentence, figure)) return '';
  const clause = countingClause(sentence, figure);
  if (!clause || (/^\p{Lu}\S*\s+\p{Ll}/u.test(clause) && sentence.startsWith(clause.split(' ')[0]!))) return '';
  // ("The world produced 540,000 tons of lithium carbonate equivalent": the stuff measured names it,
  // "the amount of lithium carbonate equivalent the world produced", not "the weight the world produced".)
  const stuff = new RegExp(
    String.raw`${escapeRegExp(figure)}\s+(?:(?:million|billion|thousand)\s+)?(?:metric\s+)?[\p{L}.]+\s+of\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*)(?=\s*[,;.(]|\s+(?:in|at|on|from|to|for|by|last|this|each|a|per|and|according)\b|\s*$)`,
    'u',
  ).exec(sentence);
  if (stuff && !/^(?:the|a|an|its|their|his|her)\s/.test(stuff[1]!)) return `the amount of ${stuff[1]} ${clause}`;
  return `the ${quantity} ${clause}`;
}

/** Is the figure the object of a preposition ("at 14 feet", "to about 3 feet"), not of the verb? */
function afterPreposition(sentence: string, figure: string): boolean {
  return new RegExp(
    String.raw`\b(?:at|to|by|from|of|in|on|around|near|under|over|above|below)\s+(?:(?:about|nearly|almost|roughly|some|just)\s+)?${escapeRegExp(figure)}(?!\w)`,
    'i',
  ).test(sentence);
}
