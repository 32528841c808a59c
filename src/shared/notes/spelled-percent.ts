/**
 * "Seventy-two percent of voters …" → "Seventy-five percent …": AP style spells out a number that
 * opens a sentence, so a share put right there is two capitalized words swapped. It is a figure
 * corrected, not a name misspelled, and the note gives it in figures, as AP writes every percent
 * ("It is 75 percent, not 72 percent").
 */
import { numberWordValue } from '../text/numbers';

/** The value of a number written in words ("Seventy-five" → 75), or undefined. */
export function spelledValue(word: string): number | undefined {
  return /\d/.test(word) ? undefined : numberWordValue(word.toLowerCase());
}

/** One number word swapped for another ("Seventy-two" → "Seventy-five"): a figure put right. */
export function numberWordSwapped(removed: string[], added: string[]): boolean {
  return removed.length === 1 && added.length === 1 && spelledValue(removed[0]!) !== undefined && spelledValue(added[0]!) !== undefined;
}

/**
 * "Seventy-five percent of …" with the share's reading (figures.ts): the right and wrong values in
 * figures with their unit, or null when the number word is no percent.
 */
export function spelledPercent(sentence: string, before: string, after: string): { right: string; wrong: string } | null {
  const [was, now] = [spelledValue(before), spelledValue(after)];
  if (was === undefined || now === undefined) return null;
  const unit = new RegExp(`(?:^|\\s)${after}\\s+(percent|per cent)\\b`, 'i').exec(sentence)?.[1];
  if (!unit) return null;
  return { right: `${now} ${unit.toLowerCase()}`, wrong: `${was} ${unit.toLowerCase()}` };
}
