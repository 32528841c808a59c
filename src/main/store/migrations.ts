/**
 * The store's schema, one step per version, applied by PRAGMA user_version. A step is never
 * edited once shipped: later changes are new steps, so a store from any earlier Copydesk
 * upgrades the same way. Tests open a store at every earlier version and migrate it.
 */
import type { Database } from 'better-sqlite3';
import { bodyPlainText } from '../../shared/article/content';
import { isSerializedBody } from '../../shared/article/body';
import { SEARCH_TOKENIZER } from './search';

export interface Migration {
  version: number;
  describe: string;
  up(db: Database): void;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    describe: 'articles with their working draft',
    up(db) {
      db.exec(`
        CREATE TABLE articles (
          rowid INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          created_at TEXT NOT NULL,
          edited_at TEXT NOT NULL,
          trashed_at TEXT,
          revision INTEGER NOT NULL DEFAULT 0,
          headline TEXT NOT NULL DEFAULT '',
          status TEXT NOT NULL DEFAULT 'draft',
          bylines TEXT NOT NULL DEFAULT '[]',
          word_count INTEGER NOT NULL DEFAULT 0,
          draft TEXT NOT NULL
        );
        CREATE INDEX articles_edited ON articles(edited_at);
      `);
    },
  },
  {
    version: 2,
    describe: 'full-text search over headline, deck and body',
    up(db) {
      db.exec(`
        CREATE VIRTUAL TABLE articles_fts USING fts5(headline, deck, body, tokenize = 'unicode61 remove_diacritics 2');
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      `);
      // Index what earlier stores already hold.
      const rows = db.prepare('SELECT rowid, draft FROM articles').all() as { rowid: number; draft: string }[];
      const insert = db.prepare('INSERT INTO articles_fts(rowid, headline, deck, body) VALUES (?, ?, ?, ?)');
      for (const row of rows) {
        const draft = JSON.parse(row.draft) as { headline?: string; deck?: string; body?: unknown };
        const body = isSerializedBody(draft.body) ? bodyPlainText({ body: draft.body }) : '';
        insert.run(row.rowid, draft.headline ?? '', draft.deck ?? '', body);
      }
    },
  },
  {
    version: 3,
    describe: 'append-only versions stored as keyframes and deltas',
    up(db) {
      db.exec(`
        CREATE TABLE versions (
          article_id TEXT NOT NULL REFERENCES articles(id),
          number INTEGER NOT NULL,
          created_at TEXT NOT NULL,
          author_name TEXT NOT NULL,
          author_email TEXT NOT NULL,
          kind TEXT NOT NULL,
          label TEXT,
          word_count INTEGER NOT NULL,
          words_added INTEGER NOT NULL,
          words_removed INTEGER NOT NULL,
          status TEXT NOT NULL,
          -- 'key': payload is the whole article, deflated; 'delta': edits against version base.
          encoding TEXT NOT NULL CHECK (encoding IN ('key', 'delta')),
          base INTEGER,
          payload BLOB NOT NULL,
          sha256 TEXT NOT NULL,
          PRIMARY KEY (article_id, number)
        ) WITHOUT ROWID;
        -- Versions are history: the store refuses to rewrite or drop them.
        CREATE TRIGGER versions_no_update BEFORE UPDATE ON versions
          BEGIN SELECT RAISE(ABORT, 'versions are append-only'); END;
        CREATE TRIGGER versions_no_delete BEFORE DELETE ON versions
          BEGIN SELECT RAISE(ABORT, 'versions are append-only'); END;
        ALTER TABLE articles ADD COLUMN versioned_revision INTEGER NOT NULL DEFAULT -1;
      `);
    },
  },
  {
    version: 4,
    describe: 'when the first edit since the last version was made (for automatic versions)',
    up(db) {
      db.exec(`ALTER TABLE articles ADD COLUMN dirty_since TEXT`);
    },
  },
  {
    version: 5,
    describe: 'drafts re-indexed for search when searched, not on every autosave',
    up(db) {
      db.exec(`
        ALTER TABLE articles ADD COLUMN fts_stale INTEGER NOT NULL DEFAULT 0;
        -- Finding the few stale drafts must not scan the whole desk on every search.
        CREATE INDEX articles_fts_stale ON articles(fts_stale) WHERE fts_stale = 1;
      `);
    },
  },
  // ── migration 6 (sync tables) lands here at merge; this placeholder keeps the numbering whole
  // until then and is replaced by it. Migration 7 below does not depend on what 6 creates. ──
  {
    version: 6,
    describe: 'placeholder for the sync tables (replaced at merge)',
    up() {},
  },
  {
    version: 7,
    describe: 'search: bylines searched, words stemmed (budgets finds budget), accents folded',
    up(db) {
      // The index is rebuilt, not migrated: every article is marked stale and re-indexed, with
      // its bylines, by the next search (refreshSearchIndex), so opening the store stays quick.
      db.exec(`
        DROP TABLE IF EXISTS articles_fts;
        CREATE VIRTUAL TABLE articles_fts USING fts5(headline, deck, bylines, body, tokenize = '${SEARCH_TOKENIZER}');
        UPDATE articles SET fts_stale = 1;
      `);
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
