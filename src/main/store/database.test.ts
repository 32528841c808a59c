import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATABASE_FILE, migrate, openDatabase, userVersion } from './database';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { openStore } from '.';
import { newContent } from '../../shared/article/content';
import { blocksToBody } from '../../shared/article/blocks';
import { StoreError } from './store-error';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-db-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const body = (text: string) => blocksToBody([{ id: 'p1', type: 'paragraph', runs: [{ text, format: 0 }] }]);

describe('opening the store', () => {
  it('creates an empty store at the newest schema with the durable pragmas', () => {
    const db = openDatabase(tempDir());
    expect(userVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('migrates a store from every earlier schema, keeping its articles', () => {
    for (let from = 1; from < SCHEMA_VERSION; from++) {
      const dir = tempDir();
      const raw = new Database(join(dir, DATABASE_FILE));
      migrate(raw, from);
      expect(userVersion(raw)).toBe(from);
      const content = newContent({ headline: `Made at schema ${from}`, body: body('Flood waters receded overnight.') });
      raw
        .prepare('INSERT INTO articles (id, created_at, edited_at, headline, draft) VALUES (?, ?, ?, ?, ?)')
        .run('oldarticle1', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', content.headline, JSON.stringify(content));
      // From schema 2 on, the Copydesk of the day indexed its own articles.
      if (from >= 2)
        raw
          .prepare('INSERT INTO articles_fts(rowid, headline, deck, body) SELECT rowid, headline, ?, ? FROM articles')
          .run('', 'Flood waters receded overnight.');
      raw.close();

      const store = openStore(dir);
      expect(userVersion(store.db)).toBe(SCHEMA_VERSION);
      expect(store.articles.get('oldarticle1').headline).toBe(`Made at schema ${from}`);
      // Full-text search covers what the old store held.
      expect(store.articles.list({ query: 'receded' }).map((a) => a.id)).toEqual(['oldarticle1']);
      store.close();
    }
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('refuses a store written by a newer Copydesk, in plain words', () => {
    const dir = tempDir();
    const raw = new Database(join(dir, DATABASE_FILE));
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    expect(() => openDatabase(dir)).toThrow(/newer Copydesk/);
  });

  it('names the path and the reason when the data dir cannot be used', () => {
    const dir = tempDir();
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    expect(() => openDatabase(join(file, 'data'))).toThrow(StoreError);
    expect(() => openDatabase(join(file, 'data'))).toThrow(/not-a-folder/);
  });

  it('refuses a damaged file instead of writing to it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, DATABASE_FILE), Buffer.alloc(8192, 7));
    expect(() => openDatabase(dir)).toThrow(/damaged|not a database/i);
  });

  it('says so when the data dir is read-only', () => {
    if (process.getuid?.() === 0) return; // root writes anywhere; the fault tests cover this with a read-only mount
    const dir = tempDir();
    chmodSync(dir, 0o500);
    expect(() => openDatabase(join(dir, 'inner'))).toThrow(/read-only|cannot write/i);
  });

  it('keeps versions append-only at the database level', () => {
    const store = openStore(tempDir());
    const article = store.articles.create({ headline: 'Bridge reopens' }, '2025-03-01T10:00:00Z');
    store.versions.append(article.id, newContent({ headline: 'Bridge reopens' }), {
      kind: 'checkpoint',
      author: { name: 'A', email: '' },
      createdAt: '2025-03-01T10:00:00Z',
    });
    expect(() => store.db.prepare('UPDATE versions SET label = ?').run('x')).toThrow(/append-only/);
    expect(() => store.db.prepare('DELETE FROM versions').run()).toThrow(/append-only/);
    store.close();
  });
});
