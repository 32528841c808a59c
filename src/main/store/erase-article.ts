/**
 * "Delete forever" from the trash: the one way an article's versions leave the store.
 *
 * Versions are append-only (the triggers of migrations 3 and 8). This lifts the guard for one
 * article only, inside one IMMEDIATE write transaction: a row in `erasing` names the article,
 * the versions, their hub ids, the outbox rows, the search row and the draft go, then the photos
 * no other article's draft or version names (photo-uses.ts), and the row is removed before COMMIT. The trigger itself still refuses unless the article is in the trash and
 * was never published, so a slip here cannot reach history that must stay.
 *
 * Refused, each with its reason: an article outside the trash; one ever published (its record
 * stays — unpublish it instead); any article in a folder joined to a newsroom's hub (the hub keeps
 * the newsroom's record, and the next pull would bring the article back).
 */
import type { Db } from './database';
import { writeTransaction } from './write-transaction';
import { explainStorageError } from './store-error';
import { ApiError } from '../../shared/api/errors';
import type { ErasePlan, Erased } from '../../shared/api/contract';
import { notFound } from './article-store';
import { photosOnlyUsedBy } from './photo-uses';

interface EraseRow {
  rowid: number;
  id: string;
  headline: string;
  trashed_at: string | null;
  readable: 0 | 1;
  first_published_at: string | null;
  versions: number;
  published_versions: number;
}

/** The article as a sentence names it: by its headline, or as untitled. */
function named(headline: string, startsSentence = true): string {
  if (headline.trim()) return `“${headline.trim()}”`;
  return startsSentence ? 'This untitled article' : 'this untitled article';
}

export class ArticleEraser {
  constructor(
    private readonly db: Db,
    private readonly where: string,
    /** Called after an erase commits, so caches of the article's versions are dropped. */
    private readonly onErased: (id: string) => void,
  ) {}

  private read(id: string): EraseRow {
    const row = this.db
      .prepare(
        `SELECT a.rowid, a.id, a.headline, a.trashed_at, json_valid(a.draft) AS readable,
           CASE WHEN json_valid(a.draft) THEN json_extract(a.draft, '$.firstPublishedAt') END AS first_published_at,
           (SELECT count(*) FROM versions v WHERE v.article_id = a.id) AS versions,
           (SELECT count(*) FROM versions v WHERE v.article_id = a.id AND v.kind IN ('published', 'update')) AS published_versions
         FROM articles a WHERE a.id = ?`,
      )
      .get(id) as EraseRow | undefined;
    if (!row) throw notFound(id);
    return row;
  }

  private refusal(row: EraseRow): string | null {
    const name = named(row.headline);
    if (!row.trashed_at)
      return `${name} is not in the trash. Only an article in the trash can be deleted forever: move it to the trash first.`;
    // A damaged draft cannot say whether the article was published: it stays, as the trigger insists.
    if (!row.readable)
      return `The draft of ${named(row.headline, false)} cannot be read, so Copydesk cannot tell whether it was published; it stays. Run "copydesk check" to see what is wrong with the store.`;
    if (row.first_published_at || row.published_versions > 0) {
      return `${name} was published, so its record stays: Copydesk never deletes a published article or its versions. To take it down, restore it and unpublish it instead.`;
    }
    const hub = this.db.prepare('SELECT hub_url FROM newsroom WHERE id = 1').pluck().get() as string | undefined;
    if (hub) {
      return `This folder is on the newsroom's shared desk, and the desk's hub (${hub}) keeps the newsroom's record of ${named(row.headline, false)}: deleting it here would be undone by the next pull. It stays in the trash.`;
    }
    return null;
  }

  private draftText(rowid: number): string {
    return this.db.prepare('SELECT draft FROM articles WHERE rowid = ?').pluck().get(rowid) as string;
  }

  /** What "Delete forever" would take, or why it is refused; changes nothing. */
  plan(id: string): ErasePlan {
    try {
      const row = this.read(id);
      const refusal = this.refusal(row);
      const photos = refusal ? 0 : photosOnlyUsedBy(this.db, id, this.draftText(row.rowid)).length;
      return { id: row.id, headline: row.headline, versions: row.versions, photos, refusal };
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw explainStorageError(error, this.where);
    }
  }

  /** Deletes the article, its draft and every version, its search and outbox rows; all or nothing. */
  erase(id: string): Erased {
    let erased: Erased;
    try {
      erased = writeTransaction(this.db, () => {
        const row = this.read(id);
        const refused = this.refusal(row);
        if (refused) throw new ApiError('conflict', refused);
        const photos = photosOnlyUsedBy(this.db, id, this.draftText(row.rowid));
        this.db.prepare('INSERT INTO erasing (article_id) VALUES (?)').run(id);
        this.db.prepare('DELETE FROM versions WHERE article_id = ?').run(id);
        this.db.prepare('DELETE FROM version_uids WHERE article_id = ?').run(id);
        this.db.prepare('DELETE FROM outbox WHERE article_id = ?').run(id);
        this.db.prepare('DELETE FROM articles_fts WHERE rowid = ?').run(row.rowid);
        this.db.prepare('DELETE FROM articles WHERE rowid = ?').run(row.rowid);
        this.db.prepare('DELETE FROM photo_uses WHERE article_id = ?').run(id);
        // Last, once nothing of the article names them: the trigger checks every one again.
        const drop = this.db.prepare('DELETE FROM photos WHERE hash = ?');
        for (const hash of photos) drop.run(hash);
        this.db.prepare('DELETE FROM erasing WHERE article_id = ?').run(id);
        return { erased: true as const, versions: row.versions, photos: photos.length };
      });
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw explainStorageError(error, this.where);
    }
    this.onErased(id);
    return erased;
  }
}
