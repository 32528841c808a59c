/**
 * Reloads a list when the shared desk brings news: each finished sync round moves lastSyncedAt,
 * and a round is what lands colleagues' stories, locks and assignments in the local store.
 */
import { useEffect, useRef } from 'react';
import { useNewsroomStatus } from './newsroom-status';

export function useDeskRefresh(reload: () => void): void {
  const status = useNewsroomStatus();
  const seen = useRef<string | null | undefined>(undefined);
  const stamp = status?.joined ? status.lastSyncedAt : null;
  useEffect(() => {
    // The first answer is what the list was loaded with.
    if (seen.current !== undefined && seen.current !== stamp) reload();
    seen.current = stamp;
  }, [stamp]);
}
