import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { openStore } from '.';
import { DATABASE_FILE } from './database';
import { writeTransaction } from './write-transaction';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('write transactions', () => {
  it('hold the write lock from BEGIN, before their first write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-write-'));
    dirs.push(dir);
    const store = openStore(dir);
    const other = new Database(join(dir, DATABASE_FILE), { timeout: 0 });
    try {
      writeTransaction(store.db, () => {
        // Only a read so far: a deferred transaction would not hold the lock yet.
        store.db.prepare('SELECT count(*) FROM articles').get();
        expect(() => other.exec('BEGIN IMMEDIATE')).toThrow(/database is locked/);
      });
      other.exec('BEGIN IMMEDIATE');
      other.exec('ROLLBACK');
    } finally {
      other.close();
      store.close();
    }
  });

  it('are the only way main opens a transaction on the store', () => {
    const root = join(import.meta.dirname, '..');
    const files = (function walk(dir: string): string[] {
      return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
      });
    })(root);
    const home = new Set(['store/write-transaction.ts', 'store/migrate.ts']);
    // The hub's transactions are PostgreSQL's (hub/hub-db.ts), not the SQLite store's.
    const offenders = files.filter(
      (file) =>
        !home.has(relative(root, file)) &&
        !relative(root, file).startsWith('hub/') &&
        /\bdb\.transaction\(|BEGIN(\s+DEFERRED)?\s*['";]/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });
});
