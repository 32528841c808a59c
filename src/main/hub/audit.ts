/**
 * The audit log: publish, publish update (with its note), take-over, assignment, role change, people
 * added or disabled. Insert-only in PostgreSQL (triggers refuse UPDATE, DELETE and TRUNCATE), and
 * each row carries the SHA-256 of the one before it, so a row changed or removed behind the hub's
 * back (by someone with the database's owner rights) shows as a broken chain when read.
 */
import { createHash } from 'node:crypto';
import type { HubClient, HubPool } from './hub-db';
import type { AuditEntry } from '../../shared/newsroom/protocol';

const GENESIS = '0'.repeat(64);

function rowHash(prev: string, at: string, actor: string, action: string, articleId: string | null, detail: string): string {
  return createHash('sha256')
    .update(JSON.stringify([prev, at, actor, action, articleId, detail]))
    .digest('hex');
}

/** Call inside a transaction that holds the change lock, so the chain stays one line. */
export async function appendAudit(
  db: HubClient,
  actor: string,
  action: string,
  articleId: string | null,
  detail: Record<string, unknown>,
): Promise<void> {
  const last = await db.query('SELECT hash FROM audit ORDER BY seq DESC LIMIT 1');
  const prev: string = last.rows[0]?.hash ?? GENESIS;
  const at = new Date().toISOString();
  const text = JSON.stringify(detail);
  await db.query('INSERT INTO audit (at, actor, action, article_id, detail, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
    at,
    actor,
    action,
    articleId,
    text,
    prev,
    rowHash(prev, at, actor, action, articleId, text),
  ]);
}

/** The newest entries (before `before`, if given), and whether the whole chain still verifies. */
export async function readAudit(pool: HubPool, limit = 200, before?: number): Promise<{ entries: AuditEntry[]; intact: boolean }> {
  const all = await pool.query('SELECT seq, at, actor, action, article_id, detail, prev_hash, hash FROM audit ORDER BY seq');
  let prev = GENESIS;
  let intact = true;
  for (const r of all.rows) {
    const at = new Date(r.at).toISOString();
    if (r.prev_hash !== prev || rowHash(prev, at, r.actor, r.action, r.article_id, r.detail) !== r.hash) intact = false;
    prev = r.hash;
  }
  const rows = all.rows
    .filter((r) => before === undefined || Number(r.seq) < before)
    .slice(-limit)
    .reverse();
  return {
    intact,
    entries: rows.map((r) => ({
      seq: Number(r.seq),
      at: new Date(r.at).toISOString(),
      actor: r.actor,
      action: r.action,
      articleId: r.article_id,
      detail: JSON.parse(r.detail) as Record<string, unknown>,
      hash: r.hash,
    })),
  };
}
