/**
 * Backups (#/backups): the copies Copydesk keeps of the whole store (one a day, the last 14, and
 * the store as it was before each restore), newest first, each with "Restore". Restoring asks
 * once more, then keeps the current store as a backup of its own, so nothing is lost either way.
 */
import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../shared/api/contract';
import { api, errorMessage } from '../api/client';
import { deskHash } from '../app/route';
import { useToast } from '../app/Toast';
import { formatWhen } from '../app/when';
import { afterClosing } from '../article/closing';

const KIND_LABELS: Record<BackupInfo['kind'], string> = {
  daily: 'Daily backup',
  manual: 'Backup',
  'before-restore': 'Before a restore',
  damaged: 'Damaged store, kept aside',
};

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export function BackupsView(): React.JSX.Element {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const [backingUp, setBackingUp] = useState(false);
  const toast = useToast();

  useEffect(() => {
    let live = true;
    afterClosing()
      .then(() => api.listBackups({}))
      .then(
        (rows) => live && (setBackups(rows), setError(null)),
        (e) => live && setError(errorMessage(e)),
      );
    return () => {
      live = false;
    };
  }, [reload]);

  const restore = async (name: string) => {
    setRestoring(name);
    try {
      const done = await api.restoreBackup({ name });
      toast(`Restored ${done.restored}.${done.keptAs ? ` The store as it was is kept as ${done.keptAs}.` : ''}`);
      setConfirming(null);
      setReload((r) => r + 1);
    } catch (e) {
      toast(`Not restored — ${errorMessage(e)}`, 'error');
    } finally {
      setRestoring(null);
    }
  };

  const backUpNow = async () => {
    setBackingUp(true);
    try {
      const made = await api.backupNow({});
      toast(`Backed up: ${made.name}`);
      setReload((r) => r + 1);
    } catch (e) {
      toast(`Not backed up — ${errorMessage(e)}`, 'error');
    } finally {
      setBackingUp(false);
    }
  };

  return (
    <main className="view backups-view">
      <header className="article-bar">
        <a href={deskHash()} className="back">
          ← Desk
        </a>
        <h1>Backups</h1>
        <div className="actions">
          <button type="button" className="primary" disabled={backingUp} onClick={() => void backUpNow()}>
            {backingUp ? 'Backing up…' : 'Back up now'}
          </button>
        </div>
      </header>
      <p className="hint">
        Copydesk backs up the whole store once a day and keeps the last 14; “Back up now” makes one more, kept until you remove it.
        Restoring a backup replaces every article with the backup’s; the store as it is now is kept here first, so you can go back.
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!backups && !error && <p aria-busy="true">Loading backups…</p>}
      {backups && backups.length === 0 && <p className="empty">No backups yet. The first is made when Copydesk starts.</p>}
      {backups && backups.length > 0 && (
        <ul className="backup-list" role="list" aria-label="Backups">
          {backups.map((b) => (
            <li key={b.name}>
              <span className="backup-name">{KIND_LABELS[b.kind]}</span>
              <span className="backup-meta">
                {formatWhen(b.createdAt)} · {size(b.bytes)} · <code>{b.name}</code>
              </span>
              {b.kind !== 'damaged' &&
                (confirming === b.name ? (
                  <span className="backup-confirm">
                    Replace every article with this backup?{' '}
                    <button type="button" disabled={restoring !== null} onClick={() => void restore(b.name)}>
                      {restoring === b.name ? 'Restoring…' : 'Yes, restore'}
                    </button>{' '}
                    <button type="button" disabled={restoring !== null} onClick={() => setConfirming(null)}>
                      Cancel
                    </button>
                  </span>
                ) : (
                  <button type="button" aria-label={`Restore ${b.name}`} onClick={() => setConfirming(b.name)}>
                    Restore
                  </button>
                ))}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
