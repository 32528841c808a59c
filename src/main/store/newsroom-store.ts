/**
 * This data folder's side of the shared desk: which hub it is joined to (and as whom), the outbox
 * of local changes the hub has not taken yet, and applying what the hub sends. Applying is careful
 * never to lose local text: a draft with changes still waiting is never overwritten by a pull; a
 * draft the hub would not take is kept as a version of its own before the desk's draft is adopted.
 */
import type { Db } from './database';
import type { Statement } from 'better-sqlite3';
import { writeTransaction } from './write-transaction';
import { canonicalJson, parseContent } from './article-store';
import type { VersionStore } from './version-store';
import type { DeskUser, Role } from '../../shared/newsroom/roles';
import type { ArticleState, StoryMeta, VersionRecord } from '../../shared/newsroom/protocol';
import type { ArticleContent } from '../../shared/article/article';
import { bodyWordCount } from '../../shared/article/content';
import { versionUid } from '../sync/version-uid';

export interface NewsroomLink {
  hubUrl: string;
  hubId: string;
  user: string;
  role: Role;
  session: string;
  sessionExpires: string;
  joinedAt: string;
  cursor: number;
  directory: DeskUser[];
  lastSyncedAt: string | null;
  lastError: string | null;
}

export interface OutboxItem {
  seq: number;
  kind: 'draft' | 'version' | 'trash';
  articleId: string;
  number: number | null;
}

/** The draft as it stood when read for a push: applying the answer checks it has not moved since. */
export interface DraftForPush {
  articleId: string;
  revision: number;
  baseRevision: number;
  content: ArticleContent;
  createdAt: string;
}

export class NewsroomStore {
  /** Prepared once: a first sync of a large desk runs these statements hundreds of thousands of times. */
  private readonly statements = new Map<string, Statement>();

  constructor(
    private readonly db: Db,
    private readonly versions: VersionStore,
  ) {}

  private sql(text: string): Statement {
    let statement = this.statements.get(text);
    if (!statement) this.statements.set(text, (statement = this.db.prepare(text)));
    return statement;
  }

  link(): NewsroomLink | null {
    const r = this.sql('SELECT * FROM newsroom WHERE id = 1').get() as Record<string, unknown> | undefined;
    if (!r) return null;
    return {
      hubUrl: r.hub_url as string,
      hubId: r.hub_id as string,
      user: r.user_name as string,
      role: r.role as Role,
      session: r.session as string,
      sessionExpires: r.session_expires as string,
      joinedAt: r.joined_at as string,
      cursor: r.cursor as number,
      directory: JSON.parse(r.directory as string) as DeskUser[],
      lastSyncedAt: (r.last_synced_at as string | null) ?? null,
      lastError: (r.last_error as string | null) ?? null,
    };
  }

  /**
   * Joins this folder to a hub. Joining another hub than before starts its change feed from the
   * beginning and queues everything this folder holds for the new hub.
   */
  join(link: Omit<NewsroomLink, 'cursor' | 'directory' | 'lastSyncedAt' | 'lastError'>): void {
    writeTransaction(this.db, () => {
      const before = this.link();
      const sameHub = before?.hubId === link.hubId;
      this.db
        .prepare(
          `INSERT INTO newsroom (id, hub_url, hub_id, user_name, role, session, session_expires, joined_at, cursor)
           VALUES (1, @hubUrl, @hubId, @user, @role, @session, @sessionExpires, @joinedAt, 0)
           ON CONFLICT (id) DO UPDATE SET hub_url = @hubUrl, hub_id = @hubId, user_name = @user, role = @role, session = @session,
             session_expires = @sessionExpires, joined_at = @joinedAt, cursor = CASE WHEN @sameHub THEN cursor ELSE 0 END,
             last_error = NULL`,
        )
        .run({ ...link, sameHub: sameHub ? 1 : 0 });
      // Stories written here before joining are the joiner's own.
      this.sql('UPDATE articles SET created_by = ? WHERE created_by IS NULL').run(link.user);
      if (before && !sameHub) {
        this.db.exec(`
          UPDATE articles SET hub_revision = 0, assigned_to = NULL, lock_holder = NULL, lock_since = NULL, lock_expires = NULL;
          DELETE FROM outbox; DELETE FROM version_uids;
          INSERT INTO outbox (kind, article_id) SELECT 'draft', id FROM articles ORDER BY rowid;
          INSERT INTO outbox (kind, article_id, number) SELECT 'version', article_id, number FROM versions ORDER BY created_at, number;
          INSERT INTO outbox (kind, article_id) SELECT 'trash', id FROM articles WHERE trashed_at IS NOT NULL;
        `);
      }
    });
  }

  recordRound(at: string, error: string | null): void {
    if (error === null) this.sql('UPDATE newsroom SET last_synced_at = ?, last_error = NULL WHERE id = 1').run(at);
    else this.sql('UPDATE newsroom SET last_error = ? WHERE id = 1').run(error);
  }

