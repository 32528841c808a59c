/**
 * Append-only history. A version is inserted in one transaction and never changed (triggers in
 * the schema refuse UPDATE and DELETE). To keep history growing with edits rather than copies,
 * each version is stored as an edit script against the previous one, with a whole deflated copy
 * (a keyframe) every KEYFRAME_EVERY versions so no read replays more than that many scripts.
 * Every stored version carries the SHA-256 of its text, checked on read.
 */
import { createHash } from 'node:crypto';
import type { Db } from './database';
import { writeTransaction } from './write-transaction';
import { canonicalJson, parseContent } from './article-store';
import { applyEditScript, editScript, pack, unpackScript, unpackText } from './delta';
import { explainStorageError, StoreError } from './store-error';
import type { ArticleContent, ArticleStatus } from '../../shared/article/article';
import { bodyWordCount } from '../../shared/article/content';
import { bodyToBlocks } from '../../shared/article/blocks';
import { ApiError } from '../../shared/api/errors';
import { type MediaCounts, type VersionAuthor, type VersionKind, type VersionSummary } from '../../shared/article/version';
import { photoHashesOf } from '../../shared/article/media';
import { notePhotoUses } from './photo-uses';
import { mediaChanges, wordChanges } from '../../shared/text/word-changes';

export const KEYFRAME_EVERY = 32;

const MEDIA_COLUMNS = 'photos_added, photos_removed, photos_replaced, photo_fields_changed, embeds_added, embeds_removed';

interface VersionRow {
  number: number;
  created_at: string;
  author_name: string;
  author_email: string;
  kind: VersionKind;
  label: string | null;
  word_count: number;
  words_added: number;
  words_removed: number;
  photos_added: number;
  photos_removed: number;
  photos_replaced: number;
  photo_fields_changed: number;
  embeds_added: number;
  embeds_removed: number;
  status: ArticleStatus;
  encoding: 'key' | 'delta';
  base: number | null;
  payload: Buffer;
  sha256: string;
}

export interface NewVersion {
  kind: VersionKind;
  label?: string | null;
  author: VersionAuthor;
  createdAt: string;
  /** Words added and removed as its author's store counted them (versions pulled from the hub). */
  counts?: { added: number; removed: number; words: number };
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function summary(row: Omit<VersionRow, 'payload' | 'encoding' | 'base' | 'sha256'>): VersionSummary {
  return {
    number: row.number,
    createdAt: row.created_at,
    author: { name: row.author_name, email: row.author_email },
    kind: row.kind,
    label: row.label,
    wordCount: row.word_count,
    wordsAdded: row.words_added,
    wordsRemoved: row.words_removed,
    media: {
      photosAdded: row.photos_added,
      photosRemoved: row.photos_removed,
      photosReplaced: row.photos_replaced,
      photoFieldsChanged: row.photo_fields_changed,
      embedsAdded: row.embeds_added,
      embedsRemoved: row.embeds_removed,
    },
    status: row.status,
    published: row.kind === 'published' || row.kind === 'update',
  };
}

export class VersionStore {
  /** The last text rebuilt per article: consecutive reads and appends reuse it. */
  private readonly recent = new Map<string, { number: number; text: string }>();

  constructor(
    private readonly db: Db,
    private readonly where: string,
  ) {}

