/**
 * Which articles' versions name which photos (migration 12), so "Delete forever" can take the
 * photos an erased article alone used without reading every other version in the store.
 *
 * A row is written with each version (version-store.ts), in the version's own transaction, and is
 * never removed except with the article's versions. Drafts are not listed here: they change with
 * every keystroke, and a draft is one JSON text a query can search for a hash directly.
 */
import type { Database } from 'better-sqlite3';
import { bodyToBlocks } from '../../shared/article/blocks';
import { photoHashesOf } from '../../shared/article/media';
import { isSerializedBody } from '../../shared/article/body';
import { applyEditScript, unpackScript, unpackText } from './delta';

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
 */
export function fillPhotoUses(db: Database): void {
  const rows = db
    .prepare('SELECT article_id, number, encoding, base, payload FROM versions ORDER BY article_id, number')
    .iterate() as IterableIterator<{ article_id: string; number: number; encoding: 'key' | 'delta'; base: number | null; payload: Buffer }>;
  let article = '';
  let last: { number: number; text: string } | undefined;
  const found: Array<[string, string]> = [];
  for (const row of rows) {
    if (row.article_id !== article) {
      article = row.article_id;
      last = undefined;
    }
    let text: string;
    if (row.encoding === 'key') text = unpackText(row.payload);
    else if (last && last.number === row.base) text = applyEditScript(last.text, unpackScript(row.payload));
    else {
      // A version whose base cannot be rebuilt is damage `copydesk check` reports; its photos
      // are left unlisted, which only ever keeps a photo that might have gone.
      last = undefined;
      continue;
    }
    last = { number: row.number, text };
    try {
      for (const hash of photosInVersionText(text)) found.push([hash, row.article_id]);
    } catch {
      // Unreadable JSON: the same damage, the same answer.
    }
  }
  // Written after the read finishes: better-sqlite3 refuses writes while a statement iterates.
  const insert = db.prepare('INSERT OR IGNORE INTO photo_uses (hash, article_id) VALUES (?, ?)');
  for (const [hash, id] of found) insert.run(hash, id);
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
  return [...named].filter((hash) => stored.get(hash) && !elsewhere.get({ hash, article: articleId }));
}