  /** Changes waiting for the hub, oldest first (refused ones stay, but are not sent again). */
  pending(limit: number): OutboxItem[] {
    const rows = this.db
      .prepare('SELECT seq, kind, article_id, number FROM outbox WHERE refused IS NULL ORDER BY seq LIMIT ?')
      .all(limit) as { seq: number; kind: OutboxItem['kind']; article_id: string; number: number | null }[];
    return rows.map((r) => ({ seq: r.seq, kind: r.kind, articleId: r.article_id, number: r.number }));
  }

  waitingCount(): number {
    return this.sql('SELECT count(*) FROM outbox WHERE refused IS NULL').pluck().get() as number;
  }

  refusedChanges(): { articleId: string; headline: string; reason: string }[] {
    return this.db
      .prepare(
        `SELECT o.article_id AS articleId, coalesce(a.headline, '') AS headline, o.refused AS reason FROM outbox o LEFT JOIN articles a ON a.id = o.article_id WHERE o.refused IS NOT NULL ORDER BY o.seq`,
      )
      .all() as { articleId: string; headline: string; reason: string }[];
  }

  /** Articles with changes the hub has not taken yet (for the desk's per-story sync mark). */
  waitingArticles(): Set<string> {
    return new Set(this.sql('SELECT DISTINCT article_id FROM outbox').pluck().all() as string[]);
  }

  draftForPush(articleId: string): DraftForPush | null {
    const r = this.sql('SELECT revision, hub_revision, draft, created_at FROM articles WHERE id = ?').get(articleId) as
      { revision: number; hub_revision: number; draft: string; created_at: string } | undefined;
    if (!r) return null;
    return {
      articleId,
      revision: r.revision,
      baseRevision: r.hub_revision,
      content: parseContent(r.draft, `The draft of article ${articleId}`),
      createdAt: r.created_at,
    };
  }

  trashedState(articleId: string): boolean | null {
    const r = this.sql('SELECT trashed_at FROM articles WHERE id = ?').get(articleId) as { trashed_at: string | null } | undefined;
    return r ? r.trashed_at !== null : null;
  }

  /** A local version as it travels, with its id on the shared desk (recorded the first time). */
  versionForPush(articleId: string, number: number): VersionRecord | null {
    const summary = this.versions.summary(articleId, number);
    if (!summary) return null;
    const content = this.versions.read(articleId, number);
    const identity = { articleId, createdAt: summary.createdAt, author: summary.author, kind: summary.kind, label: summary.label };
    // The id is computed from the content exactly as it travels (read through the article schema),
    // which is what the hub recomputes it from.
    const uid =
      (this.sql('SELECT uid FROM version_uids WHERE article_id = ? AND number = ?').pluck().get(articleId, number) as string | undefined) ??
      versionUid({ ...identity, content });
    this.sql('INSERT OR IGNORE INTO version_uids (article_id, number, uid) VALUES (?, ?, ?)').run(articleId, number, uid);
    return {
      uid,
      ...identity,
      wordCount: summary.wordCount,
      wordsAdded: summary.wordsAdded,
      wordsRemoved: summary.wordsRemoved,
      status: summary.status,
      content,
    };
  }

  done(seq: number): void {
    this.sql('DELETE FROM outbox WHERE seq = ?').run(seq);
  }

  refuse(seq: number, reason: string): void {
    this.sql('UPDATE outbox SET refused = ? WHERE seq = ?').run(reason, seq);
  }

  /** The draft's revision now, to tell whether it moved while a push was under way. */
  revision(articleId: string): number | null {
    return (this.sql('SELECT revision FROM articles WHERE id = ?').pluck().get(articleId) as number | undefined) ?? null;
  }

  /** The hub took this draft: it is now the desk's revision `hubRevision`. */
  draftAccepted(item: OutboxItem, pushedRevision: number, hubRevision: number, meta: StoryMeta): void {
    this.sql('UPDATE articles SET hub_revision = ? WHERE id = ?').run(hubRevision, item.articleId);
    this.adoptMeta({ id: item.articleId, ...meta });
    // Typing went on while the push was in flight: that newer draft still has to travel.
    if (this.revision(item.articleId) === pushedRevision) this.done(item.seq);
  }

  /**
   * The hub did not take this draft (changed or locked elsewhere, or not this person's to change).
   * Keep it whole as a version of its own, then take the desk's draft. Returns the version made.
   */
  keepAsOfflineCopy(
    item: OutboxItem,
    pushed: DraftForPush,
    state: ArticleState,
    author: { name: string; email: string },
    at: string,
    label: string,
  ): number | null {
    if (this.revision(item.articleId) !== pushed.revision) return null;
    let made: number | null = null;
    if (canonicalJson(pushed.content) !== canonicalJson(state.content)) {
      made = this.versions.append(item.articleId, pushed.content, { kind: 'offline-copy', label, author, createdAt: at }).number;
    }
    this.adoptDraft(state, at);
    this.done(item.seq);
    return made;
  }

