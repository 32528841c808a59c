/**
 * Storage faults, each made for real where this machine allows it: a full disk (a tiny tmpfs,
 * and SQLite's max_page_count), a read-only data dir (a read-only mount), a locked database
 * (another connection holding BEGIN EXCLUSIVE), a damaged file (garbage over its pages) and a
 * data dir on a drive that is not there. Each must give a sentence naming what happened and
 * what to do, overwrite nothing good, and succeed on retry once the fault is gone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/main/store';
import { DATABASE_FILE } from '../../src/main/store/database';
import { DamagedStoreError, StoreError } from '../../src/main/store/store-error';
import { damagedStoreAdvice, listBackups, rotateBackups } from '../../src/main/store/backups';
import { createServices } from '../../src/main/services';
import { dispatch } from '../../src/main/api/dispatch';
import { runCli } from '../../src/cli/main';
import { blocksToBody } from '../../src/shared/article/blocks';
import type { ArticleContent } from '../../src/shared/article/article';

const ROOT = join(import.meta.dirname, '..', '..');
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const fn of cleanups.splice(0).reverse()) {
    try {
      fn();
    } catch {
      // keep cleaning
    }
  }
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-fault-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function open(dir: string, options: Parameters<typeof openStore>[1] = {}): Store {
  const store = openStore(dir, options);
  cleanups.push(() => store.close());
  return store;
}

/** Runs mount; false when this machine refuses (no privileges, no tmpfs). */
function mount(...args: string[]): boolean {
  return spawnSync('mount', args, { stdio: 'ignore' }).status === 0;
}

/** A tmpfs of the given size at a fresh dir, unmounted after the test; null when refused. */
function tmpfs(size: string): string | null {
  const dir = tempDir();
  if (!mount('-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir)) return null;
  cleanups.push(() => spawnSync('umount', ['-l', dir]));
  return dir;
}

const CAN_MOUNT = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-mount-probe-'));
  const ok = mount('-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir);
  if (ok) spawnSync('umount', [dir]);
  rmSync(dir, { recursive: true, force: true });
  return ok;
})();

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A story of about n words (text that compresses poorly, so it really takes room). */
function story(n: number, seed = 1): Partial<ArticleContent> {
  let x = seed;
  const words = Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x.toString(36);
  });
  const paragraphs: string[] = [];
  for (let i = 0; i < words.length; i += 60) paragraphs.push(words.slice(i, i + 60).join(' ') + '.');
  return {
    headline: `Harbour inquiry, take ${seed}`,
    body: blocksToBody(paragraphs.map((text, i) => ({ id: `p${i}`, type: 'paragraph' as const, runs: [{ text, format: 0 }] }))),
  };
}

/** Fills the file system holding dir until it refuses another byte. */
function fillDisk(dir: string): string {
  const filler = join(dir, 'filler.bin');
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(16 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
  } finally {
    closeSync(fd);
  }
  return filler;
}

describe('a full disk', () => {
  it.skipIf(!CAN_MOUNT)(
    'says the disk is full, keeps the last saved draft, and saves on retry once space is freed (tmpfs of 2 MB)',
    async () => {
      const disk = tmpfs('2m')!;
      const dataDir = join(disk, 'copydesk');
      const store = open(dataDir);
      const handlers = createServices(store);
      const article = store.articles.create({ headline: 'Harbour inquiry' }, '2026-03-01T09:00:00Z');
      const first = store.articles.saveDraft(article.id, story(200, 1), '2026-03-01T09:01:00Z');
      const saved = store.articles.get(article.id);

      const filler = fillDisk(disk);
      const outcome = await dispatch(handlers, 'saveDraft', { id: article.id, patch: story(20_000, 2), baseRevision: first.revision });
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.error.code).toBe('storage');
      expect(outcome.error.message).toMatch(/disk holding .* is full\. Free some space/);
      expect(outcome.error.message).toContain(dataDir);
      // Nothing good was overwritten: the acknowledged draft reads back as it was.
      expect(store.articles.get(article.id)).toEqual(saved);

      // The page keeps retrying; once space is freed the same save lands.
      rmSync(filler);
      const retried = await dispatch(handlers, 'saveDraft', { id: article.id, patch: story(20_000, 2), baseRevision: first.revision });
      expect(retried.ok).toBe(true);
      store.close();
      const reopened = open(dataDir);
      expect(reopened.articles.get(article.id).headline).toBe('Harbour inquiry, take 2');
    },
  );

  it('says the disk is full when SQLite reaches its size limit (max_page_count), and retries once there is room', () => {
    const store = open(tempDir());
    const article = store.articles.create({ headline: 'Harbour inquiry' }, '2026-03-01T09:00:00Z');
    store.articles.saveDraft(article.id, story(200, 1), '2026-03-01T09:01:00Z');
    const saved = store.articles.get(article.id);
    const pages = store.db.pragma('page_count', { simple: true }) as number;
    store.db.pragma(`max_page_count = ${pages + 2}`);
    let error: unknown;
    try {
      store.articles.saveDraft(article.id, story(20_000, 2), '2026-03-01T09:02:00Z');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).message).toMatch(/is full\. Free some space; Copydesk keeps your text on screen and will try again/);
    expect((error as StoreError).retryable).toBe(true);
    expect(store.articles.get(article.id)).toEqual(saved);
    store.db.pragma('max_page_count = 1073741823');
    expect(store.articles.saveDraft(article.id, story(20_000, 2), '2026-03-01T09:03:00Z').revision).toBe(saved.revision + 1);
  });
});

