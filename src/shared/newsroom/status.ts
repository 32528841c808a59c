/** What the app shows about the shared desk: joined or not, and how sync is going. */
import type { DeskUser, Role } from './roles';
import type { LockInfo } from './protocol';

export type SyncState = 'local' | 'syncing' | 'synced' | 'offline' | 'failed' | 'signed-out';

export interface NewsroomStatus {
  joined: boolean;
  hubUrl: string | null;
  user: string | null;
  role: Role | null;
  state: SyncState;
  lastSyncedAt: string | null;
  /** Local changes the hub has not taken yet. */
  waiting: number;
  /**
   * Photos pulled text names that have not come from the hub yet (store/photo-wants.ts); those
   * this Copydesk refused for good are not counted, since no later round brings them.
   */
  photosWaiting: number;
  /** Changes the hub refused for good; they stay on this laptop. */
  refused: { articleId: string; headline: string; reason: string }[];
  /** Why the last round failed, in plain words. */
  error: string | null;
  users: DeskUser[];
}

export interface SyncSummary {
  pushed: number;
  pulled: number;
  conflicts: number;
}

/** The lock on a story as the article view needs it. */
export interface StoryLock {
  /** True when this person may edit now (they hold the lock, or there is no shared desk, or it is offline). */
  held: boolean;
  lock: LockInfo | null;
  /** The hub could not be reached: edits are kept on this laptop and reconciled at the next sync. */
  offline: boolean;
}

/** "2 photos waiting from the desk", or '' when none is. */
export function photosWaitingLine(photosWaiting: number): string {
  if (photosWaiting <= 0) return '';
  return photosWaiting === 1 ? '1 photo waiting from the desk' : `${photosWaiting} photos waiting from the desk`;
}

/**
 * "Synced 14:03", "Offline — 3 changes waiting", "Sync failed — …, retrying", each followed by
 * the photos still to come ("Synced 14:03 — 2 photos waiting from the desk"): one wording everywhere.
 */
export function describeSync(status: NewsroomStatus, clock: (iso: string) => string): string {
  const waiting =
    status.waiting === 0 ? 'nothing waiting' : status.waiting === 1 ? '1 change waiting' : `${status.waiting} changes waiting`;
  const photos = photosWaitingLine(status.photosWaiting);
  switch (status.state) {
    case 'local':
      return 'Not on a shared desk';
    case 'syncing':
      return 'Syncing…';
    case 'synced': {
      if (status.waiting > 0) return `Syncing — ${waiting}${photos ? `, ${photos}` : ''}`;
      const synced = status.lastSyncedAt ? `Synced ${clock(status.lastSyncedAt)}` : 'Synced';
      return photos ? `${synced} — ${photos}` : synced;
    }
    case 'offline':
      return `Offline — ${status.waiting === 0 && photos ? photos : waiting + (photos ? `, ${photos}` : '')}`;
    case 'signed-out':
      return `Signed out — ${(status.error ?? 'sign in again').replace(/\.$/, '')}`;
    case 'failed':
      return `Sync failed — ${(status.error ?? 'unknown reason').replace(/\.$/, '')}, retrying${photos ? `; ${photos}` : ''}`;
  }
}