  /** A story as the hub holds it now. A local draft with changes waiting is never overwritten. */
  adoptArticle(state: ArticleState, at: string): 'new' | 'updated' | 'kept' | 'same' {
    const local = this.sql('SELECT hub_revision, draft FROM articles WHERE id = ?').get(state.id) as
      { hub_revision: number; draft: string } | undefined;
    if (!local) {
      const content = state.content;
      this.db
        .prepare(
          `INSERT INTO articles (id, created_at, edited_at, trashed_at, revision, headline, status, bylines, word_count, draft, fts_stale,
             hub_revision, created_by, assigned_to, lock_holder, lock_since, lock_expires, versioned_revision)
           VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, 1)`,
        )
        .run(
          state.id,
          state.createdAt,
          state.editedAt,
          state.trashedAt,
          content.headline,
          content.status,
          JSON.stringify(content.bylines),
          bodyWordCount(content),
          canonicalJson(content),
          state.revision,
          state.createdBy,
          state.assignedTo,
          state.lock?.holder ?? null,
          state.lock?.since ?? null,
          state.lock?.expiresAt ?? null,
        );
      this.sql(`DELETE FROM outbox WHERE article_id = ? AND kind IN ('draft', 'trash')`).run(state.id);
      return 'new';
    }
    this.adoptMeta(state);
    const waiting = this.sql(`SELECT 1 FROM outbox WHERE article_id = ? AND kind = 'draft' AND refused IS NULL`).get(state.id);
    if (waiting) return 'kept';
    if (local.hub_revision === state.revision && local.draft === canonicalJson(state.content)) return 'same';
    this.adoptDraft(state, at);
    return 'updated';
  }

  private adoptDraft(state: ArticleState, at: string): void {
    const content = state.content;
    this.db
      .prepare(
        `UPDATE articles SET draft = ?, revision = revision + 1, edited_at = ?, headline = ?, status = ?, bylines = ?, word_count = ?,
           hub_revision = ?, fts_stale = 1 WHERE id = ?`,
      )
      .run(
        canonicalJson(content),
        state.editedAt > at ? at : state.editedAt,
        content.headline,
        content.status,
        JSON.stringify(content.bylines),
        bodyWordCount(content),
        state.revision,
        state.id,
      );
    // The same text the hub holds has nothing left to send.
    this.sql(`DELETE FROM outbox WHERE article_id = ? AND kind = 'draft'`).run(state.id);
  }

  private adoptMeta(state: StoryMeta & { id: string }): void {
    this.db
      .prepare('UPDATE articles SET created_by = ?, assigned_to = ?, lock_holder = ?, lock_since = ?, lock_expires = ? WHERE id = ?')
      .run(
        state.createdBy,
        state.assignedTo,
        state.lock?.holder ?? null,
        state.lock?.since ?? null,
        state.lock?.expiresAt ?? null,
        state.id,
      );
    const waitingTrash = this.sql(`SELECT 1 FROM outbox WHERE article_id = ? AND kind = 'trash' AND refused IS NULL`).get(state.id);
    if (!waitingTrash) {
      this.sql('UPDATE articles SET trashed_at = ? WHERE id = ? AND (trashed_at IS NULL) != (? IS NULL)').run(
        state.trashedAt,
        state.id,
        state.trashedAt,
      );
      this.sql(`DELETE FROM outbox WHERE article_id = ? AND kind = 'trash'`).run(state.id);
    }
  }

  /** A version from the hub; one this folder already has (same id) is skipped. */
  adoptVersion(v: VersionRecord): boolean {
    if (this.sql('SELECT 1 FROM version_uids WHERE uid = ?').get(v.uid)) return false;
    const made = this.versions.append(v.articleId, v.content, {
      kind: v.kind,
      label: v.label,
      author: v.author,
      createdAt: v.createdAt,
      counts: { added: v.wordsAdded, removed: v.wordsRemoved, words: v.wordCount },
    });
    this.sql('INSERT INTO version_uids (article_id, number, uid) VALUES (?, ?, ?)').run(v.articleId, made.number, v.uid);
    this.sql(`DELETE FROM outbox WHERE kind = 'version' AND article_id = ? AND number = ?`).run(v.articleId, made.number);
    return true;
  }

  advance(cursor: number, directory: DeskUser[]): void {
    this.sql('UPDATE newsroom SET cursor = ?, directory = ? WHERE id = 1').run(cursor, JSON.stringify(directory));
  }

  setLock(articleId: string, lock: { holder: string; since: string; expiresAt: string } | null): void {
    this.sql('UPDATE articles SET lock_holder = ?, lock_since = ?, lock_expires = ? WHERE id = ?').run(
      lock?.holder ?? null,
      lock?.since ?? null,
      lock?.expiresAt ?? null,
      articleId,
    );
  }

  setAssigned(articleId: string, user: string | null): void {
    this.sql('UPDATE articles SET assigned_to = ? WHERE id = ?').run(user, articleId);
  }

  ownership(articleId: string): { createdBy: string | null; assignedTo: string | null } | null {
    const r = this.sql('SELECT created_by, assigned_to FROM articles WHERE id = ?').get(articleId) as
      { created_by: string | null; assigned_to: string | null } | undefined;
    return r ? { createdBy: r.created_by, assignedTo: r.assigned_to } : null;
  }
}
