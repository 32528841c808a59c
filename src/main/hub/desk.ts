/**
 * The shared desk on the hub: what laptops push (drafts, versions, trash), the change feed they
 * pull, story locks and assignments. Every write is authorized here, whatever the laptop checked.
 *
 * Drafts are the one contended thing. A push names the hub revision it started from; if the story
 * moved on since, or someone else holds its lock, or the pusher may not change it, the draft is not
 * taken — the hub answers with the story as it stands, and the laptop keeps its own text as a
 * version of its own ("Offline copy by kim, 14:02") before adopting the desk's. Nothing is merged
 * silently and nothing is lost. Versions are immutable and named by their content hash, so a push
 * retried after a kill or a cut link lands each one exactly once.
 */
import { HubError, inTransaction, nextChange, type HubClient, type HubPool } from './hub-db';
import { appendAudit, readAudit } from './audit';
import { directory, type Caller } from './people';
import { refusal, type DeskAction } from '../../shared/newsroom/roles';
import type { ArticleState, HubRequest, HubResponse, PushResponse, StoryMeta, VersionRecord } from '../../shared/newsroom/protocol';
import { raw } from './raw-json';
import { canonicalJson } from '../store/article-store';
import { versionUid } from '../sync/version-uid';
import type { ArticleContent } from '../../shared/article/article';
import { photosNamedBy } from '../../shared/newsroom/photos-named';
import { lackingPhotosReason, unknownPhotos } from './desk-photos';

/** A lock lasts this long unless renewed (the app renews every 30 s while a story is open). */
export const LOCK_SECONDS = 90;

interface ArticleRow {
  id: string;
  revision: string;
  draft: string;
  created_at: Date;
  edited_at: Date;
  edited_by: string;
  edited_session: string | null;
  created_by: string;
  assigned_to: string | null;
  trashed_at: Date | null;
  holder?: string | null;
  since?: Date | null;
  expires_at?: Date | null;
  lock_session?: string | null;
}

const ARTICLE_COLUMNS = `a.id, a.revision, a.draft, a.created_at, a.edited_at, a.edited_by, a.edited_session, a.created_by, a.assigned_to, a.trashed_at,
  l.holder, l.since, l.expires_at, l.session_id AS lock_session`;
const LOCK_JOIN = 'LEFT JOIN locks l ON l.article_id = a.id AND l.expires_at > now()';

function toMeta(row: ArticleRow): StoryMeta {
  return {
    createdBy: row.created_by,
    assignedTo: row.assigned_to,
    trashedAt: row.trashed_at ? row.trashed_at.toISOString() : null,
    lock:
      row.holder && row.since && row.expires_at
        ? { holder: row.holder, since: row.since.toISOString(), expiresAt: row.expires_at.toISOString() }
        : null,
  };
}

/** The story as it travels; its draft is spliced in as stored (see raw-json.ts). */
function toState(row: ArticleRow): ArticleState {
  return {
    id: row.id,
    revision: Number(row.revision),
    content: raw<ArticleContent>(row.draft),
    createdAt: row.created_at.toISOString(),
    editedAt: row.edited_at.toISOString(),
    ...toMeta(row),
  };
}

/** With forUpdate, later pushes to the same story wait here until this one commits. */
async function loadArticle(db: HubClient | HubPool, id: string, forUpdate = false): Promise<ArticleRow | undefined> {
  const rows = await db.query(
    `SELECT ${ARTICLE_COLUMNS} FROM articles a ${LOCK_JOIN} WHERE a.id = $1${forUpdate ? ' FOR UPDATE OF a' : ''}`,
    [id],
  );
  return rows.rows[0] as ArticleRow | undefined;
}

async function chiefs(db: HubClient | HubPool): Promise<string[]> {
  const rows = await db.query(`SELECT name FROM users WHERE role = 'chief' AND disabled_at IS NULL ORDER BY name`);
  return rows.rows.map((r) => r.name as string);
}

async function refused(db: HubClient, caller: Caller, action: DeskAction, row: ArticleRow | undefined): Promise<string | null> {
  const ownership = row ? { createdBy: row.created_by, assignedTo: row.assigned_to } : null;
  const first = refusal(caller, action, ownership);
  return first === null ? null : refusal(caller, action, ownership, await chiefs(db));
}

