/**
 * "Delete forever" from the trash. Every other way out of the desk keeps an article's versions;
 * this one takes them, so it says how many go, offers a Copydesk JSON copy first, and asks.
 * When the store would refuse (the article was published; the folder is on a shared desk) the
 * dialog gives that reason instead of a button that cannot work.
 */
import { useEffect, useState } from 'react';
import type { ErasePlan } from '../../shared/api/contract';
import { api, errorMessage } from '../api/client';
import { Dialog } from '../app/Dialog';
import { base64ToBytes, saveFile } from '../transfer/files';

/** "Its 14 versions go with it." — what the confirmation says about history. */
export function versionsLine(count: number, photos = 0): string {
  const photosLine =
    photos === 0
      ? ''
      : photos === 1
        ? ' So does the one photo no other article uses.'
        : ` So do the ${photos.toLocaleString('en-US')} photos no other article uses.`;
  if (count === 0) return `It has no versions; its draft goes.${photosLine}`;
  if (count === 1) return `Its one version goes with it.${photosLine}`;
  return `Its ${count.toLocaleString('en-US')} versions go with it.${photosLine}`;
}

export function EraseDialog({
  id,
  headline,
  onClose,
  onErased,
}: {
  id: string;
  headline: string;
  onClose(): void;
  onErased(plan: ErasePlan): void;
}): React.JSX.Element {
  const [plan, setPlan] = useState<ErasePlan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'export' | 'erase' | null>(null);
  const [exported, setExported] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.planErase({ id }).then(
      (p) => live && setPlan(p),
      (e) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [id]);

  const name = `“${(plan?.headline ?? headline).trim() || 'Untitled'}”`;

  const exportCopy = async () => {
    setBusy('export');
    setError(null);
    try {
      const file = await api.exportArticle({ id, format: 'json' });
      saveFile(file.fileName, file.mime, base64ToBytes(file.base64));
      setExported(file.fileName);
    } catch (e) {
      setError(`Could not export a copy: ${errorMessage(e)}`);
    } finally {
      setBusy(null);
    }
  };

  const erase = async () => {
    setBusy('erase');
    setError(null);
    try {
      await api.eraseArticle({ id });
      onErased(plan!);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(null);
    }
  };

  if (plan?.refusal) {
    return (
      <Dialog title={`${name} cannot be deleted forever`} onClose={onClose}>
        <p>{plan.refusal}</p>
        <div className="dialog-actions">
          <button type="button" onClick={onClose} autoFocus>
            Close
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={`Delete ${name} forever?`} onClose={onClose}>
      {!plan && !error && <p className="hint">Reading its history…</p>}
      {plan && (
        <>
          <p>
            <strong>{versionsLine(plan.versions, plan.photos)} This cannot be undone.</strong>
          </p>
          <p className="hint">Backups made before now still hold it. To keep a copy of the text, export it first.</p>
        </>
      )}
      {exported && <p role="status">Saved a copy as {exported}.</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" disabled={!plan || busy !== null} onClick={() => void exportCopy()}>
          {busy === 'export' ? 'Exporting…' : 'Export a copy first'}
        </button>
        <button type="button" onClick={onClose} autoFocus>
          Cancel
        </button>
        <button type="button" className="danger" disabled={!plan || busy !== null} onClick={() => void erase()}>
          {busy === 'erase' ? 'Deleting…' : 'Delete forever'}
        </button>
      </div>
    </Dialog>
  );
}
