/**
 * The lock on the story this page has open. Opening takes it; it is renewed every 30 seconds
 * while the page stays open (the hub lets a silent holder's lock run out after 90); closing
 * releases it — after the draft is written and sent, so whoever opens the story next starts from
 * the latest text. Someone else holding it makes the page read-only; the renewal keeps asking, so
 * the page becomes editable again once they close it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { StoryLock } from '../../shared/newsroom/status';
import { api, errorMessage, isDesktop } from '../api/client';
import { sendBeforeLeaving } from '../api/http-client';
import { afterClosing } from '../article/closing';
import { useNewsroomStatus } from './newsroom-status';

export const LOCK_RENEW_MS = 30_000;
/** A story not on the hub yet has no lock to hold: ask again soon, so it is held once it lands. */
export const LOCK_PENDING_MS = 3000;

/**
 * Stories this page may hold a lock on: those open, and those closed whose release is still on its
 * way (it waits for the closing save). If the page goes away meanwhile, each gets a last request.
 */
const mayHold = new Set<string>();
/** How many views have each story open now: a release must not undo a lock taken by a reopening. */
const openViews = new Map<string, number>();
const isOpen = (id: string) => (openViews.get(id) ?? 0) > 0;
let pageHideWatched = false;

function releaseAllOnPageHide(): void {
  if (pageHideWatched) return;
  pageHideWatched = true;
  window.addEventListener('pagehide', () => {
    for (const id of mayHold) {
      // No time to wait for anything: a request that outlives the page.
      if (isDesktop) void api.unlockStory({ id }).catch(() => undefined);
      else sendBeforeLeaving('unlockStory', { id });
    }
  });
}

export interface StoryLockState {
  /** Null until the first answer. */
  lock: StoryLock | null;
  /** Why the lock could not be asked for (not "someone else has it": that is lock.held = false). */
  error: string | null;
  /** Counts the times this page went from watching to holding: the article is read again then. */
  gained: number;
  takeOver(): Promise<void>;
  /** This person may not edit the story after all (the desk refused): stop holding it, keep reading. */
  letGo(): void;
}

export function useStoryLock(id: string): StoryLockState {
  const status = useNewsroomStatus();
  const shared = useRef(false);
  shared.current = !!status?.joined;
  const [lock, setLock] = useState<StoryLock | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [gained, setGained] = useState(0);
  /** True while someone else holds it and this page only watches. */
  const watching = useRef(false);
  const lockAnswered = useRef(false);
  /** Set by letGo: no more renewals for this page. */
  const stopped = useRef(false);

  const apply = useCallback((next: StoryLock) => {
    // Watching someone else's story and now holding it: the page must start from their last text.
    if (next.held && watching.current) setGained((g) => g + 1);
    watching.current = !next.held;
    lockAnswered.current = true;
    setLock(next);
    setError(null);
  }, []);

  useEffect(() => {
    let live = true;
    lockAnswered.current = false;
    watching.current = false;
    stopped.current = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** The last request for the lock: one still under way when the page closes may yet be granted. */
    let asking: Promise<void> = Promise.resolve();
    const ask = (): Promise<void> =>
      (asking = api.lockStory({ id }).then(
        (next) => {
          if (!live || stopped.current) return;
          apply(next);
          const pending = next.held && !next.lock && !next.offline && shared.current;
          timer = setTimeout(() => void ask(), pending ? LOCK_PENDING_MS : LOCK_RENEW_MS);
        },
        (e) => {
          if (!live || stopped.current) return;
          // Not knowing who holds the lock must not keep a reporter from writing: edit on, say why.
          if (!lockAnswered.current) setLock({ held: true, lock: null, offline: false });
          lockAnswered.current = true;
          setError(errorMessage(e));
          timer = setTimeout(() => void ask(), LOCK_RENEW_MS);
        },
      ));
    void afterClosing().then(() => (live ? ask() : undefined));
    // Letting go of a lock this page does not hold changes nothing on the hub, so on a shared desk
    // closing always lets go: a renewal still on its way may have taken it a moment ago.
    releaseAllOnPageHide();
    mayHold.add(id);
    openViews.set(id, (openViews.get(id) ?? 0) + 1);
    return () => {
      live = false;
      clearTimeout(timer);
      openViews.set(id, (openViews.get(id) ?? 1) - 1);
      if (!shared.current) {
        if (!isOpen(id)) mayHold.delete(id);
        return;
      }
      const lastAsk = asking;
      // After the closing save (queued by the article in the same commit), send it, then let go.
      setTimeout(() => {
        void lastAsk
          .then(afterClosing)
          .then(() => api.syncNow({}).catch(() => undefined))
          // Opened again meanwhile (History and back): that view holds it now.
          .then(() => (isOpen(id) ? undefined : api.unlockStory({ id })))
          .catch(() => undefined)
          .finally(() => !isOpen(id) && mayHold.delete(id));
      }, 0);
    };
  }, [id, apply]);

  const takeOver = useCallback(async () => {
    const next = await api.takeOverStory({ id });
    apply(next);
  }, [id, apply]);

  const letGo = useCallback(() => {
    if (stopped.current || !shared.current) return;
    stopped.current = true;
    mayHold.delete(id);
    void api.unlockStory({ id }).catch(() => undefined);
  }, [id]);

  return { lock, error, gained, takeOver, letGo };
}
