import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '.';
import { FolderInUseError, LOCK_FILE, describeHolder, folderHolder, holdsFolderHere, lockDataFolder } from './folder-lock';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the data folder lock', () => {
  it('names its holder to anyone who asks, and frees the folder on release', () => {
    const dir = tempDir();
    const lock = lockDataFolder(dir, 'copydesk serve on port 5199', { now: new Date() });
    expect(holdsFolderHere(dir)).toBe(true);
    // Read through a second connection, as another process reads it.
    expect(folderHolder(dir)).toMatchObject({ pid: process.pid, program: 'copydesk serve on port 5199' });
    expect(() => lockDataFolder(dir, 'the desktop app')).toThrow(FolderInUseError);
    expect(() => lockDataFolder(dir, 'the desktop app')).toThrow(
      /^This data folder is open in copydesk serve on port 5199 \(pid \d+, since \d\d:\d\d\)\. Close it first, or choose another folder with --data\.$/,
    );
    lock.release();
    expect(holdsFolderHere(dir)).toBe(false);
    expect(folderHolder(dir)).toBeNull();
    const again = lockDataFolder(dir, 'the desktop app');
    expect(folderHolder(dir)).toMatchObject({ program: 'the desktop app' });
    again.release();
  });

  it('says when a holder started on another day, and on another computer', () => {
    const holder = { pid: 42, host: 'night-desk-pc', program: 'the desktop app', since: '2026-03-02T14:05:00' };
    expect(describeHolder(holder)).toBe('the desktop app (pid 42 on night-desk-pc, since 2026-03-02 14:05)');
    expect(describeHolder(null)).toBe('another Copydesk');
  });

  it('refuses, in plain words, a lock file that is not one', () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE), 'pid=1234\n'.repeat(20));
    expect(() => lockDataFolder(dir, 'copydesk serve')).toThrow(
      `${join(dir, LOCK_FILE)} is not a Copydesk lock file. If no Copydesk has ${dir} open, delete ${join(dir, LOCK_FILE)} and try again.`,
    );
  });

  it('keeps short commands off a folder held from another computer, and lets them share it on this one', () => {
    const dir = tempDir();
    openStore(dir).close();
    const local = lockDataFolder(dir, 'copydesk serve on port 5199');
    const store = openStore(dir); // a copydesk import while serve runs here: allowed
    store.articles.create({ headline: 'Shared desk' }, '2026-03-02T14:05:00Z');
    store.close();
    local.release();

    // A holder on another computer, as its lock file shows through a network share.
    const remote = new Database(join(dir, LOCK_FILE));
    remote.exec("DELETE FROM holder; INSERT INTO holder VALUES ('t', 4242, 'night-desk-pc', 'the desktop app', '2026-03-02T14:05:00')");
    remote.exec('BEGIN IMMEDIATE');
    try {
      expect(() => openStore(dir)).toThrow(
        /^This data folder is open in the desktop app \(pid 4242 on night-desk-pc, since 2026-03-02 14:05\)\. Copydesk shares a store only between programs on one computer: run this there, or close it there first\.$/,
      );
    } finally {
      remote.close();
    }
    openStore(dir).close();
  });
});
