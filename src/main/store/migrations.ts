/**
 * The store's schema, one step per version, applied by PRAGMA user_version. A step is never
 * edited once shipped: later changes are new steps, so a store from any earlier Copydesk
 * upgrades the same way. Tests open a store at every earlier version and migrate it.
 */
import type { Database } from 'better-sqlite3';
import { bodyPlainText } from '../../shared/article/content';
import { isSerializedBody } from '../../shared/article/body';
import { fillPhotoUses, RECENTLY } from './photo-uses';

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
  {
    version: 6,
    describe: 'the shared desk: the hub this folder is joined to, an outbox of changes to send, hub ids of versions',
    up(db) {
      db.exec(`
        CREATE TABLE newsroom (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          hub_url TEXT NOT NULL,
          hub_id TEXT NOT NULL,
          user_name TEXT NOT NULL,
          role TEXT NOT NULL,
          session TEXT NOT NULL,
          session_expires TEXT NOT NULL,
          joined_at TEXT NOT NULL,
          -- The change-feed position this folder has pulled up to.
          cursor INTEGER NOT NULL DEFAULT 0,
          -- Who is on the desk and in what role, as of the last pull (JSON).
          directory TEXT NOT NULL DEFAULT '[]',
          last_synced_at TEXT,
          last_error TEXT
        );
        -- The hub revision the local draft was last taken from or accepted as: a push names it.
        ALTER TABLE articles ADD COLUMN hub_revision INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE articles ADD COLUMN created_by TEXT;
        ALTER TABLE articles ADD COLUMN assigned_to TEXT;
        ALTER TABLE articles ADD COLUMN lock_holder TEXT;
        ALTER TABLE articles ADD COLUMN lock_since TEXT;
        ALTER TABLE articles ADD COLUMN lock_expires TEXT;
        -- Every local change waiting for the hub. Drafts and trash states coalesce (only the latest
        -- travels); versions are one row each. Rows leave only when the hub has taken the change.
        CREATE TABLE outbox (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          kind TEXT NOT NULL CHECK (kind IN ('draft', 'version', 'trash')),
          article_id TEXT NOT NULL,
          number INTEGER,
          queued_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
          -- The hub's reason when it refused this change for good; the change stays here, unlost.
          refused TEXT
        );
        CREATE UNIQUE INDEX outbox_coalesced ON outbox (article_id, kind) WHERE kind IN ('draft', 'trash');
        CREATE INDEX outbox_article ON outbox (article_id);
        -- A version's id on the shared desk (the hash of what it records), once known.
        CREATE TABLE version_uids (
          article_id TEXT NOT NULL,
          number INTEGER NOT NULL,
          uid TEXT NOT NULL UNIQUE,
          PRIMARY KEY (article_id, number)
        ) WITHOUT ROWID;
        -- The outbox is filled by the store itself, so no write path can forget it.
        CREATE TRIGGER outbox_new_article AFTER INSERT ON articles
          BEGIN INSERT OR IGNORE INTO outbox (kind, article_id) VALUES ('draft', NEW.id); END;
        -- A story started on this laptop is its person's (nothing, off a shared desk).
        CREATE TRIGGER newsroom_created_by AFTER INSERT ON articles WHEN NEW.created_by IS NULL
          BEGIN UPDATE articles SET created_by = (SELECT user_name FROM newsroom WHERE id = 1) WHERE rowid = NEW.rowid; END;
        CREATE TRIGGER outbox_draft AFTER UPDATE OF draft ON articles
          BEGIN INSERT OR IGNORE INTO outbox (kind, article_id) VALUES ('draft', NEW.id); END;
        CREATE TRIGGER outbox_trash AFTER UPDATE OF trashed_at ON articles
          WHEN (OLD.trashed_at IS NULL) != (NEW.trashed_at IS NULL)
          BEGIN INSERT OR IGNORE INTO outbox (kind, article_id) VALUES ('trash', NEW.id); END;
        CREATE TRIGGER outbox_version AFTER INSERT ON versions
          BEGIN INSERT INTO outbox (kind, article_id, number) VALUES ('version', NEW.article_id, NEW.number); END;
        -- What the folder already holds goes to the hub when it first joins one.
        INSERT INTO outbox (kind, article_id) SELECT 'draft', id FROM articles ORDER BY rowid;
        INSERT INTO outbox (kind, article_id, number) SELECT 'version', article_id, number FROM versions ORDER BY created_at, number;
        INSERT INTO outbox (kind, article_id) SELECT 'trash', id FROM articles WHERE trashed_at IS NOT NULL;
      `);
    },
  },
  {
    version: 7,
    // The tokenizer is written out, not imported: a shipped step never changes (search.ts keeps
    // the same words for its snippet table).
    describe: 'search: bylines searched, words stemmed (budgets finds budget), accents folded',
    up(db) {
      // The index is rebuilt, not migrated: every article is marked stale and re-indexed, with
      // its bylines, by the next search (refreshSearchIndex), so opening the store stays quick.
      db.exec(`
        DROP TABLE IF EXISTS articles_fts;
        CREATE VIRTUAL TABLE articles_fts USING fts5(headline, deck, bylines, body, tokenize = 'porter unicode61 remove_diacritics 2');
        UPDATE articles SET fts_stale = 1;
      `);
    },
  },
  {
    version: 8,
    // Photos live beside the versions, not in them: a body names a photo by the SHA-256 of its
    // bytes, so a hundred versions of an article with five photos keep five images, once each.
    describe: 'photos: image bytes stored once by SHA-256, insert-only',
    up(db) {
      db.exec(`
        CREATE TABLE photos (
          hash TEXT PRIMARY KEY CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'),
          mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'image/webp', 'image/gif')),
          width INTEGER NOT NULL CHECK (width > 0),
          height INTEGER NOT NULL CHECK (height > 0),
          size INTEGER NOT NULL CHECK (size = length(bytes)),
          bytes BLOB NOT NULL,
          added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        ); -- a rowid table: SQLite advises against WITHOUT ROWID for rows this large
        -- A photo is named by its bytes: changing them would make every body naming it lie.
        CREATE TRIGGER photos_no_update BEFORE UPDATE ON photos
          BEGIN SELECT RAISE(ABORT, 'stored photos never change'); END;
        -- Any version may name a photo, and one photo may stand in several articles: it is kept.
        CREATE TRIGGER photos_no_delete BEFORE DELETE ON photos
          BEGIN SELECT RAISE(ABORT, 'stored photos are kept: versions and other articles may name them'); END;
      `);
    },
  },
  {
    version: 9,
    // Pulled text arrives before its photos; what is still to fetch must survive a kill or a
    // closed laptop, so it is kept here, written with the text (sync/photo-traffic.ts).
    describe: 'photos wanted from the shared desk',
    up(db) {
      db.exec(`
        CREATE TABLE photo_wants (
          hash TEXT PRIMARY KEY CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'),
          article_id TEXT NOT NULL,
          wanted_since TEXT NOT NULL,
          tries INTEGER NOT NULL DEFAULT 0,
          last_error TEXT,
          given_up INTEGER NOT NULL DEFAULT 0 CHECK (given_up IN (0, 1))
        ) WITHOUT ROWID;
        -- A photo that arrives (from the desk, or added here by hand) is wanted no more.
        CREATE TRIGGER photo_wants_met AFTER INSERT ON photos
          BEGIN DELETE FROM photo_wants WHERE hash = NEW.hash; END;
      `);
    },
  },
  {
    version: 10,
    describe: '"Delete forever" from the trash: the append-only guard lifts for one trashed, never-published article at a time',
    up(db) {
      // The guard stays on for every other case. erase-article.ts is the one writer of
      // `erasing`: it adds the article's row, deletes, and removes the row in one IMMEDIATE
      // transaction, so no committed store ever holds a row here. Even with a row, a version
      // of an article outside the trash, or one that was published, cannot be deleted.
      db.exec(`
        CREATE TABLE erasing (article_id TEXT PRIMARY KEY) WITHOUT ROWID;
        DROP TRIGGER versions_no_delete;
        CREATE TRIGGER versions_no_delete BEFORE DELETE ON versions
          WHEN OLD.kind IN ('published', 'update') OR NOT EXISTS (
            SELECT 1 FROM erasing e JOIN articles a ON a.id = e.article_id
            WHERE e.article_id = OLD.article_id AND a.trashed_at IS NOT NULL
              AND json_valid(a.draft) AND json_extract(a.draft, '$.firstPublishedAt') IS NULL
          )
          BEGIN SELECT RAISE(ABORT, 'versions are append-only'); END;
      `);
    },
  },
  {
    version: 11,
    describe: 'photo and embed changes counted per version, beside the words',
    up(db) {
      // The redline's own counts, stored when a version is recorded like words_added. Versions
      // made before this step keep 0: the append-only trigger refuses the UPDATE a backfill
      // would need, and History then simply shows their words alone.
      db.exec(`
        ALTER TABLE versions ADD COLUMN photos_added INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE versions ADD COLUMN photos_removed INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE versions ADD COLUMN photos_replaced INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE versions ADD COLUMN photo_fields_changed INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE versions ADD COLUMN embeds_added INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE versions ADD COLUMN embeds_removed INTEGER NOT NULL DEFAULT 0;
      `);
    },
  },
  {
    version: 12,
    describe: 'which articles name which photos, so Delete forever takes the photos only it used',
    up(db) {
      // "Delete forever" promises the article is gone; a photo of a source that only it used must
      // go too. The trigger still refuses every delete outside an erase, and any delete of a photo
      // that a version or a draft of another article names, so a slip in code cannot lose one.
      db.exec(`
        CREATE TABLE photo_uses (
          hash TEXT NOT NULL,
          article_id TEXT NOT NULL,
          PRIMARY KEY (hash, article_id)
        ) WITHOUT ROWID;
        CREATE INDEX photo_uses_by_article ON photo_uses (article_id);
        -- A photo added (putPhoto) that no draft or version names yet: the editor adds a photo
        -- before the autosave that places it, and the same image may already be stored for
        -- another article. The mark goes once a body names it.
        CREATE TABLE photos_unplaced (
          hash TEXT PRIMARY KEY,
          added_at TEXT NOT NULL
        ) WITHOUT ROWID;
        -- Each autosave reads the marks, so marks past their day of grace go at the same time.
        CREATE TRIGGER photo_placed_in_draft AFTER UPDATE OF draft ON articles
          BEGIN DELETE FROM photos_unplaced WHERE added_at <= ${RECENTLY} OR instr(NEW.draft, hash) > 0; END;
        CREATE TRIGGER photo_placed_in_new_draft AFTER INSERT ON articles
          BEGIN DELETE FROM photos_unplaced WHERE instr(NEW.draft, hash) > 0; END;
        CREATE TRIGGER photo_placed_in_version AFTER INSERT ON photo_uses
          BEGIN DELETE FROM photos_unplaced WHERE hash = NEW.hash; END;
        DROP TRIGGER photos_no_delete;
        CREATE TRIGGER photos_no_delete BEFORE DELETE ON photos
          WHEN NOT EXISTS (SELECT 1 FROM erasing)
            OR EXISTS (SELECT 1 FROM photo_uses u WHERE u.hash = OLD.hash)
            OR EXISTS (SELECT 1 FROM articles a WHERE instr(a.draft, OLD.hash) > 0)
            OR EXISTS (SELECT 1 FROM photos_unplaced p WHERE p.hash = OLD.hash AND p.added_at > ${RECENTLY})
          BEGIN SELECT RAISE(ABORT, 'stored photos are kept while a version or a draft names them'); END;
        CREATE TRIGGER photo_deleted_unplaced AFTER DELETE ON photos
          BEGIN DELETE FROM photos_unplaced WHERE hash = OLD.hash; END;
      `);
      fillPhotoUses(db);
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
