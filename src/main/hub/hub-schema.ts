/**
 * The hub's schema in PostgreSQL, one step per version (recorded in hub_meta.schema_version).
 * A step is never edited once shipped. `copydesk hub init` applies what is missing and refuses a
 * database written by a newer Copydesk.
 */
import type { PoolClient } from 'pg';

export interface HubMigration {
  version: number;
  describe: string;
  sql: string;
}

export const HUB_MIGRATIONS: HubMigration[] = [
  {
    version: 1,
    describe: 'people, sessions, stories, versions, locks and the audit log',
    sql: `
      CREATE TABLE users (
        id serial PRIMARY KEY,
        name text NOT NULL UNIQUE,
        role text NOT NULL CHECK (role IN ('reporter', 'editor', 'chief')),
        created_at timestamptz NOT NULL DEFAULT now(),
        disabled_at timestamptz,
        -- A one-time sign-in code, scrypt-hashed; cleared when used.
        code_hash text,
        code_expires_at timestamptz
      );
      CREATE TABLE sessions (
        id text PRIMARY KEY,
        user_id integer NOT NULL REFERENCES users(id),
        secret_hash text NOT NULL,
        device text,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      );
      CREATE TABLE signin_failures (name text NOT NULL, address text NOT NULL, at timestamptz NOT NULL DEFAULT now());
      CREATE INDEX signin_failures_name ON signin_failures (name, at);
      CREATE INDEX signin_failures_address ON signin_failures (address, at);

      -- One number per change, in commit order (writers take one advisory lock): the change feed.
      CREATE SEQUENCE change_seq;

      CREATE TABLE articles (
        id text PRIMARY KEY,
        revision bigint NOT NULL,
        draft text NOT NULL,
        created_at timestamptz NOT NULL,
        edited_at timestamptz NOT NULL,
        edited_by text NOT NULL,
        -- The session that wrote the current draft: that laptop may build on it even when the
        -- answer to its last push was lost (a kill, a cut link) and it still names the older revision.
        edited_session text,
        created_by text NOT NULL,
        assigned_to text,
        trashed_at timestamptz,
        seq bigint NOT NULL
      );
      CREATE INDEX articles_seq ON articles (seq);

      CREATE TABLE versions (
        uid text PRIMARY KEY,
        article_id text NOT NULL REFERENCES articles(id),
        seq bigint NOT NULL,
        created_at timestamptz NOT NULL,
        author_name text NOT NULL,
        author_email text NOT NULL,
        pushed_by text NOT NULL,
        kind text NOT NULL,
        label text,
        word_count integer NOT NULL,
        words_added integer NOT NULL,
        words_removed integer NOT NULL,
        status text NOT NULL,
        content text NOT NULL
      );
      CREATE INDEX versions_seq ON versions (seq);
      CREATE INDEX versions_article ON versions (article_id, seq);
      CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$;
      CREATE TRIGGER versions_append_only BEFORE UPDATE OR DELETE ON versions FOR EACH ROW EXECUTE FUNCTION refuse_change();

      CREATE TABLE locks (
        article_id text PRIMARY KEY REFERENCES articles(id),
        holder text NOT NULL,
        session_id text NOT NULL,
        since timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      );

      CREATE TABLE audit (
        seq bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        action text NOT NULL,
        article_id text,
        detail text NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL
      );
      CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION refuse_change();
      CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit EXECUTE FUNCTION refuse_change();
      REVOKE UPDATE, DELETE, TRUNCATE ON audit FROM PUBLIC;
    `,
  },
  {
    version: 2,
    describe: 'photos, stored once each by the SHA-256 of their bytes',
    sql: `
      CREATE TABLE photos (
        hash text PRIMARY KEY CHECK (hash ~ '^[0-9a-f]{64}$'),
        mime text NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'image/webp', 'image/gif')),
        width integer NOT NULL CHECK (width BETWEEN 1 AND 20000),
        height integer NOT NULL CHECK (height BETWEEN 1 AND 20000),
        bytes bytea NOT NULL,
        added_by text NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now()
      );
      -- Photos are already compressed: storing them out of line uncompressed spares the hub a
      -- compression attempt on every upload that would win nothing.
      ALTER TABLE photos ALTER COLUMN bytes SET STORAGE EXTERNAL;
      -- A photo is named by its bytes and versions that name it are append-only: it never changes
      -- and never goes while a version may show it.
      CREATE TRIGGER photos_append_only BEFORE UPDATE OR DELETE ON photos FOR EACH ROW EXECUTE FUNCTION refuse_change();
    `,
  },
];

export const HUB_SCHEMA_VERSION = HUB_MIGRATIONS[HUB_MIGRATIONS.length - 1]!.version;

export async function hubSchemaVersion(client: PoolClient): Promise<number> {
  const exists = await client.query(`SELECT to_regclass('hub_meta') AS t`);
  if (!exists.rows[0].t) return 0;
  const row = await client.query(`SELECT value FROM hub_meta WHERE key = 'schema_version'`);
  return row.rows[0] ? Number(row.rows[0].value) : 0;
}
