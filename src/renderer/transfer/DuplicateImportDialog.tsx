/**
 * An imported file whose headline is already on the desk: a silent second copy is how two
 * people end up editing two versions of one story. Say so, and offer to make the file a new
 * version of the article that is there (its history keeps both), or to keep both.
 */
import type { ArticleSummary } from '../../shared/article/article';
import { Dialog } from '../app/Dialog';
import { formatWhen } from '../app/when';

export interface Duplicate {
  /** The article the import just made. */
  imported: { id: string; headline: string; file: string };
  /** The article already on the desk with the same headline. */
  existing: ArticleSummary;
}

export function DuplicateImportDialog({
  duplicate,
  busy,
  onKeepBoth,
  onMakeVersion,
}: {
  duplicate: Duplicate;
  busy: boolean;
  onKeepBoth(): void;
  onMakeVersion(): void;
}): React.JSX.Element {
  const { imported, existing } = duplicate;
  return (
    <Dialog title="This article is already on the desk" onClose={onKeepBoth}>
      <p>
        “{imported.file}” has the headline of “{existing.headline}”, last edited {formatWhen(existing.editedAt)}.
      </p>
      <p>
        Make the file a new version of that article (its history keeps every earlier version, and the separate copy just imported goes to
        the trash), or keep both as separate articles.
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onKeepBoth} disabled={busy}>
          Keep both
        </button>
        <button type="button" className="primary" onClick={onMakeVersion} disabled={busy} autoFocus>
          Import as a new version of “{existing.headline}”
        </button>
      </div>
    </Dialog>
  );
}

/** Articles the import made whose headline matches one already on the desk (case and spacing aside). */
export function findDuplicates(records: Duplicate['imported'][], desk: ArticleSummary[]): Duplicate[] {
  const key = (headline: string) => headline.replace(/\s+/g, ' ').trim().toLowerCase();
  const made = new Set(records.map((r) => r.id));
  const out: Duplicate[] = [];
  for (const imported of records) {
    if (!key(imported.headline)) continue;
    const existing = desk.find((a) => !made.has(a.id) && key(a.headline) === key(imported.headline));
    if (existing) out.push({ imported, existing });
  }
  return out;
}
