/**
 * The shared desk's status, one copy for the whole page: the header, the desk, Settings and the
 * article view all read it, and one poll keeps it fresh — every few seconds on a shared desk (the
 * call only reads the local store, so it is cheap), rarely otherwise (a folder joined from the
 * command line while the page is open still shows up).
 */
import { useSyncExternalStore } from 'react';
import type { NewsroomStatus } from '../../shared/newsroom/status';
import { api } from '../api/client';

export const JOINED_POLL_MS = 3000;
export const LOCAL_POLL_MS = 30_000;

let current: NewsroomStatus | null = null;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | undefined;
let inFlight: Promise<NewsroomStatus | null> | null = null;

function publish(status: NewsroomStatus | null): void {
  current = status;
  for (const listener of listeners) listener();
}

/** An answer that carries the status (joining, syncing) replaces the polled one at once. */
export function setNewsroomStatus(status: NewsroomStatus): void {
  publish(status);
  schedule();
}

/** Reads the status now; a failed read keeps the last one (the page says why elsewhere). */
export function refreshNewsroomStatus(): Promise<NewsroomStatus | null> {
  inFlight ??= api
    .newsroomStatus({})
    .then(
      (status) => (publish(status), status),
      () => current,
    )
    .finally(() => {
      inFlight = null;
      schedule();
    });
  return inFlight;
}

/** A local write just landed: on a shared desk the waiting count changed, so ask now. */
export function noteLocalWrite(): void {
  if (current?.joined) void refreshNewsroomStatus();
}

function schedule(): void {
  clearTimeout(timer);
  if (listeners.size === 0) return;
  timer = setTimeout(() => void refreshNewsroomStatus(), current?.joined ? JOINED_POLL_MS : LOCAL_POLL_MS);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) void refreshNewsroomStatus();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) clearTimeout(timer);
  };
}

/** Null until the first answer. */
export function useNewsroomStatus(): NewsroomStatus | null {
  return useSyncExternalStore(subscribe, () => current);
}
