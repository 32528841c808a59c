/**
 * Files that are not this Copydesk's store: a foreign SQLite file with a table named `articles`,
 * a Copydesk store with a trigger or column missing, a store from a newer Copydesk, a damaged
 * one. A restore must refuse them before replacing anything, and opening a data folder holding
 * one must refuse it without writing a byte to it (not even switching it to WAL).
 */
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/main/store';
import { DATABASE_FILE, migrate } from '../../src/main/store/database';
import { SCHEMA_VERSION } from '../../src/main/store/migrations';
import { expectedSchema } from '../../src/main/store/schema-check';
import { backupProblems, restoreBackup } from '../../src/main/store/backups';
import { runCli } from '../../src/cli/main';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const fn of cleanups.splice(0).reverse()) fn();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-foreign-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Every file in a folder with its hash: "nothing changed" means this is equal before and after. */
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((n) => !n.endsWith('-shm') && !n.endsWith('-wal'))
      .map((n) => [n, existsSync(join(dir, n)) ? sha(join(dir, n)) : null]),
  );

/** A SQLite file made by hand (rollback journal, as most SQLite files are). */
function sqliteFile(path: string, build: (db: Database.Database) => void): string {
  const db = new Database(path);
  build(db);
  db.close();
  return path;
}

/** A real Copydesk store, then changed by fn as a foreign program might. */
function copydeskFileWith(path: string, fn: (db: Database.Database) => void): string {
  return sqliteFile(path, (db) => {
    migrate(db);
    fn(db);
  });
}

const CASES: [string, (path: string) => string, RegExp][] = [
  [
    'a foreign file with a table named articles',
    (path) =>
      sqliteFile(path, (db) =>
        db.exec("CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO articles (title) VALUES ('Quarterly report')"),
      ),
    /it is not a Copydesk store \(it holds the table articles but no Copydesk schema version\)/,
  ],
  [
    'a foreign file claiming a Copydesk schema version',
    (path) =>
      sqliteFile(path, (db) =>
        db.exec(`CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT); PRAGMA user_version = ${SCHEMA_VERSION}`),
      ),
    new RegExp(
      `it is not a Copydesk store of schema ${SCHEMA_VERSION}: it lacks the index articles_edited, the table articles_fts, .*; the table articles is not as Copydesk makes it`,
    ),
  ],
  [
    'a Copydesk store whose versions lost their append-only trigger',
    (path) => copydeskFileWith(path, (db) => db.exec('DROP TRIGGER versions_no_delete')),
    new RegExp(`it is not a Copydesk store of schema ${SCHEMA_VERSION}: it lacks the trigger versions_no_delete`),
  ],
  [
    'a Copydesk store with a trigger Copydesk never makes',
    (path) =>
      copydeskFileWith(path, (db) =>
        db.exec('CREATE TABLE spill (x); CREATE TRIGGER copy_out AFTER UPDATE ON articles BEGIN INSERT INTO spill VALUES (new.draft); END'),
      ),
    /it holds the trigger copy_out that Copydesk never makes/,
  ],
  [
    'a Copydesk store whose articles lost a column',
    (path) => copydeskFileWith(path, (db) => db.exec('DROP INDEX articles_fts_stale; ALTER TABLE articles DROP COLUMN fts_stale')),
    /the table articles is not as Copydesk makes it/,
  ],
  [
    'a store from a newer Copydesk',
    (path) => copydeskFileWith(path, (db) => db.pragma(`user_version = ${SCHEMA_VERSION + 1}`)),
    new RegExp(`written by a newer Copydesk \\(schema ${SCHEMA_VERSION + 1}; this one knows ${SCHEMA_VERSION}\\)`),
  ],
  ['an empty SQLite file', (path) => sqliteFile(path, () => {}), /it is an empty database, not a Copydesk store/],
];

