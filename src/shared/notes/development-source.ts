/**
 * A development read from an edited line ("new death toll": 12 → 14) and an added line that tells
 * the same figure with its source ("The Interior Ministry said the death toll had risen to 14 …")
 * are one piece of news. Told apart, the note says "new death toll and additional comments from
 * the Interior Ministry" and loses both the figure and whose it is; told once, the added line
 * carries both.
 */
import type { NoteChange } from './types';

/**
 * Which of `developments` the clause tells again: the index of a development whose change moved a
 * figure to a value the clause states as a whole word ("14", not "140" or "14th"). -1 for none.
 */
export function restatedDevelopment(clause: string, developments: string[], changes: NoteChange[]): number {
  return developments.findIndex((development) =>
    changes.some(
      (c) =>
        c.description === development &&
        !!c.after &&
        /\d/.test(c.after) &&
        c.after !== c.before &&
        new RegExp(`(?<![\\p{L}\\p{N}.,])${c.after.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}]|[.,]\\d)`, 'u').test(clause),
    ),
  );
}
