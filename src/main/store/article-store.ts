/**
 * Articles and their working drafts. The draft is what autosave writes, many times a minute;
 * it is not history (versions are, see version-store.ts). Every write is one transaction.
 */
import type { Db } from './database';
import { writeTransaction } from './write-transaction';
import { explainStorageError, StoreError } from './store-error';
import { CONTENT_FIELDS, type ArticleContent, type ArticleStatus, type ArticleSummary } from '../../shared/article/article';
import { bodyPlainText, bodyWordCount, newContent } from '../../shared/article/content';
import { contentSchema, describeIssues } from '../../shared/article/schema';
import { randomId } from '../../shared/article/ids';
import { ApiError } from '../../shared/api/errors';
import type { DeskSort, DraftSaved, OpenedArticle } from '../../shared/api/contract';
import { escapeSnippet, ftsQuery, SnippetMaker, snippetQuery } from './search';

export { escapeSnippet, ftsQuery } from './search';

interface ArticleRow {
  rowid: number;
  id: string;
  created_at: string;
  edited_at: string;
  trashed_at: string | null;
  revision: number;
  versioned_revision: number;
  word_count: number;
  draft: string;
}

export const notFound = (id: string): ApiError => new ApiError('not-found', `There is no article with the id ${id}.`);

/** The content's fields in one fixed order, so equal articles serialize to equal bytes. */
export function canonicalJson(content: ArticleContent): string {
  const ordered: Record<string, unknown> = {};
  for (const field of CONTENT_FIELDS) ordered[field] = content[field];
  return JSON.stringify(ordered);
}

export function parseContent(json: string, where: string): ArticleContent {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new StoreError(`${where} is not readable JSON; the store may be damaged.`);
  }
  const parsed = contentSchema.safeParse(value);
  if (!parsed.success) throw new StoreError(`${where} is not a valid article: ${describeIssues(parsed.error)}.`);
  return parsed.data as ArticleContent;
}

interface SummaryRow {
  rowid: number;
  id: string;
  headline: string;
  status: ArticleStatus;
  bylines: string;
  edited_at: string;
  created_at: string;
  word_count: number;
  trashed_at: string | null;
  snippet?: string | null;
  created_by: string | null;
  assigned_to: string | null;
  lock_holder: string | null;
  lock_since: string | null;
  lock_expires: string | null;
  waiting: number;
}

/** What the desk asks for: a status, a search, a sort, the trash. */
export interface DeskQuery {
  status?: ArticleStatus;
  query?: string;
  sort?: DeskSort;
  trashed?: boolean;
  /** Shared desk: only stories this person started, or assigned to them. */
  mine?: string;
  assignedTo?: string;
}

/** The text the search index holds for an article, one value per FTS column. */
interface SearchFields {
  headline: string;
  deck: string;
  bylines: string;
  body: string;
}

function searchFields(content: ArticleContent): SearchFields {
  return {
    headline: content.headline,
    deck: content.deck,
    bylines: content.bylines.map((b) => b.name).join(', '),
    body: bodyPlainText(content),
  };
}

/** A patch's body word count, made before the save's transaction. */
export interface PatchCount {
  count: number;
  language: string;
}

/** Search hits shown at most, and how many of them carry a snippet. */
const SEARCH_LIMIT = 200;
const SNIPPETS = 30;

const SORT_SQL: Record<DeskSort, string> = {
  edited: 'a.edited_at DESC',
  created: 'a.created_at DESC',
  headline: 'a.headline COLLATE NOCASE ASC, a.edited_at DESC',
  status: "CASE a.status WHEN 'draft' THEN 0 WHEN 'editing' THEN 1 WHEN 'ready' THEN 2 ELSE 3 END, a.edited_at DESC",
  words: 'a.word_count DESC',
};

export class ArticleStore {
  private readonly snippets: SnippetMaker;

  constructor(
    private readonly db: Db,
    private readonly where: string,
  ) {
    this.snippets = new SnippetMaker(db);
  }

  private wrap<T>(fn: () => T): T {
    try {
      return fn();
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw explainStorageError(error, this.where);
    }
  }

  private row(id: string): ArticleRow {
    const row = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    if (!row) throw notFound(id);
    return row;
  }

  private opened(row: ArticleRow): OpenedArticle {
    const content = parseContent(row.draft, `The draft of article ${row.id}`);
    return {
      id: row.id,
      ...content,
      createdAt: row.created_at,
      editedAt: row.edited_at,
      trashedAt: row.trashed_at,
      revision: row.revision,
    };
  }

  exists(id: string): boolean {
    return !!this.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(id);
  }

  /** Refuses an id the store does not hold, with the one not-found sentence; reads no draft. */
  assertExists(id: string): void {
    if (!this.wrap(() => this.exists(id))) throw notFound(id);
  }

