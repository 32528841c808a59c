/**
 * The masthead's change stamps: "Published: 06 Nov. 2024, 11:43", "Updated Nov. 6, 2025 3:02 p.m.".
 * A stamp says when the page changed, never what changed: it fills firstPublishedAt / updatedAt,
 * and is never an update note.
 */
import { parseStamp } from '../text/dates';
import { readDateAndClock } from './note-date';

export type StampKind = 'published' | 'updated';

const STAMP = /^(published|first published|posted|updated|last updated|modified|last modified)\s*(?:on|at)?\s*:?\s+(.{6,60})$/i;

/** A separator, then words of a sentence: "…: The operator confirmed …", "… — Police said …". */
const TEXT_AFTER = /(?::|\s[—–-])\s+\p{L}[\p{L}'’-]*\s+\p{L}+/u;

/** "Published: 06 Nov. 2024, 11:43" → the ISO wall-clock time, keeping the clock. */
export function readStampLine(line: string): { kind: StampKind; iso: string } | null {
  const m = STAMP.exec(line.trim());
  if (!m) return null;
  // "Updated Nov. 6, 2025 3:40 p.m. ET: The operator confirmed the fares." is a dated note, not a
  // stamp: words after a separator would be lost with the stamp.
  if (TEXT_AFTER.test(m[2]!)) return null;
  // "Updated at 3:40 p.m. ET Nov. 6, 2025 with comment from …": words after the date are a note's.
  const dated = readDateAndClock(m[2]!);
  if (dated && dated.rest !== m[2] && /\p{L}{2,}\s+\p{L}/u.test(dated.rest)) return null;
  const iso = parseStamp(m[2]!);
  if (!iso) return null;
  const word = m[1]!.toLowerCase();
  return { kind: /updated|modified/.test(word) ? 'updated' : 'published', iso };
}