/** Publishing is the chief's: a draft that changes what readers were told needs that role. */
function changesPublication(before: ArticleContent, after: ArticleContent): boolean {
  return (
    (after.status === 'published') !== (before.status === 'published') ||
    before.firstPublishedAt !== after.firstPublishedAt ||
    before.updatedAt !== after.updatedAt ||
    JSON.stringify(before.notes) !== JSON.stringify(after.notes)
  );
}

const clock = (d: Date) => d.toISOString().slice(11, 16);

export class Desk {
  constructor(private readonly pool: HubPool) {}

  /** Why this person may not send text or photos for this story, or null. A story not on the desk yet is theirs to start. */
  async mayNotPush(db: HubClient, caller: Caller, articleId: string): Promise<string | null> {
    const row = await loadArticle(db, articleId);
    return row ? refused(db, caller, 'edit', row) : null;
  }

  async push(caller: Caller, request: HubRequest<'push'>): Promise<PushResponse> {
    return inTransaction(
      this.pool,
      async (db) => {
        const response: PushResponse = { drafts: [], versions: [], trash: [] };
        // The desk never holds text that shows a photo it lacks: laptops send photos first.
        const lacking = new Set(
          await unknownPhotos(db, photosNamedBy([...request.drafts, ...request.versions].map((item) => item.content))),
        );
        const photosLacking = (content: ArticleContent): string | null => {
          if (lacking.size === 0) return null;
          const named = photosNamedBy([content]).filter((hash) => lacking.has(hash));
          return named.length === 0 ? null : lackingPhotosReason(named);
        };
        for (const draft of request.drafts) {
          const text = canonicalJson(draft.content);
          const row = await loadArticle(db, draft.articleId, true);
          if (!row) {
            // A story that arrives already published (an import of a live article) is the chief's to put on record.
            const fresh: ArticleContent = { ...draft.content, status: 'draft', firstPublishedAt: null, updatedAt: null, notes: [] };
            const denied =
              photosLacking(draft.content) ??
              (changesPublication(fresh, draft.content) ? await refused(db, caller, 'publish', undefined) : null);
            if (denied) {
              response.drafts.push({
                articleId: draft.articleId,
                outcome: 'refused',
                reason: denied,
                revision: 1,
                meta: { createdBy: caller.name, assignedTo: null, trashedAt: null, lock: null },
                current: null,
              });
              continue;
            }
            await db.query(
              `INSERT INTO articles (id, revision, draft, created_at, edited_at, edited_by, edited_session, created_by, seq) VALUES ($1, 1, $2, $3, now(), $4, $5, $4, $6)`,
              [draft.articleId, text, draft.createdAt, caller.name, caller.sessionId, await nextChange(db)],
            );
            response.drafts.push({
              articleId: draft.articleId,
              outcome: 'accepted',
              reason: null,
              revision: 1,
              meta: { createdBy: caller.name, assignedTo: null, trashedAt: null, lock: null },
              current: null,
            });
            continue;
          }
          const answer = (outcome: 'conflict' | 'refused', reason: string) =>
            response.drafts.push({
              articleId: row.id,
              outcome,
              reason,
              revision: Number(row.revision),
              meta: toMeta(row),
              current: toState(row),
            });
          // The same text again (a retry after the answer was lost) is simply taken.
          if (row.draft === text) {
            response.drafts.push({
              articleId: row.id,
              outcome: 'accepted',
              reason: null,
              revision: Number(row.revision),
              meta: toMeta(row),
              current: null,
            });
            continue;
          }
          const current = JSON.parse(row.draft) as ArticleContent;
          const denied =
            (await refused(db, caller, 'edit', row)) ??
            photosLacking(draft.content) ??
            (changesPublication(current, draft.content) ? await refused(db, caller, 'publish', row) : null);
          if (denied) {
            answer('refused', denied);
            continue;
          }
          if (row.holder && row.lock_session !== caller.sessionId) {
            answer('conflict', `${row.holder} is editing this story (since ${clock(row.since!)})`);
            continue;
          }
          // Behind only on its own last write (the answer was lost): the laptop's text builds on it.
          const ownLastWrite = row.edited_session === caller.sessionId;
          if (draft.baseRevision !== Number(row.revision) && !ownLastWrite) {
            answer('conflict', `${row.edited_by} changed this story on the desk at ${clock(row.edited_at)}`);
            continue;
          }
          await db.query(
            `UPDATE articles SET revision = revision + 1, draft = $2, edited_at = now(), edited_by = $3, edited_session = $4, seq = $5 WHERE id = $1`,
            [row.id, text, caller.name, caller.sessionId, await nextChange(db)],
          );
          response.drafts.push({
            articleId: row.id,
            outcome: 'accepted',
            reason: null,
            revision: Number(row.revision) + 1,
            meta: toMeta(row),
            current: null,
          });
        }
        for (const version of request.versions) {
          const lack = photosLacking(version.content);
          response.versions.push({
            uid: version.uid,
            ...(lack ? { outcome: 'refused' as const, reason: lack } : await this.storeVersion(db, caller, version)),
          });
        }
        for (const item of request.trash) {
          const row = await loadArticle(db, item.articleId);
          const denied = row ? await refused(db, caller, 'trash', row) : 'This story is not on the desk.';
          if (denied) {
            response.trash.push({ articleId: item.articleId, outcome: 'refused', reason: denied });
            continue;
          }
          await db.query(
            `UPDATE articles SET trashed_at = CASE WHEN $2 THEN coalesce(trashed_at, now()) ELSE NULL END, seq = $3 WHERE id = $1`,
            [item.articleId, item.trashed, await nextChange(db)],
          );
          response.trash.push({ articleId: item.articleId, outcome: 'done', reason: null });
        }
        return response;
      },
      { changes: true },
    );
  }

