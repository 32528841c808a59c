/**
 * The shared desk's bar at the top of every page: who this is on which desk, and how sync is
 * going ("Synced 14:03", "Offline — 3 changes waiting", "Sync failed — …, retrying"). Shown only
 * on a shared desk; a folder of one's own has nothing to sync.
 */
import { useEffect, useState } from 'react';
import { useNewsroomStatus } from './newsroom-status';
import { syncLine, syncTone } from './wording';
import './newsroom.css';

export function SyncBar(): React.JSX.Element | null {
  const status = useNewsroomStatus();
  // "Synced 14:03" turns into "Nov. 6, 14:03" after midnight without a new sync: re-render each minute.
  const [, setMinute] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setMinute((m) => m + 1), 60_000);
    return () => clearInterval(timer);
  }, []);
  if (!status?.joined) return null;
  const tone = syncTone(status);
  return (
    <div className="newsroom-bar" role="region" aria-label="Shared desk">
      <a className="newsroom-who" href="#/settings" title={`Shared desk at ${status.hubUrl}`}>
        {status.user} <span className="role">{status.role}</span>
      </a>
      <span className={`sync-state sync-${tone}`} role="status" aria-live="polite" data-testid="sync-state">
        <span className="sync-dot" aria-hidden />
        {syncLine(status)}
      </span>
    </div>
  );
}