  /** Inserts an article; call inside a transaction when a first version goes with it. */
  insert(content: ArticleContent, now: string): OpenedArticle {
    return this.wrap(() =>
      writeTransaction(this.db, () => {
        let id = randomId();
        while (this.exists(id)) id = randomId();
        const info = this.db
          .prepare(
            `INSERT INTO articles (id, created_at, edited_at, revision, headline, status, bylines, word_count, draft)
           VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?)`,
          )
          .run(
            id,
            now,
            now,
            content.headline,
            content.status,
            JSON.stringify(content.bylines),
            bodyWordCount(content),
            canonicalJson(content),
          );
        this.index(Number(info.lastInsertRowid), content);
        return this.opened(this.row(id));
      }),
    );
  }

  create(init: Partial<ArticleContent>, now: string): OpenedArticle {
    return this.insert(newContent(init), now);
  }

  get(id: string): OpenedArticle {
    return this.wrap(() => this.opened(this.row(id)));
  }

  /** Revision of the draft when its last version was made; -1 when it has none. */
  versionedRevision(id: string): number {
    return this.row(id).versioned_revision;
  }

  /** Only through recordVersion (record-version.ts), which makes the version it stands for. */
  markVersioned(id: string, revision: number): void {
    writeTransaction(this.db, () =>
      this.db.prepare('UPDATE articles SET versioned_revision = ?, dirty_since = NULL WHERE id = ?').run(revision, id),
    );
  }

  /** When the first edit since the article's last version was saved; null when there is none. */
  dirtySince(id: string): string | null {
    return (this.db.prepare('SELECT dirty_since FROM articles WHERE id = ?').pluck().get(id) as string | null | undefined) ?? null;
  }

  /**
   * Writes the working draft. With baseRevision, refuses a save that started from an older
   * draft than the stored one (two windows on one article) instead of silently losing text.
   */
  saveDraft(id: string, patch: Partial<ArticleContent>, now: string, baseRevision?: number, counted?: PatchCount | null): DraftSaved {
    // Counting a long body's words is the heavy part of a save: do it before the write
    // transaction starts, so another writer never waits on it. A caller that opens its own
    // transaction counts first with countPatch and passes the count in.
    if (counted === undefined && !this.db.inTransaction) counted = this.countPatch(id, patch);
    return this.wrap(() =>
      writeTransaction(this.db, () => {
        const row = this.row(id);
        if (row.trashed_at) throw new ApiError('conflict', 'This article is in the trash. Restore it before editing.');
        if (baseRevision !== undefined && baseRevision !== row.revision) {
          throw new ApiError(
            'conflict',
            `This article was changed elsewhere (revision ${row.revision}, this copy started from ${baseRevision}). Reload it to see the latest text.`,
          );
        }
        const current = parseContent(row.draft, `The draft of article ${id}`);
        const next: ArticleContent = { ...current, ...patch };
        const revision = row.revision + 1;
        const wordCount =
          counted && counted.language === next.language
            ? counted.count
            : patch.body === undefined && patch.language === undefined
              ? row.word_count
              : bodyWordCount(next);
        this.db
          .prepare(
            `UPDATE articles SET draft = ?, revision = ?, edited_at = ?, headline = ?, status = ?, bylines = ?, word_count = ?,
               -- The first edit since the last version starts the clock for an automatic one.
               dirty_since = CASE WHEN dirty_since IS NULL OR versioned_revision = revision THEN ? ELSE dirty_since END,
               -- Re-indexing a 10,000-word body rewrites many index pages: leave it to the next
               -- search (refreshSearchIndex), so a keystroke's save stays small.
               fts_stale = 1
             WHERE rowid = ?`,
          )
          .run(canonicalJson(next), revision, now, next.headline, next.status, JSON.stringify(next.bylines), wordCount, now, row.rowid);
        return { savedAt: now, revision, wordCount };
      }),
    );
  }

  /** The word count a patch's body will have, with the language it was counted in. */
  countPatch(id: string, patch: Partial<ArticleContent>): PatchCount | null {
    if (patch.body === undefined) return null;
    const language =
      patch.language ??
      this.wrap(
        () =>
          (this.db.prepare("SELECT json_extract(draft, '$.language') FROM articles WHERE id = ?").pluck().get(id) as string | undefined) ??
          'en',
      );
    return { count: bodyWordCount({ body: patch.body, language }), language };
  }

  /** Brings the search index up to date with every draft saved since the last search. */
  refreshSearchIndex(): void {
    const stale = this.db.prepare('SELECT rowid, id, revision, draft FROM articles WHERE fts_stale = 1').all() as {
      rowid: number;
      id: string;
      revision: number;
      draft: string;
    }[];
    if (stale.length === 0) return;
    // Reading and flattening the drafts happens before the write transaction; inside it only
    // the index rows are written. A draft saved again meanwhile stays stale for the next search.
    const fields = stale.map((row) => ({ row, fields: searchFields(parseContent(row.draft, `The draft of article ${row.id}`)) }));
    try {
      writeTransaction(this.db, () => {
        for (const { row, fields: f } of fields) {
          this.writeIndex(row.rowid, f);
          this.db.prepare('UPDATE articles SET fts_stale = 0 WHERE rowid = ? AND revision = ?').run(row.rowid, row.revision);
        }
      });
    } catch (error) {
      // A store opened read-only still searches, with the index it has.
      if ((error as { code?: string }).code?.startsWith('SQLITE_READONLY')) return;
      throw error;
    }
  }

