/**
 * A hyphenated surname with one of its parts respelled ("Rita Lowe-Smith" → "Rita Lowe-Smart"): the
 * other part and the given name stand as printed, so it is the same person's name spelled right — a
 * misspelling — not another person put in her place. A part that is a different word altogether
 * ("Lowe-Smith" → "Lowe-Baxter": another first letter, another length) still reads as another name.
 */
import { editDistance } from './names';

/** Two hyphenated surnames that share every part but one, that one respelled, not replaced. */
export function respelledSurnamePart(oldName: string, newName: string): boolean {
  const a = oldName.split('-');
  const b = newName.split('-');
  if (a.length < 2 || a.length !== b.length || a.some((p) => !/^\p{Lu}\p{Ll}/u.test(p)) || b.some((p) => !/^\p{Lu}\p{Ll}/u.test(p)))
    return false;
  const changed = a.flatMap((p, i) => (p === b[i] ? [] : [[p, b[i]!] as const]));
  if (changed.length !== 1) return false;
  const [was, now] = changed[0]!;
  // Respelled: the same opening letters, about the same length, most letters kept.
  return (
    was.slice(0, 2).toLowerCase() === now.slice(0, 2).toLowerCase() &&
    Math.abs(was.length - now.length) <= 2 &&
    editDistance(was.toLowerCase(), now.toLowerCase()) <= Math.max(2, Math.ceil(Math.max(was.length, now.length) * 0.6))
  );
}