describe('restore checks the whole schema before replacing anything', () => {
  for (const [name, make, reason] of CASES) {
    it(`refuses ${name}, leaving the current store as it was`, async () => {
      const dir = tempDir();
      const store = openStore(dir);
      store.articles.create({ headline: 'Tram line extended' }, '2026-05-01T09:00:00Z');
      store.close();
      const before = snapshot(dir);
      const backup = make(join(tempDir(), 'incoming.sqlite'));
      const backupBytes = sha(backup);

      const problems = backupProblems(backup);
      expect(problems.join('; ')).toMatch(reason);
      await expect(restoreBackup(dir, backup)).rejects.toThrow(
        /^The backup .+incoming\.sqlite cannot be restored: .+\. Choose another backup; the current store was not changed\.$/,
      );
      // And from the command line, in the same words.
      const lines: string[] = [];
      const cli = runCli(['backup', '--restore', backup, '--data', dir], (l) => lines.push(l));
      await expect(cli).rejects.toThrow(reason);

      expect(snapshot(dir)).toEqual(before);
      expect(sha(backup)).toBe(backupBytes);
      const after = openStore(dir);
      expect(after.articles.list({}).map((a) => a.headline)).toEqual(['Tram line extended']);
      after.close();
    });
  }

  it('still restores a backup from an earlier schema (and migrates it)', async () => {
    const dir = tempDir();
    openStore(dir).close();
    const old = sqliteFile(join(tempDir(), 'old.sqlite'), (db) => {
      migrate(db, 3);
      db.prepare(
        "INSERT INTO articles (id, created_at, edited_at, headline, draft) VALUES ('oldstory001', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', 'Old story', ?)",
      ).run(JSON.stringify({ headline: 'Old story' }));
    });
    expect(backupProblems(old)).toEqual([]);
  });

  it('derives the expected schema from the migrations themselves', () => {
    const dir = tempDir();
    const store = openStore(dir);
    const made = store.db.prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite%' ORDER BY name").all();
    store.close();
    expect(expectedSchema(SCHEMA_VERSION).map(({ type, name }) => ({ type, name }))).toEqual(made);
    expect(made).toEqual(
      expect.arrayContaining([
        { type: 'trigger', name: 'versions_no_update' },
        { type: 'table', name: 'versions' },
      ]),
    );
  });
});

describe('opening a data folder probes its store read-only first', () => {
  for (const [name, make, reason] of CASES.filter(([name]) => name !== 'an empty SQLite file')) {
    it(`refuses ${name} without changing a byte of it`, () => {
      const dir = tempDir();
      const file = make(join(dir, DATABASE_FILE));
      const before = readFileSync(file);
      expect(before[18]).toBe(1); // rollback journal: switching it to WAL would rewrite bytes 18 and 19
      expect(() => openStore(dir)).toThrow(reason);
      expect(readFileSync(file).equals(before)).toBe(true);
    });
  }

  it('says in one sentence what the file is and that it was left alone', () => {
    const dir = tempDir();
    const file = CASES[0]![1](join(dir, DATABASE_FILE));
    expect(() => openStore(dir)).toThrow(
      `${file} cannot be opened: it is not a Copydesk store (it holds the table articles but no Copydesk schema version). It is left exactly as it is; choose another data folder with --data.`,
    );
  });

  it('refuses a damaged file whose header still reads, without changing a byte of it', () => {
    const dir = tempDir();
    const file = copydeskFileWith(join(dir, DATABASE_FILE), (db) => {
      const insert = db.prepare(
        "INSERT INTO articles (id, created_at, edited_at, headline, draft) VALUES (?, '2026-01-01', '2026-01-01', ?, '{}')",
      );
      for (let n = 0; n < 300; n++) insert.run(`story${n}`, `Headline number ${n} `.repeat(20));
    });
    // Garbage over a page in the middle of the file: the header and the schema still read.
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 6);
    closeSync(fd);
    const before = readFileSync(file);
    expect(() => openStore(dir)).toThrow(/is damaged/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
