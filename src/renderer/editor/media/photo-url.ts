/**
 * The page's blob: addresses for stored photos. A photo's bytes come once through `readPhoto`
 * and become one blob: URL that every view of that photo shares (the editor, the preview, a
 * copy of the block); the URL is revoked when the last view showing it unmounts, so a long
 * session does not keep every photo it ever showed in memory. A photo just added from a file
 * is seeded with the bytes already in hand, so inserting it costs no second trip.
 */
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../../api/client';
import { base64ToBytes } from '../../transfer/files';

interface Entry {
  url: Promise<string>;
  users: number;
  /** Set once the URL exists, so a release can revoke it. */
  made?: string;
  releaseTimer?: ReturnType<typeof setTimeout>;
}

const entries = new Map<string, Entry>();

/**
 * A moment's grace before revoking: undo, redo and React's remounts drop a view and show the same
 * photo again at once, and should not read its bytes twice.
 */
const RELEASE_GRACE_MS = 2000;

function entryFor(hash: string): Entry {
  let entry = entries.get(hash);
  if (!entry) {
    const made: Entry = {
      users: 0,
      url: api.readPhoto({ hash }).then((photo) => {
        const url = URL.createObjectURL(new Blob([base64ToBytes(photo.base64)], { type: photo.mime }));
        made.made = url;
        return url;
      }),
    };
    // A failed read is not cached: the next view asks again (the store may have it by then).
    made.url.catch(() => entries.get(hash) === made && entries.delete(hash));
    entries.set(hash, made);
    entry = made;
  }
  return entry;
}

/** Gives the cache the bytes of a photo just added, so showing it needs no read. */
export function seedPhotoUrl(hash: string, blob: Blob): void {
  if (entries.has(hash)) return;
  const url = URL.createObjectURL(blob);
  entries.set(hash, { users: 0, url: Promise.resolve(url), made: url, releaseTimer: scheduleRelease(hash) });
}

function scheduleRelease(hash: string): ReturnType<typeof setTimeout> {
  return setTimeout(() => {
    const entry = entries.get(hash);
    if (!entry || entry.users > 0) return;
    entries.delete(hash);
    if (entry.made) URL.revokeObjectURL(entry.made);
    else void entry.url.then((url) => URL.revokeObjectURL(url), () => undefined);
  }, RELEASE_GRACE_MS);
}

function acquire(hash: string): Entry {
  const entry = entryFor(hash);
  entry.users++;
  if (entry.releaseTimer) clearTimeout(entry.releaseTimer);
  entry.releaseTimer = undefined;
  return entry;
}

function release(hash: string): void {
  const entry = entries.get(hash);
  if (!entry) return;
  entry.users = Math.max(0, entry.users - 1);
  if (entry.users === 0) entry.releaseTimer = scheduleRelease(hash);
}

export type PhotoImage = { state: 'loading' } | { state: 'shown'; url: string } | { state: 'missing'; reason: string };

/** The blob: URL showing a stored photo, while the calling component is mounted. */
export function usePhotoUrl(hash: string): PhotoImage {
  const [image, setImage] = useState<PhotoImage>({ state: 'loading' });
  useEffect(() => {
    if (!hash) {
      setImage({ state: 'missing', reason: 'This photo block names no image.' });
      return;
    }
    let live = true;
    setImage({ state: 'loading' });
    const entry = acquire(hash);
    entry.url.then(
      (url) => live && setImage({ state: 'shown', url }),
      (error: unknown) => live && setImage({ state: 'missing', reason: errorMessage(error) }),
    );
    return () => {
      live = false;
      release(hash);
    };
  }, [hash]);
  return image;
}

/** How many photos hold a blob: URL now: for tests that check nothing is kept after unmount. */
export function photoUrlsHeld(): number {
  return entries.size;
}
