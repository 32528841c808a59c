/**
 * Title Case headlines ("United States to Lift Sudan Sanctions") capitalize every word, so a
 * capital there says nothing about a name: "Lift" → "Lifts" is a tense changed, not a name
 * misspelled. Such a word is a name only if the body prints it capitalized mid-sentence, where
 * only names are.
 */
import { escapeRegExp } from './names';

/** Short words Title Case may leave lowercase. */
const SMALL = /^(?:a|an|and|as|at|but|by|for|from|in|into|of|on|or|over|the|to|up|with|vs\.?)$/i;

/** Whether a headline is in Title Case: every word but the small ones opens on a capital. */
export function isTitleCase(headline: string): boolean {
  const words = headline.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const open = words.filter((w, i) => i === 0 || !SMALL.test(w.replace(/[^\p{L}.]/gu, '')));
  const capitalized = open.filter((w) => /^["'‘“(]?[\p{Lu}\p{N}$]/u.test(w));
  return words.length >= 3 && capitalized.length === open.length;
}

/** Whether the body prints `value` with its capitals after a word of the same sentence: as a name. */
export function printedAsName(value: string, body: string): boolean {
  if (!/\p{Lu}/u.test(value)) return false;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(value)}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of body.matchAll(re)) {
    const before = body.slice(Math.max(0, m.index - 3), m.index);
    // After a word, a comma or a dash — not at a paragraph's start, after a stop or an opening quote.
    if (m.index > 0 && !/(?:^|[.!?:\n]["'’”]?\s*|["“‘(]\s*|\n\s*)$/.test(before)) return true;
  }
  return false;
}
