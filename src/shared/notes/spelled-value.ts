/**
 * A spelled-out figure told inside a note keeps no capital it had only because it opened the
 * article's sentence (AP spells out a number that opens a sentence): "Fourteen suspects were in
 * custody" corrected from "Twelve" is "The correct number is 14, not 12" (AP gives 10 and up in
 * figures) and "Five" is "five", never "is Fourteen, not Twelve".
 */
import { spelledValue } from './spelled-percent';

/** `phrase` with every capitalized number word after "is", "was", "not" and the like told as AP tells it mid-sentence. */
export function lowerSpelledValue(phrase: string): string {
  return phrase.replace(/\b((?:is|are|was|were|not|from|to) )(\p{Lu}[\p{Ll}-]+)(?=[\s,.;]|$)/gu, (all, lead: string, word: string) => {
    const value = spelledValue(word);
    if (value === undefined) return all;
    return `${lead}${value >= 10 ? String(value) : word.toLowerCase()}`;
  });
}