  private async storeVersion(
    db: HubClient,
    caller: Caller,
    v: VersionRecord,
  ): Promise<{ outcome: 'stored' | 'refused'; reason: string | null }> {
    if (versionUid(v) !== v.uid)
      return { outcome: 'refused', reason: 'This version does not match its own id (it was changed after it was made).' };
    const known = await db.query('SELECT 1 FROM versions WHERE uid = $1', [v.uid]);
    if (known.rowCount) return { outcome: 'stored', reason: null };
    const row = await loadArticle(db, v.articleId);
    if (!row) return { outcome: 'refused', reason: 'This story is not on the desk.' };
    const published = v.kind === 'published' || v.kind === 'update';
    // A kept offline copy changes nothing anyone reads: it may always land, so no work is lost.
    const denied = v.kind === 'offline-copy' ? null : await refused(db, caller, published ? 'publish' : 'edit', row);
    if (denied) return { outcome: 'refused', reason: denied };
    await db.query(
      `INSERT INTO versions (uid, article_id, seq, created_at, author_name, author_email, pushed_by, kind, label, word_count, words_added, words_removed, status, content)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT (uid) DO NOTHING`,
      [
        v.uid,
        v.articleId,
        await nextChange(db),
        v.createdAt,
        v.author.name,
        v.author.email,
        caller.name,
        v.kind,
        v.label,
        v.wordCount,
        v.wordsAdded,
        v.wordsRemoved,
        v.status,
        canonicalJson(v.content),
      ],
    );
    if (published) {
      const note = v.kind === 'update' ? (v.content.notes[v.content.notes.length - 1] ?? null) : null;
      await appendAudit(db, caller.name, v.kind === 'published' ? 'publish' : 'publish-update', v.articleId, {
        headline: v.content.headline,
        version: v.uid,
        ...(v.kind === 'update' ? { note: note && v.label !== 'Cosmetic fix' ? { kind: note.kind, text: note.text } : null } : {}),
      });
    }
    return { outcome: 'stored', reason: null };
  }