  /** Appends a version. Run inside the caller's transaction when it goes with other writes. */
  append(articleId: string, content: ArticleContent, meta: NewVersion): VersionSummary {
    try {
      return writeTransaction(this.db, () => {
        const text = canonicalJson(content);
        const last = this.db.prepare('SELECT number FROM versions WHERE article_id = ? ORDER BY number DESC LIMIT 1').get(articleId) as
          { number: number } | undefined;
        const number = (last?.number ?? 0) + 1;
        let encoding: 'key' | 'delta' = 'key';
        let base: number | null = null;
        let payload = pack(text);
        const words = meta.counts?.words ?? bodyWordCount(content);
        let added = meta.counts?.added ?? words;
        let removed = meta.counts?.removed ?? 0;
        // Photos of a first version are "added" like its words. Pulled versions carry the desk's
        // word counts, but the desk does not count photos: those are counted here.
        const blocks = bodyToBlocks(content.body);
        let media: MediaCounts = meta.counts ? mediaChanges([], blocks, content.language) : wordChanges([], blocks, content.language).media;
        if (last) {
          const previousText = this.readText(articleId, last.number);
          const previousBlocks = bodyToBlocks((JSON.parse(previousText) as ArticleContent).body);
          if (meta.counts) {
            added = meta.counts.added;
            removed = meta.counts.removed;
            media = mediaChanges(previousBlocks, blocks, content.language);
          } else {
            const changes = wordChanges(previousBlocks, blocks, content.language);
            added = changes.added;
            removed = changes.removed;
            media = changes.media;
          }
          if ((number - 1) % KEYFRAME_EVERY !== 0) {
            const delta = pack(editScript(previousText, text));
            // A script bigger than half a keyframe saves nothing worth the replay.
            if (delta.length < payload.length / 2) {
              encoding = 'delta';
              base = last.number;
              payload = delta;
            }
          }
        }
        this.db
          .prepare(
            `INSERT INTO versions (article_id, number, created_at, author_name, author_email, kind, label, word_count,
               words_added, words_removed, photos_added, photos_removed, photos_replaced, photo_fields_changed,
               embeds_added, embeds_removed, status, encoding, base, payload, sha256)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            articleId,
            number,
            meta.createdAt,
            meta.author.name,
            meta.author.email,
            meta.kind,
            meta.label ?? null,
            words,
            added,
            removed,
            media.photosAdded,
            media.photosRemoved,
            media.photosReplaced,
            media.photoFieldsChanged,
            media.embedsAdded,
            media.embedsRemoved,
            content.status,
            encoding,
            base,
            payload,
            sha256(text),
          );
        notePhotoUses(this.db, articleId, photoHashesOf(blocks));
        this.recent.set(articleId, { number, text });
        return summary({
          number,
          created_at: meta.createdAt,
          author_name: meta.author.name,
          author_email: meta.author.email,
          kind: meta.kind,
          label: meta.label ?? null,
          word_count: words,
          words_added: added,
          words_removed: removed,
          photos_added: media.photosAdded,
          photos_removed: media.photosRemoved,
          photos_replaced: media.photosReplaced,
          photo_fields_changed: media.photoFieldsChanged,
          embeds_added: media.embedsAdded,
          embeds_removed: media.embedsRemoved,
          status: content.status,
        });
      });
    } catch (error) {
      this.recent.delete(articleId);
      if (error instanceof ApiError) throw error;
      throw explainStorageError(error, this.where);
    }
  }

  /** Drops the article's rebuilt text, once its versions are gone ("Delete forever"). */
  forget(articleId: string): void {
    this.recent.delete(articleId);
  }

  list(articleId: string): VersionSummary[] {
    const rows = this.db
      .prepare(
        `SELECT number, created_at, author_name, author_email, kind, label, word_count, words_added, words_removed, ${MEDIA_COLUMNS}, status
         FROM versions WHERE article_id = ? ORDER BY number DESC`,
      )
      .all(articleId) as VersionRow[];
    return rows.map(summary);
  }

  /** One version's record, without listing the rest. */
  summary(articleId: string, number: number): VersionSummary | undefined {
    const row = this.db
      .prepare(
        `SELECT number, created_at, author_name, author_email, kind, label, word_count, words_added, words_removed, ${MEDIA_COLUMNS}, status
         FROM versions WHERE article_id = ? AND number = ?`,
      )
      .get(articleId, number) as VersionRow | undefined;
    return row ? summary(row) : undefined;
  }

  latest(articleId: string): VersionSummary | undefined {
    return this.list(articleId)[0];
  }

  /** The newest version made by publishing, if any. */
  latestPublished(articleId: string): VersionSummary | undefined {
    const row = this.db
      .prepare(
        `SELECT number, created_at, author_name, author_email, kind, label, word_count, words_added, words_removed, ${MEDIA_COLUMNS}, status
         FROM versions WHERE article_id = ? AND kind IN ('published', 'update') ORDER BY number DESC LIMIT 1`,
      )
      .get(articleId) as VersionRow | undefined;
    return row ? summary(row) : undefined;
  }

  read(articleId: string, number: number): ArticleContent {
    return parseContent(this.readText(articleId, number), `Version ${number} of article ${articleId}`);
  }

  /** Rebuilds a version's exact bytes: from the nearest keyframe forward through its scripts. */
  readText(articleId: string, number: number): string {
    let cached = this.recent.get(articleId);
    // The cache may hold a version written in a transaction that was rolled back: trust it only
    // when the stored checksum of that number still matches.
    if (cached) {
      const stored = this.db
        .prepare('SELECT sha256 FROM versions WHERE article_id = ? AND number = ?')
        .pluck()
        .get(articleId, cached.number);
      if (stored !== sha256(cached.text)) {
        this.recent.delete(articleId);
        cached = undefined;
      }
    }
    if (cached?.number === number) return cached.text;
    const chain: VersionRow[] = [];
    let at: number | null = number;
    const get = this.db.prepare('SELECT number, encoding, base, payload, sha256 FROM versions WHERE article_id = ? AND number = ?');
    while (at !== null) {
      if (cached && cached.number === at) break;
      const row = get.get(articleId, at) as VersionRow | undefined;
      if (!row) {
        if (at === number) throw new ApiError('not-found', `Article ${articleId} has no version ${number}.`);
        throw new StoreError(
          `Version ${at} of article ${articleId}, which version ${number} is built on, is missing; the store is damaged.`,
        );
      }
      chain.push(row);
      at = row.encoding === 'key' ? null : row.base;
    }
    let text = at !== null && cached ? cached.text : '';
    for (const row of chain.reverse()) {
      text = row.encoding === 'key' ? unpackText(row.payload) : applyEditScript(text, unpackScript(row.payload));
      if (sha256(text) !== row.sha256) {
        throw new StoreError(
          `Version ${row.number} of article ${articleId} does not read back as it was saved; the store is damaged. Restore a backup.`,
        );
      }
    }
    this.recent.set(articleId, { number, text });
    return text;
  }
}