describe('a read-only data dir', () => {
  it.skipIf(!CAN_MOUNT)(
    'refuses to open for writing in plain words, changes nothing, and still lets the text be read (read-only mount)',
    () => {
      const disk = tmpfs('4m')!;
      const store = openStore(disk);
      const article = store.articles.create({ headline: 'Tram depot sold' }, '2026-03-01T09:00:00Z');
      store.articles.saveDraft(article.id, story(100, 3), '2026-03-01T09:01:00Z');
      store.close();
      const before = sha(join(disk, DATABASE_FILE));
      expect(mount('-o', 'remount,ro', disk)).toBe(true);
      cleanups.push(() => mount('-o', 'remount,rw', disk));

      expect(() => openStore(disk)).toThrow(StoreError);
      expect(() => openStore(disk)).toThrow(
        /cannot write to the data folder .*: it is read-only or not yours\. Choose another data folder or fix its permissions/,
      );
      // The text can still be read (to export it elsewhere), and the file is untouched.
      const reader = open(disk, { readonly: true });
      expect(reader.articles.get(article.id).headline).toBe('Harbour inquiry, take 3');
      reader.close();
      expect(sha(join(disk, DATABASE_FILE))).toBe(before);
    },
  );
});

describe('a locked database', () => {
  it('says another program holds it, keeps the draft, and saves on retry once the lock is gone', async () => {
    const dir = tempDir();
    const store = open(dir, { busyTimeout: 50 });
    const handlers = createServices(store);
    const article = store.articles.create({ headline: 'Levee vote' }, '2026-03-01T09:00:00Z');
    const saved = store.articles.get(article.id);

    const other = new Database(join(dir, DATABASE_FILE), { timeout: 50 });
    cleanups.push(() => other.close());
    other.exec('BEGIN EXCLUSIVE');
    const outcome = await dispatch(handlers, 'saveDraft', { id: article.id, patch: { headline: 'Levee vote delayed' }, baseRevision: 0 });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      // One retryable code for every busy form; the page's autosave retries it.
      expect(outcome.error.code).toBe('locked');
      expect(outcome.error.message).toMatch(
        /is busy: another program \(another Copydesk, or a copydesk command\) is writing to it\. Copydesk will try again/,
      );
    }
    expect(store.articles.get(article.id)).toEqual(saved);

    other.exec('COMMIT');
    const retried = await dispatch(handlers, 'saveDraft', { id: article.id, patch: { headline: 'Levee vote delayed' }, baseRevision: 0 });
    expect(retried.ok).toBe(true);
    expect(store.articles.get(article.id).headline).toBe('Levee vote delayed');
  });

  it('opening while another program holds the write lock still lets the desk read', () => {
    const dir = tempDir();
    const first = openStore(dir);
    first.articles.create({ headline: 'Levee vote' }, '2026-03-01T09:00:00Z');
    first.close();
    const other = new Database(join(dir, DATABASE_FILE), { timeout: 50 });
    cleanups.push(() => other.close());
    other.exec('BEGIN EXCLUSIVE');
    const store = open(dir, { busyTimeout: 50 });
    expect(store.articles.list({}).map((a) => a.headline)).toEqual(['Levee vote']);
    other.exec('ROLLBACK');
  });
});

