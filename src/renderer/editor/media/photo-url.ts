/**
 * The page's blob: addresses for stored photos. A photo's bytes come once through `readPhoto`
 * and become one blob: URL that every view of that photo shares (the editor, the preview, a
 * copy of the block); the URL is revoked when the last view showing it unmounts, so a long
 * session does not keep every photo it ever showed in memory. A photo just added from a file
 * is seeded with the bytes already in hand, so inserting it costs no second trip.
 *
 * What the page shows is a screen-sized rendition, made once per photo: a 24-megapixel press
 * photo decodes to ~96 MB, and the browser decodes it again whenever the text beside it is
 * repainted, which a reporter typing next to it would feel. The stored bytes stay untouched.
 */
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../../api/client';
import { base64ToBytes } from '../../transfer/files';
import { useDeskRefresh } from '../../newsroom/useDeskRefresh';

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
export const RELEASE_GRACE_MS = 2000;

/** Longest side shown in the editor: its column at the screen's pixel density, never more than 2560. */
function displaySide(): number {
  return Math.min(2560, Math.ceil(1280 * Math.max(1, globalThis.devicePixelRatio || 1)));
}

/**
 * The photo at the size the page shows it. A GIF stays as it is (a rendition would stop its
 * animation), and so does a photo already small enough or a browser that cannot redraw it.
 */
async function rendition(blob: Blob, mime: string): Promise<Blob> {
  if (mime === 'image/gif' || typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') return blob;
  try {
    const side = displaySide();
    const full = await createImageBitmap(blob);
    const scale = side / Math.max(full.width, full.height);
    if (scale >= 1) {
      full.close();
      return blob;
    }
    const width = Math.max(1, Math.round(full.width * scale));
    const height = Math.max(1, Math.round(full.height * scale));
    const small = await createImageBitmap(full, { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' });
    full.close();
    const canvas = new OffscreenCanvas(width, height);
    canvas.getContext('2d')!.drawImage(small, 0, 0);
    small.close();
    // WebP keeps a PNG's transparency; JPEG at this quality is indistinguishable on screen.
    return await canvas.convertToBlob({ type: mime === 'image/jpeg' ? 'image/jpeg' : 'image/webp', quality: 0.92 });
  } catch {
    return blob;
  }
}

async function displayUrl(blob: Blob, mime: string): Promise<string> {
  return URL.createObjectURL(await rendition(blob, mime));
}

function entryFor(hash: string): Entry {
  let entry = entries.get(hash);
  if (!entry) {
    const made: Entry = {
      users: 0,
      url: api.readPhoto({ hash }).then(async (photo) => {
        const url = await displayUrl(new Blob([base64ToBytes(photo.base64)], { type: photo.mime }), photo.mime);
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
  const entry: Entry = { users: 0, url: displayUrl(blob, blob.type) };
  void entry.url.then((url) => (entry.made = url));
  entry.releaseTimer = scheduleRelease(hash);
  entries.set(hash, entry);
}

function scheduleRelease(hash: string): ReturnType<typeof setTimeout> {
  return setTimeout(() => {
    const entry = entries.get(hash);
    if (!entry || entry.users > 0) return;
    entries.delete(hash);
    if (entry.made) URL.revokeObjectURL(entry.made);
    else
      void entry.url.then(
        (url) => URL.revokeObjectURL(url),
        () => undefined,
      );
  }, RELEASE_GRACE_MS);
}

/** One view's hold on a photo's URL; `release` once the view is gone. */
export function holdPhotoUrl(hash: string): { url: Promise<string>; release(): void } {
  const entry = entryFor(hash);
  entry.users++;
  if (entry.releaseTimer) clearTimeout(entry.releaseTimer);
  entry.releaseTimer = undefined;
  let held = true;
  return {
    url: entry.url,
    release() {
      if (!held) return;
      held = false;
      const current = entries.get(hash);
      if (current !== entry) return;
      entry.users = Math.max(0, entry.users - 1);
      if (entry.users === 0) entry.releaseTimer = scheduleRelease(hash);
    },
  };
}

export type PhotoImage = { state: 'loading' } | { state: 'shown'; url: string } | { state: 'missing'; reason: string };

/** The blob: URL showing a stored photo, while the calling component is mounted. */
export function usePhotoUrl(hash: string): PhotoImage {
  const [image, setImage] = useState<PhotoImage>({ state: 'loading' });
  // A photo a colleague's story names may still be on its way from the newsroom's hub ("Waiting
  // for the photo from the desk"): each finished sync round may have brought it, so ask again.
  const [attempt, setAttempt] = useState(0);
  const missing = image.state === 'missing';
  useDeskRefresh(() => missing && setAttempt((n) => n + 1));
  useEffect(() => {
    if (!hash) {
      setImage({ state: 'missing', reason: 'This photo block names no image.' });
      return;
    }
    let live = true;
    setImage({ state: 'loading' });
    const hold = holdPhotoUrl(hash);
    hold.url.then(
      (url) => live && setImage({ state: 'shown', url }),
      (error: unknown) => live && setImage({ state: 'missing', reason: errorMessage(error) }),
    );
    return () => {
      live = false;
      hold.release();
    };
  }, [hash, attempt]);
  return image;
}