  /** One page of the change feed after `after`: stories as they stand now and the versions added. */
  async pull(request: HubRequest<'pull'>): Promise<HubResponse<'pull'>> {
    const limit = request.limit ?? 500;
    // One snapshot for the whole page, so the stories and versions agree with the cursor.
    return inTransaction(
      this.pool,
      async (client) => {
        const edge = await client.query(
          `SELECT seq FROM (SELECT seq FROM articles WHERE seq > $1 UNION ALL SELECT seq FROM versions WHERE seq > $1) s ORDER BY seq OFFSET $2 LIMIT 1`,
          [request.after, limit],
        );
        const more = edge.rowCount! > 0;
        let upto: number;
        if (more) upto = Number(edge.rows[0].seq) - 1;
        else {
          const top = await client.query(`SELECT greatest((SELECT max(seq) FROM articles), (SELECT max(seq) FROM versions)) AS top`);
          upto = Math.max(request.after, Number(top.rows[0].top ?? 0));
        }
        const articles = await client.query(
          `SELECT ${ARTICLE_COLUMNS} FROM articles a ${LOCK_JOIN} WHERE a.seq > $1 AND a.seq <= $2 ORDER BY a.seq`,
          [request.after, upto],
        );
        const versions = await client.query(`SELECT * FROM versions WHERE seq > $1 AND seq <= $2 ORDER BY seq`, [request.after, upto]);
        // A story's row carries the number of its latest change, so its older versions can come in an
        // earlier page than the story itself: send the story along, the laptop needs it first.
        const present = new Set(articles.rows.map((r) => r.id as string));
        const missing = [...new Set(versions.rows.map((r) => r.article_id as string))].filter((id) => !present.has(id));
        if (missing.length > 0) {
          const extra = await client.query(`SELECT ${ARTICLE_COLUMNS} FROM articles a ${LOCK_JOIN} WHERE a.id = ANY($1)`, [missing]);
          articles.rows.unshift(...extra.rows);
        }
        const users = await directory(client);
        return {
          articles: articles.rows.map((r) => toState(r as ArticleRow)),
          versions: versions.rows.map((r) => ({
            uid: r.uid,
            articleId: r.article_id,
            createdAt: r.created_at.toISOString(),
            author: { name: r.author_name, email: r.author_email },
            kind: r.kind,
            label: r.label,
            wordCount: r.word_count,
            wordsAdded: r.words_added,
            wordsRemoved: r.words_removed,
            status: r.status,
            content: raw<ArticleContent>(r.content),
          })),
          cursor: upto,
          more,
          users,
        };
      },
      { snapshot: true },
    );
  }

  async latest(): Promise<number> {
    const top = await this.pool.query(`SELECT greatest((SELECT max(seq) FROM articles), (SELECT max(seq) FROM versions)) AS top`);
    return Number(top.rows[0].top ?? 0);
  }

  async acquireLock(caller: Caller, articleId: string): Promise<HubResponse<'lock/acquire'>> {
    return inTransaction(
      this.pool,
      async (db) => {
        const row = await db.query('SELECT id, created_by, assigned_to FROM articles WHERE id = $1 FOR UPDATE', [articleId]);
        // A story not on the desk yet (made offline, not pushed) has nobody else to keep out.
        if (!row.rowCount) return { held: true, lock: null };
        // Only someone who may change a story may keep everyone else out of it.
        const denied = await refused(db, caller, 'edit', row.rows[0] as ArticleRow);
        if (denied) throw new HubError(403, denied);
        const before = await db.query('SELECT holder, session_id, since, expires_at FROM locks WHERE article_id = $1', [articleId]);
        const prev = before.rows[0];
        if (prev && prev.session_id !== caller.sessionId && prev.expires_at > new Date()) {
          return { held: false, lock: { holder: prev.holder, since: prev.since.toISOString(), expiresAt: prev.expires_at.toISOString() } };
        }
        const renewal = prev && prev.session_id === caller.sessionId && prev.expires_at > new Date();
        const next = await db.query(
          `INSERT INTO locks (article_id, holder, session_id, since, expires_at) VALUES ($1, $2, $3, now(), now() + interval '${LOCK_SECONDS} seconds')
         ON CONFLICT (article_id) DO UPDATE SET holder = EXCLUDED.holder, session_id = EXCLUDED.session_id,
           since = CASE WHEN $4 THEN locks.since ELSE EXCLUDED.since END, expires_at = EXCLUDED.expires_at
         RETURNING holder, since, expires_at`,
          [articleId, caller.name, caller.sessionId, !!renewal],
        );
        // Desks show who is on a story: a new holder is a change in the feed; a renewal is not.
        if (!renewal) await db.query('UPDATE articles SET seq = $2 WHERE id = $1', [articleId, await nextChange(db)]);
        const l = next.rows[0];
        return { held: true, lock: { holder: l.holder, since: l.since.toISOString(), expiresAt: l.expires_at.toISOString() } };
      },
      { changes: true },
    );
  }