describe('a damaged store file', () => {
  async function damagedDataDir(garbage: 'pages' | 'header'): Promise<{ dir: string; id: string }> {
    const dir = tempDir();
    const store = openStore(dir);
    const article = store.articles.create({ headline: 'Ferry tender' }, '2026-03-01T09:00:00Z');
    store.articles.saveDraft(article.id, story(300, 4), '2026-03-01T09:01:00Z');
    await rotateBackups(store, undefined, new Date('2026-03-01T12:00:00Z'));
    store.articles.saveDraft(article.id, story(300, 5), '2026-03-02T09:01:00Z');
    store.close();
    const file = join(dir, DATABASE_FILE);
    const fd = openSync(file, 'r+');
    const size = statSync(file).size;
    // Garbage over every page but the first (header kept) or over the header itself.
    const junk = Buffer.alloc(garbage === 'header' ? 100 : size - 4096, 0x5a);
    writeSync(fd, junk, 0, junk.length, garbage === 'header' ? 0 : 4096);
    closeSync(fd);
    return { dir, id: article.id };
  }

  it.each(['pages', 'header'] as const)(
    'refuses to write to it (garbage over its %s), leaves it byte for byte, and names the backup to restore',
    async (garbage) => {
      const { dir } = await damagedDataDir(garbage);
      const file = join(dir, DATABASE_FILE);
      const before = sha(file);
      let error: unknown;
      try {
        openStore(dir);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DamagedStoreError);
      expect((error as Error).message).toMatch(/is damaged.*Restore .*backup/);
      expect((error as DamagedStoreError).file).toBe(file);
      expect(sha(file)).toBe(before);
      const backup = listBackups(dir)[0]!;
      expect(damagedStoreAdvice(dir)).toContain(`copydesk backup --restore ${backup.path} --data ${dir}`);
    },
  );

  it('restores the latest good backup from the CLI, keeping the damaged file aside untouched', async () => {
    const { dir, id } = await damagedDataDir('pages');
    const damaged = sha(join(dir, DATABASE_FILE));
    const backup = listBackups(dir)[0]!;
    const out: string[] = [];
    expect(await runCli(['backup', '--restore', backup.path, '--data', dir], (t) => out.push(t))).toBe(0);
    const kept = listBackups(dir).find((b) => b.kind === 'damaged')!;
    expect(sha(kept.path)).toBe(damaged);
    expect(out.join('\n')).toContain(kept.path);
    const store = open(dir);
    expect(store.articles.get(id).headline).toBe('Harbour inquiry, take 4');
  });

  it('the copydesk command prints the exact restore command when the store will not open', async () => {
    const { dir } = await damagedDataDir('pages');
    const backup = listBackups(dir)[0]!;
    const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'copydesk.mjs'), 'list', '--data', dir], { encoding: 'utf8', cwd: ROOT });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/is damaged/);
    expect(result.stderr).toContain(`Restore it with: copydesk backup --restore ${backup.path} --data ${dir}`);
  });
});

describe('a data dir on a missing drive', () => {
  it('says the drive is not connected instead of making an empty store somewhere else', () => {
    const base = tempDir();
    const drive = join(base, 'usb-stick');
    mkdirSync(drive);
    rmSync(drive, { recursive: true });
    const dataDir = join(drive, 'copydesk');
    expect(() => openStore(dataDir)).toThrow(
      /does not exist or is not a folder \(is its drive connected\?\)\. Connect it or choose another data folder/,
    );
    expect(existsSync(drive)).toBe(false);
  });

  it('says so when the drive goes away while the store is open, keeping the text for a retry', async () => {
    const base = tempDir();
    const dataDir = join(base, 'usb-stick', 'copydesk');
    mkdirSync(dataDir, { recursive: true });
    const store = open(dataDir);
    const handlers = createServices(store);
    const article = store.articles.create({ headline: 'School strike' }, '2026-03-01T09:00:00Z');
    rmSync(join(base, 'usb-stick'), { recursive: true });
    const outcome = await dispatch(handlers, 'saveDraft', { id: article.id, patch: { headline: 'School strike ends' }, baseRevision: 0 });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.code).toBe('storage');
      expect(outcome.error.message).toMatch(
        /was moved or deleted while Copydesk had it open \(was its drive disconnected\?\)\. Reconnect it and restart Copydesk/,
      );
    }
  });
});
