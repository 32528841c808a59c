/**
 * Which articles' versions name which photos (migration 12), so "Delete forever" can take the
 * photos an erased article alone used without reading every other version in the store.
 *
 * A row is written with each version (version-store.ts), in the version's own transaction, and is
 * never removed except with the article's versions. Drafts are not listed here: they change with
 * every keystroke, and a draft is one JSON text a query can search for a hash directly.
 *
 * `photos_unplaced` covers the moment between: putPhoto marks a photo added, and triggers clear the
 * mark once a draft or a version names it. A photo marked in the last day is never deleted, so an
 * erase cannot take a picture another article is just placing (the same image stored once).
 */
import type { Database } from 'better-sqlite3';
import { bodyToBlocks } from '../../shared/article/blocks';
import { photoHashesOf } from '../../shared/article/media';
import { isSerializedBody } from '../../shared/article/body';
import { applyEditScript, unpackScript, unpackText } from './delta';

/** SQL for "a day ago", in the form photos_unplaced.added_at is written. */
export const RECENTLY = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 day')`;

/** Photos a version's canonical JSON names; a text without a photo node is skipped unparsed. */
export function photosInVersionText(text: string): string[] {
  if (!text.includes('"photo"')) return [];
  const body = (JSON.parse(text) as { body?: unknown }).body;
  return isSerializedBody(body) ? photoHashesOf(bodyToBlocks(body)) : [];
}

/** Records that `articleId` has a version naming each of `hashes`. Run in the version's transaction. */
export function notePhotoUses(db: Database, articleId: string, hashes: readonly string[]): void {
  if (!hashes.length) return;
  const insert = db.prepare('INSERT OR IGNORE INTO photo_uses (hash, article_id) VALUES (?, ?)');
  for (const hash of hashes) insert.run(hash, articleId);
}

/**
 * Fills photo_uses from the versions already stored (migration 12). Each article's versions are
 * rebuilt in order, each from the one before (a delta's base is always the version before it),
 * so the work is one pass over the store.
 *
 * A version that cannot be rebuilt (a payload that no longer unpacks, a script that does not fit
 * its base, text that is not JSON) is damage `copydesk check` reports; it must not stop the store
 * from opening, and what it named cannot be known. Its article is then listed as naming every
 * photo the store holds, so no erase of another article can take a photo it might show.
 */
export function fillPhotoUses(db: Database): void {
  const rows = db
    .prepare('SELECT article_id, number, encoding, base, payload FROM versions ORDER BY article_id, number')
    .iterate() as IterableIterator<{ article_id: string; number: number; encoding: 'key' | 'delta'; base: number | null; payload: Buffer }>;
  let article = '';
  let last: { number: number; text: string } | undefined;
  const found: Array<[string, string]> = [];
  const damaged = new Set<string>();
  for (const row of rows) {
    if (row.article_id !== article) {
      article = row.article_id;
      last = undefined;
    }
    try {
      let text: string;
      if (row.encoding === 'key') text = unpackText(row.payload);
      else if (last && last.number === row.base) text = applyEditScript(last.text, unpackScript(row.payload));
      else throw new Error('its base cannot be rebuilt');
      last = { number: row.number, text };
      for (const hash of photosInVersionText(text)) found.push([hash, row.article_id]);
    } catch {
      last = undefined;
      damaged.add(row.article_id);
    }
  }
  // Written after the read finishes: better-sqlite3 refuses writes while a statement iterates.
  const insert = db.prepare('INSERT OR IGNORE INTO photo_uses (hash, article_id) VALUES (?, ?)');
  for (const [hash, id] of found) insert.run(hash, id);
  const everyPhoto = db.prepare('INSERT OR IGNORE INTO photo_uses (hash, article_id) SELECT hash, ? FROM photos');
  for (const id of damaged) everyPhoto.run(id);
}

/**
 * The photos `articleId` names (its versions and its draft) that no other article's draft or
 * version names: what may go with it. The photos_no_delete trigger checks the same again.
 */
export function photosOnlyUsedBy(db: Database, articleId: string, draft: string): string[] {
  const named = new Set(db.prepare('SELECT hash FROM photo_uses WHERE article_id = ?').pluck().all(articleId) as string[]);
  try {
    for (const hash of photosInVersionText(draft)) named.add(hash);
  } catch {
    // A draft that is not JSON cannot be erased anyway (erase-article refuses it).
  }
  const elsewhere = db.prepare(
    `SELECT 1 FROM photo_uses WHERE hash = @hash AND article_id <> @article
     UNION ALL SELECT 1 FROM articles WHERE id <> @article AND instr(draft, @hash) > 0 LIMIT 1`,
  );
  const stored = db.prepare('SELECT 1 FROM photos WHERE hash = ?').pluck();
  // A photo added in the last day that no body names yet may be on its way into one (the
  // editor adds a photo before the autosave that places it): it stays.
  const arriving = db.prepare(`SELECT 1 FROM photos_unplaced WHERE hash = ? AND added_at > ${RECENTLY}`).pluck();
  return [...named].filter((hash) => stored.get(hash) && !arriving.get(hash) && !elsewhere.get({ hash, article: articleId }));
}