  async releaseLock(caller: Caller, articleId: string): Promise<HubResponse<'lock/release'>> {
    return inTransaction(
      this.pool,
      async (db) => {
        const gone = await db.query('DELETE FROM locks WHERE article_id = $1 AND session_id = $2', [articleId, caller.sessionId]);
        if (gone.rowCount) await db.query('UPDATE articles SET seq = $2 WHERE id = $1', [articleId, await nextChange(db)]);
        return { held: false, lock: null };
      },
      { changes: true },
    );
  }

  async takeOverLock(caller: Caller, articleId: string): Promise<HubResponse<'lock/take-over'>> {
    return inTransaction(
      this.pool,
      async (db) => {
        const row = await db.query('SELECT created_by, assigned_to FROM articles WHERE id = $1 FOR UPDATE', [articleId]);
        if (!row.rowCount) throw new HubError(404, 'This story is not on the desk yet.');
        const denied = refusal(caller, 'take-over', null, await chiefs(db));
        if (denied) throw new HubError(403, denied);
        const before = await db.query('SELECT holder FROM locks WHERE article_id = $1 AND expires_at > now()', [articleId]);
        const next = await db.query(
          `INSERT INTO locks (article_id, holder, session_id, since, expires_at) VALUES ($1, $2, $3, now(), now() + interval '${LOCK_SECONDS} seconds')
         ON CONFLICT (article_id) DO UPDATE SET holder = EXCLUDED.holder, session_id = EXCLUDED.session_id, since = EXCLUDED.since, expires_at = EXCLUDED.expires_at
         RETURNING holder, since, expires_at`,
          [articleId, caller.name, caller.sessionId],
        );
        await db.query('UPDATE articles SET seq = $2 WHERE id = $1', [articleId, await nextChange(db)]);
        await appendAudit(db, caller.name, 'take-over', articleId, { from: before.rows[0]?.holder ?? null });
        const l = next.rows[0];
        return { held: true, lock: { holder: l.holder, since: l.since.toISOString(), expiresAt: l.expires_at.toISOString() } };
      },
      { changes: true },
    );
  }

  async assign(caller: Caller, articleId: string, user: string | null): Promise<HubResponse<'assign'>> {
    return inTransaction(
      this.pool,
      async (db) => {
        const denied = refusal(caller, 'assign', null, await chiefs(db));
        if (denied) throw new HubError(403, denied);
        const row = await db.query('SELECT assigned_to FROM articles WHERE id = $1 FOR UPDATE', [articleId]);
        if (!row.rowCount) throw new HubError(404, 'This story is not on the desk yet; sync it first.');
        if (user) {
          const person = await db.query('SELECT 1 FROM users WHERE name = $1 AND disabled_at IS NULL', [user]);
          if (!person.rowCount) throw new HubError(404, `There is no active user named ${user} on this desk.`);
        }
        await db.query('UPDATE articles SET assigned_to = $2, seq = $3 WHERE id = $1', [articleId, user, await nextChange(db)]);
        await appendAudit(db, caller.name, 'assign', articleId, { from: row.rows[0].assigned_to, to: user });
        return { assignedTo: user };
      },
      { changes: true },
    );
  }

  async audit(caller: Caller, request: HubRequest<'audit'>): Promise<HubResponse<'audit'>> {
    const denied = refusal(caller, 'read-audit', null, await chiefs(this.pool));
    if (denied) throw new HubError(403, denied);
    return readAudit(this.pool, request.limit ?? 200, request.before);
  }
}
