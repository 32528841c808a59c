import type { DiffStats } from '../diff/types';

/** What the note writer proposes; the desk edits it before it is published. */
export type ChangeType = 'added' | 'corrected' | 'removed' | 'cosmetic';

export interface NoteChange {
  type: ChangeType;
  /** The phrase this change contributes to the note, or why it contributes none. */
  description: string;
  /** Who the material comes from, named as the article names them. */
  sources: string[];
  /** The sentences the change was read from (new version; old version for removals). */
  evidence: string[];
  before?: string;
  after?: string;
}

export interface ProposedNote {
  kind: 'update' | 'correction' | 'none';
  /** The full note, "Update, Nov. 6: …", or '' when none is needed. */
  note: string;
  /** The note without its label. */
  text: string;
  changes: NoteChange[];
  /** The redline's own numbers for the same two versions ("29 words added, 24 removed; …"). */
  redline: { summary: string; stats: DiffStats };
}
