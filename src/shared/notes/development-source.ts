/**
 * A development read from an edited line ("new death toll": 12 → 14) and an added line that tells
 * the same figure with its source ("The Interior Ministry said the death toll had risen to 14 …")
 * are one piece of news. Told apart, the note says "new death toll and additional comments from
 * the Interior Ministry" and loses both the figure and whose it is; told once, the added line
 * carries both.
 */
import type { NoteChange } from './types';

/** Words a development names that say nothing of what it counts. */
const FRAME = new Set(['new', 'number', 'the', 'of', 'a', 'an', 'figure', 'figures', 'count', 'details', 'on', 'and']);
const stem = (w: string) => w.toLowerCase().slice(0, 5);

/**
 * Whether the clause counts what the development counts: "new death toll" and "the death toll had
 * risen to 14" share "death toll"; "new number of people killed" and "14 families were placed in
 * hotels" share only the figure, which is no restatement (review 10s).
 */
function countsTheSame(development: string, clause: string): boolean {
  const words = (text: string) => (text.match(/\p{L}+/gu) ?? []).filter((w) => !FRAME.has(w.toLowerCase()) && w.length > 2).map(stem);
  const said = new Set(words(clause));
  return words(development).some((w) => said.has(w));
}

/**
 * Which of `developments` the clause tells again: the index of a development whose change moved a
 * figure to a value the clause states as a whole word ("14", not "140" or "14th") and counts the
 * same thing. -1 for none.
 */
export function restatedDevelopment(clause: string, developments: string[], changes: NoteChange[]): number {
  return developments.findIndex((development) =>
    changes.some(
      (c) =>
        c.description === development &&
        countsTheSame(development, clause) &&
        !!c.after &&
        /\d/.test(c.after) &&
        c.after !== c.before &&
        new RegExp(`(?<![\\p{L}\\p{N}.,])${c.after.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}]|[.,]\\d)`, 'u').test(clause),
    ),
  );
}