  private index(rowid: number, content: ArticleContent): void {
    this.writeIndex(rowid, searchFields(content));
  }

  private writeIndex(rowid: number, f: SearchFields): void {
    this.db.prepare('DELETE FROM articles_fts WHERE rowid = ?').run(rowid);
    this.db
      .prepare('INSERT INTO articles_fts(rowid, headline, deck, bylines, body) VALUES (?, ?, ?, ?, ?)')
      .run(rowid, f.headline, f.deck, f.bylines, f.body);
  }

  /** The desk. `mine` and `assignedTo` narrow it to one person's stories on a shared desk. */
  list(options: DeskQuery): ArticleSummary[] {
    return this.wrap(() => {
      const where: string[] = [options.trashed ? 'a.trashed_at IS NOT NULL' : 'a.trashed_at IS NULL'];
      const params: unknown[] = [];
      if (options.status) {
        where.push('a.status = ?');
        params.push(options.status);
      }
      if (options.mine) {
        where.push('(a.created_by = ? OR a.created_by IS NULL)');
        params.push(options.mine);
      }
      if (options.assignedTo) {
        where.push('a.assigned_to = ?');
        params.push(options.assignedTo);
      }
      const match = options.query ? ftsQuery(options.query) : null;
      if (!match && options.query && options.query.trim()) return [];
      // The desk never needs the draft itself: only the summary columns travel.
      const columns = `a.rowid, a.id, a.headline, a.status, a.bylines, a.edited_at, a.created_at, a.word_count, a.trashed_at,
        a.created_by, a.assigned_to, a.lock_holder, a.lock_since, a.lock_expires,
        EXISTS (SELECT 1 FROM outbox o WHERE o.article_id = a.id AND o.refused IS NULL) AS waiting`;
      let rows: SummaryRow[];
      if (match) {
        this.refreshSearchIndex();
        // Rank inside FTS first (bm25: headline hits count most, then deck and bylines, then
        // body), then join the few best; snippets only for the rows a person will see first.
        rows = this.db
          .prepare(
            `WITH ranked AS (
               SELECT rowid, bm25(articles_fts, 10.0, 4.0, 4.0, 1.0) AS rank FROM articles_fts
               WHERE articles_fts MATCH ? ORDER BY rank LIMIT ${SEARCH_LIMIT * 2}
             )
             SELECT ${columns} FROM ranked JOIN articles a ON a.rowid = ranked.rowid
             WHERE ${where.join(' AND ')} ORDER BY ranked.rank LIMIT ${SEARCH_LIMIT}`,
          )
          .all(match, ...params) as SummaryRow[];
        const marks = snippetQuery(options.query!)!;
        const text = this.db.prepare('SELECT headline, deck, bylines, body FROM articles_fts WHERE rowid = ?');
        for (const row of rows.slice(0, SNIPPETS)) {
          const source = text.get(row.rowid) as { headline: string; deck: string; bylines: string; body: string } | undefined;
          row.snippet = source ? this.snippets.snippet(source, marks) : null;
        }
      } else {
        rows = this.db
          .prepare(
            `SELECT ${columns} FROM articles a WHERE ${where.join(' AND ')} ORDER BY ${SORT_SQL[options.sort ?? 'edited']} LIMIT 1000`,
          )
          .all(...params) as SummaryRow[];
      }
      return rows.map((row) => {
        const summary: ArticleSummary = {
          id: row.id,
          headline: row.headline,
          status: row.status,
          bylines: JSON.parse(row.bylines),
          editedAt: row.edited_at,
          createdAt: row.created_at,
          wordCount: row.word_count,
          trashedAt: row.trashed_at,
        };
        if (row.snippet) summary.snippet = escapeSnippet(row.snippet);
        summary.createdBy = row.created_by;
        summary.assignedTo = row.assigned_to;
        // A lock whose holder went silent has run out, whatever the last pull said.
        const live = row.lock_holder && row.lock_expires && Date.parse(row.lock_expires) > Date.now();
        summary.lockHolder = live ? row.lock_holder : null;
        summary.lockSince = live ? row.lock_since : null;
        summary.waiting = row.waiting === 1;
        return summary;
      });
    });
  }

  trash(id: string, now: string): { trashedAt: string } {
    return this.wrap(() =>
      writeTransaction(this.db, () => {
        this.row(id);
        this.db.prepare('UPDATE articles SET trashed_at = ? WHERE id = ? AND trashed_at IS NULL').run(now, id);
        return { trashedAt: this.row(id).trashed_at ?? now };
      }),
    );
  }

  restore(id: string): { restored: true } {
    return this.wrap(() =>
      writeTransaction(this.db, () => {
        this.row(id);
        this.db.prepare('UPDATE articles SET trashed_at = NULL WHERE id = ?').run(id);
        return { restored: true as const };
      }),
    );
  }
}
