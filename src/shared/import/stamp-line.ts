/**
 * The masthead's change stamps: "Published: 06 Nov. 2024, 11:43", "Updated Nov. 6, 2025 3:02 p.m.".
 * A stamp says when the page changed, never what changed: it fills firstPublishedAt / updatedAt,
 * and is never an update note.
 */
import { parseStamp } from '../text/dates';

export type StampKind = 'published' | 'updated';

const STAMP = /^(published|first published|posted|updated|last updated|modified|last modified)\s*(?:on|at)?\s*:?\s+(.{6,60})$/i;

/** "Published: 06 Nov. 2024, 11:43" → the ISO wall-clock time, keeping the clock. */
export function readStampLine(line: string): { kind: StampKind; iso: string } | null {
  const m = STAMP.exec(line.trim());
  if (!m) return null;
  const iso = parseStamp(m[2]!);
  if (!iso) return null;
  const word = m[1]!.toLowerCase();
  return { kind: /updated|modified/.test(word) ? 'updated' : 'published', iso };
}
