/**
 * Backups: the daily rotation (made through the backup API, checked, the last 14 kept), the
 * `copydesk backup` command both ways, and restore from the app, which keeps the current store
 * before replacing it and leaves the running services on the restored text.
 */
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/main/store';
import { backupDir, backupProblems, KEEP_DAILY, listBackups, restoreBackup, rotateBackups } from '../../src/main/store/backups';
import { createServices } from '../../src/main/services';
import { dispatch } from '../../src/main/api/dispatch';
import { runCli } from '../../src/cli/main';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const fn of cleanups.splice(0).reverse()) fn();
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-backup-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function open(dir: string): Store {
  const store = openStore(dir);
  cleanups.push(() => store.close());
  return store;
}

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n, 8, 30));

describe('daily backups', () => {
  it('makes one checked backup a day and keeps the last 14', async () => {
    const dir = dataDir();
    const store = open(dir);
    const article = store.articles.create({ headline: 'Budget vote' }, '2026-01-01T08:00:00Z');
    for (let n = 0; n < 20; n++) {
      store.articles.saveDraft(article.id, { headline: `Budget vote, day ${n}` }, day(n).toISOString());
      const first = await rotateBackups(store, undefined, day(n));
      expect(first.created?.name).toBe(`copydesk-${day(n).toISOString().slice(0, 10)}.sqlite`);
      // Later the same day: nothing new.
      expect((await rotateBackups(store, undefined, new Date(day(n).getTime() + 3600_000))).created).toBeNull();
    }
    const names = readdirSync(backupDir(dir)).sort();
    expect(names).toHaveLength(KEEP_DAILY);
    expect(names[0]).toBe('copydesk-2026-01-07.sqlite');
    expect(names.at(-1)).toBe('copydesk-2026-01-20.sqlite');
    // Each is a whole, healthy, self-contained store holding that day's text.
    const newest = join(backupDir(dir), names.at(-1)!);
    expect(backupProblems(newest)).toEqual([]);
    const db = new Database(newest, { readonly: true });
    expect(db.prepare('SELECT headline FROM articles').pluck().get()).toBe('Budget vote, day 19');
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();
  });

  it('never deletes backups it did not rotate (kept before a restore, made by hand)', async () => {
    const dir = dataDir();
    const store = open(dir);
    await rotateBackups(store, undefined, day(0));
    await restoreBackup(dir, listBackups(dir)[0]!.path, { store, now: day(0) });
    for (let n = 1; n < 20; n++) await rotateBackups(store, undefined, day(n));
    expect(listBackups(dir).filter((b) => b.kind === 'before-restore')).toHaveLength(1);
  });
});

describe('copydesk backup', () => {
  it('backs up with -o and restores with --restore, keeping the store as it was', async () => {
    const dir = dataDir();
    const store = open(dir);
    const article = store.articles.create({ headline: 'Ferry timetable' }, '2026-02-01T08:00:00Z');
    store.close();
    const out: string[] = [];
    const file = join(dataDir(), 'monday.sqlite');
    expect(await runCli(['backup', '--data', dir, '-o', file], (t) => out.push(t))).toBe(0);
    expect(out[0]).toMatch(/Backed up .* \(\d+ KB, checked\)/);
    expect(backupProblems(file)).toEqual([]);
    // A second -o to the same file refuses instead of overwriting a backup.
    await expect(runCli(['backup', '--data', dir, '-o', file], () => undefined)).rejects.toThrow(/already exists/);

    const later = open(dir);
    later.articles.saveDraft(article.id, { headline: 'Ferry timetable cut' }, '2026-02-02T08:00:00Z');
    later.close();
    expect(await runCli(['backup', '--data', dir, '--restore', file], (t) => out.push(t))).toBe(0);
    const restored = open(dir);
    expect(restored.articles.get(article.id).headline).toBe('Ferry timetable');
    const kept = listBackups(dir).find((b) => b.kind === 'before-restore')!;
    const db = new Database(kept.path, { readonly: true });
    expect(db.prepare('SELECT headline FROM articles').pluck().get()).toBe('Ferry timetable cut');
    db.close();
    expect(out.join('\n')).toContain(kept.path);
  });

  it('refuses to restore a backup that is damaged, leaving the store as it was', async () => {
    const dir = dataDir();
    const store = open(dir);
    store.articles.create({ headline: 'Depot closes' }, '2026-02-01T08:00:00Z');
    store.close();
    const bad = join(dataDir(), 'bad.sqlite');
    writeFileSync(bad, Buffer.alloc(8192, 3));
    await expect(runCli(['backup', '--data', dir, '--restore', bad], () => undefined)).rejects.toThrow(
      /cannot be restored: .*Choose another backup; the current store was not changed/,
    );
    expect(
      open(dir)
        .articles.list({})
        .map((a) => a.headline),
    ).toEqual(['Depot closes']);
    expect(existsSync(backupDir(dir))).toBe(false);
  });
});

describe('restore from the app', () => {
  it('lists backups and restores one into the running store, keeping the current one', async () => {
    const dir = dataDir();
    const store = open(dir);
    const handlers = createServices(store);
    const article = store.articles.create({ headline: 'Tram line opens' }, '2026-03-01T08:00:00Z');
    await handlers.checkpoint({ id: article.id, label: 'Filed' });
    await rotateBackups(store, undefined, day(60));
    await handlers.saveDraft({ id: article.id, patch: { headline: 'Tram line delayed' } });
    await handlers.checkpoint({ id: article.id, label: 'Updated' });

    const listed = await dispatch(handlers, 'listBackups', {});
    expect(listed.ok && (listed.result as { name: string }[]).map((b) => b.name)).toEqual(['copydesk-2026-03-02.sqlite']);
    const done = await dispatch(handlers, 'restoreBackup', { name: 'copydesk-2026-03-02.sqlite' });
    expect(done.ok).toBe(true);
    // The same services now read the restored store: text and history, no stale cache.
    expect((await handlers.getArticle({ id: article.id })).headline).toBe('Tram line opens');
    expect((await handlers.listVersions({ id: article.id })).map((v) => v.label)).toEqual(['Filed']);
    expect((await handlers.getVersion({ id: article.id, number: 1 })).content.headline).toBe('Tram line opens');
    // ...and keep writing to it.
    await handlers.saveDraft({ id: article.id, patch: { headline: 'Tram line opens early' } });
    const reader = openStore(dir, { readonly: true });
    expect(reader.articles.get(article.id).headline).toBe('Tram line opens early');
    reader.close();
    const names = (await handlers.listBackups({})).map((b) => b.kind);
    expect(names.sort()).toEqual(['before-restore', 'daily']);
  });

  it('accepts only backup names, never paths', async () => {
    const handlers = createServices(open(dataDir()));
    const outcome = await dispatch(handlers, 'restoreBackup', { name: '../copydesk.sqlite' });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.code).toBe('invalid-argument');
    const missing = await dispatch(handlers, 'restoreBackup', { name: 'copydesk-2020-01-01.sqlite' });
    expect(!missing.ok && missing.error.code).toBe('not-found');
  });
});
