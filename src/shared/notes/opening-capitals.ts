/**
 * A note's phrase that lifts the sentence's first word from mid-sentence ("the cash Deputies
 * seized") prints it as the article would mid-sentence: a common noun in lower case ("the cash
 * deputies seized"), a name kept. lowerOpening in names.ts judges the word; a plural in "-ies"
 * ("Deputies", "Authorities", "Agencies") the article capitalizes only where a sentence opens is a
 * common noun too — review 12a found "Authorities" kept mid-note on real copy.
 */
import { lowerOpening, readsAsName } from './names';
import { plainText } from './sentences';

export function openerLowered(phrase: string, sentence: string, articleText = ''): string {
  const first = /^\p{Lu}\p{Ll}+/u.exec(plainText(sentence).trim())?.[0];
  // Only where the phrase carries that word inside it, not opening it.
  if (!first || !new RegExp(`\\s${first}(?=\\s|$)`, 'u').test(phrase)) return phrase;
  const lowered = lowerOpening(first, articleText);
  const common = lowered !== first || (/ies$/.test(first) && !readsAsName(first, articleText || sentence));
  return common ? phrase.replace(new RegExp(`(?<=\\s)${first}(?=\\s|$)`, 'u'), first.toLowerCase()) : phrase;
}
