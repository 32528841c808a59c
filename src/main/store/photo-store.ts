/**
 * The photo table (migration 8): each image's bytes once, named by their SHA-256, beside the
 * versions rather than inside them — a body names a photo by hash, so a hundred versions of an
 * article with five photos store five images, and a version's delta never carries pixels.
 *
 * A photo is written in one IMMEDIATE transaction (writeTransaction), read back and hashed again
 * before COMMIT, so a stored row is the whole file or nothing; the row is never updated (a trigger
 * refuses it) and is deleted only by "Delete forever" when no draft or version names it any more
 * (erase-article.ts, photo-uses.ts; a trigger refuses every other delete). Every read checks the
 * SHA-256 again.
 */
import { createHash } from 'node:crypto';
import type { Db } from './database';
import { writeTransaction } from './write-transaction';
import { explainStorageError, StoreError } from './store-error';
import { prepareImage } from '../../shared/media/inspect';
import { ApiError } from '../../shared/api/errors';
import type { PhotoSource, PhotoType } from '../../shared/article/media';

export interface StoredPhoto {
  hash: string;
  mime: PhotoType;
  width: number;
  height: number;
  /** Size of the stored file in bytes (after its location was taken out). */
  bytes: number;
  /** True when this file carried metadata with (or able to hold) a location, now removed. */
  locationRemoved: boolean;
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const short = (hash: string): string => hash.slice(0, 12);

/**
 * Checks an image, takes its location out and stores it once: adding the same picture again
 * returns the row already there. Refuses a bad image with ImageRefused (a plain reason).
 */
export function putPhoto(db: Db, bytes: Uint8Array, fileName?: string, options: { named?: boolean } = {}): StoredPhoto {
  const image = prepareImage(bytes, fileName);
  const hash = sha256Hex(image.bytes);
  try {
    return writeTransaction(db, () => {
      // Added, not yet placed: kept from any erase until a draft or a version names it (photo-uses.ts).
      // A photo fetched for text already stored (`named`, the shared desk's pull) is placed already.
      if (!options.named)
        db.prepare(
          `INSERT INTO photos_unplaced (hash, added_at) VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
         ON CONFLICT (hash) DO UPDATE SET added_at = excluded.added_at`,
        ).run(hash);
      const existing = db.prepare('SELECT mime, width, height, size FROM photos WHERE hash = ?').get(hash) as
        { mime: PhotoType; width: number; height: number; size: number } | undefined;
      if (existing)
        return {
          hash,
          mime: existing.mime,
          width: existing.width,
          height: existing.height,
          bytes: existing.size,
          locationRemoved: image.locationRemoved,
        };
      db.prepare('INSERT INTO photos (hash, mime, width, height, size, bytes) VALUES (?, ?, ?, ?, ?, ?)').run(
        hash,
        image.mime,
        image.width,
        image.height,
        image.bytes.length,
        image.bytes,
      );
      // Read back inside the transaction: what COMMIT makes durable is what was meant.
      const stored = db.prepare('SELECT bytes FROM photos WHERE hash = ?').pluck().get(hash) as Uint8Array;
      if (sha256Hex(stored) !== hash) {
        throw new StoreError(
          `The photo${fileName ? ` ${fileName}` : ''} did not read back intact from ${db.name}; nothing was saved. Try again; if it repeats, check the disk.`,
        );
      }
      return {
        hash,
        mime: image.mime,
        width: image.width,
        height: image.height,
        bytes: image.bytes.length,
        locationRemoved: image.locationRemoved,
      };
    });
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw explainStorageError(error, db.name);
  }
}

/** A photo's bytes, checked against their name; undefined when this store does not hold it. */
export function photoBytes(db: Db, hash: string): { mime: PhotoType; bytes: Uint8Array } | undefined {
  const row = db.prepare('SELECT mime, bytes FROM photos WHERE hash = ?').get(hash) as { mime: PhotoType; bytes: Buffer } | undefined;
  if (!row) return undefined;
  if (sha256Hex(row.bytes) !== hash) throw damagedPhoto(db, hash);
  return { mime: row.mime, bytes: new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength) };
}

export function damagedPhoto(db: Db, hash: string): StoreError {
  return new StoreError(
    `The photo ${short(hash)}… in ${db.name} is damaged: its bytes no longer match their SHA-256. Restore the store from a backup (copydesk backup --list).`,
  );
}

/** What exporters, the redline and sync read photos through. */
export function photoSourceOf(db: Db): PhotoSource {
  return { bytesOf: (hash) => photoBytes(db, hash) };
}

export function hasPhoto(db: Db, hash: string): boolean {
  return db.prepare('SELECT 1 FROM photos WHERE hash = ?').pluck().get(hash) !== undefined;
}

/** The hashes among `hashes` this store does not hold, in the order given. */
export function missingPhotos(db: Db, hashes: Iterable<string>): string[] {
  const has = db.prepare('SELECT 1 FROM photos WHERE hash = ?').pluck();
  return [...hashes].filter((hash) => has.get(hash) === undefined);
}

/** Every stored photo whose bytes no longer match its name, one at a time (never all in memory). */
export function damagedPhotos(db: Db): { checked: number; damaged: string[] } {
  const damaged: string[] = [];
  let checked = 0;
  const read = db.prepare('SELECT bytes FROM photos WHERE hash = ?').pluck();
  for (const hash of db.prepare('SELECT hash FROM photos ORDER BY hash').pluck().all() as string[]) {
    checked++;
    if (sha256Hex(read.get(hash) as Buffer) !== hash) damaged.push(hash);
  }
  return { checked, damaged };
}
