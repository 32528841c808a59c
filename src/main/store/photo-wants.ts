/**
 * Photos this laptop has text for but not the bytes of yet: a pulled draft or version names a
 * photo, and the bytes come from the hub afterwards, one request each. The list is kept in the
 * store (migration 9) so a fetch cut off by a kill, a lost link or a closed laptop is simply tried
 * again by the next sync round; the article shows the photo as waiting until it arrives.
 *
 * Wants are recorded in the same transaction that applies the pulled text, so text naming a photo
 * this store lacks never stands without the want that brings the photo. A photo that lands in the
 * store by any road (fetched, or added here by hand) ends its want by a trigger (migration 9).
 */
import type { Db } from './database';
import { writeTransaction } from './write-transaction';
import { missingPhotos } from './photo-store';
import { photosNamedBy } from '../../shared/newsroom/photos-named';
import type { SerializedBody } from '../../shared/article/body';

export interface WantedPhoto {
  hash: string;
  /** A story that shows it (the first one pulled). */
  articleId: string;
  tries: number;
  /** Why the last fetch did not bring it, in plain words; null before any try. */
  lastError: string | null;
  /** Set when it will not be fetched again (this Copydesk refuses the desk's bytes); the reason stays. */
  givenUp: boolean;
}

interface Row {
  hash: string;
  article_id: string;
  tries: number;
  last_error: string | null;
  given_up: number;
}

const toWant = (r: Row): WantedPhoto => ({
  hash: r.hash,
  articleId: r.article_id,
  tries: r.tries,
  lastError: r.last_error,
  givenUp: r.given_up === 1,
});

/**
 * Records the photos these texts name that this store lacks. Runs inside the caller's transaction
 * (the one applying the pulled text). Returns how many new wants were recorded.
 */
export function wantPhotosOf(db: Db, texts: readonly { articleId: string; content: { body: SerializedBody } }[]): number {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO photo_wants (hash, article_id, wanted_since) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
  );
  let added = 0;
  for (const text of texts) {
    const named = photosNamedBy([text.content]);
    if (named.length === 0) continue;
    for (const hash of missingPhotos(db, named)) added += insert.run(hash, text.articleId).changes;
  }
  return added;
}

/** Photos still to fetch, oldest want first (those given up on are left out). */
export function wantedPhotos(db: Db, limit = 10_000): WantedPhoto[] {
  return (db.prepare('SELECT * FROM photo_wants WHERE given_up = 0 ORDER BY wanted_since, hash LIMIT ?').all(limit) as Row[]).map(toWant);
}

/** Whether a photo is awaited from the desk, and why its last fetch failed: what the article shows in its place. */
export function photoWant(db: Db, hash: string): WantedPhoto | undefined {
  const row = db.prepare('SELECT * FROM photo_wants WHERE hash = ?').get(hash) as Row | undefined;
  return row ? toWant(row) : undefined;
}

/** Photos awaited from the desk (for the sync status). */
export function waitingPhotoCount(db: Db): number {
  return db.prepare('SELECT count(*) FROM photo_wants WHERE given_up = 0').pluck().get() as number;
}

/** A fetch did not bring the photo; `giveUp` when trying again cannot help. */
export function photoFetchFailed(db: Db, hash: string, reason: string, giveUp = false): void {
  writeTransaction(db, () =>
    db.prepare('UPDATE photo_wants SET tries = tries + 1, last_error = ?, given_up = ? WHERE hash = ?').run(reason, giveUp ? 1 : 0, hash),
  );
}

/**
 * What an article shows in place of a photo this store does not hold, when the shared desk is
 * bringing it: "Waiting for the photo from the desk", or why it will not come. Undefined when the
 * photo is not awaited (never added here, and named by no pulled text).
 */
export function awaitedPhotoNotice(db: Db, hash: string): string | undefined {
  const want = photoWant(db, hash);
  if (!want) return undefined;
  if (want.givenUp) return `This photo did not come from the desk: ${want.lastError ?? 'it was refused here'}`;
  return 'Waiting for the photo from the desk; it arrives with the next sync.';
}
