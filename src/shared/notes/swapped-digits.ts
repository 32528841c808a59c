/**
 * A two-digit figure whose digits trade places ("39 crew members" → "93 crew members") is a
 * figure mistyped and put right: a count that grows does not land on its own digits reversed,
 * except by chance. Only when no word before the figure says it runs on ("at least 39", "rose to
 * 39", "now 39"): there the rise may be real news, and the development reading keeps it.
 */
import { hedges } from './hedge-words';

/** Words just before a figure that make it a running count or a moving one. */
const RUNNING_BEFORE = new RegExp(
  String.raw`\b(?:${hedges('at least', 'more than', 'over', 'nearly', 'almost', 'about', 'around', 'some', 'roughly')}|now|to|reached|hit|topped|passed)\s*$`,
  'i',
);

/** The lone figure of a short edit: "39" in "39", or in "39 crew". */
const FIGURE = /^\D*?(\d\d)(?!\d)/;

export function digitsSwapped(before: string, after: string, sentence: string): boolean {
  const a = FIGURE.exec(before.trim())?.[1];
  const b = FIGURE.exec(after.trim())?.[1];
  if (!a || !b || a === b || a[0] !== b[1] || a[1] !== b[0]) return false;
  if (/[.,\d]/.test(before.replace(a, '')) || /[.,\d]/.test(after.replace(b, ''))) return false;
  const at = sentence.indexOf(after.trim());
  return at >= 0 && !RUNNING_BEFORE.test(sentence.slice(0, at));
}
