/**
 * Storage faults during a photo write: a full disk (SQLite's max_page_count) and another program
 * holding the write lock. Each gives a sentence saying what happened, leaves no half photo and
 * nothing named after one, and the same addPhoto succeeds on retry once the fault is gone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { testStore, type TestStore } from '../unit/support';
import { openStore } from '../../src/main/store';
import { DATABASE_FILE } from '../../src/main/store/database';
import { createServices } from '../../src/main/services';
import { dispatch } from '../../src/main/api/dispatch';
import { damagedPhotos, sha256Hex } from '../../src/main/store/photo-store';
import { photoOfSize } from '../photos/images';

let env: TestStore;
const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
  env?.cleanup();
});

const rows = (db: Database.Database) => db.prepare('SELECT count(*) FROM photos').pluck().get() as number;

describe('a photo write under a fault', () => {
  it('says the disk is full, stores no part of the photo, and stores it whole on retry', async () => {
    env = testStore();
    const photo = photoOfSize(600_000, 5);
    const args = { fileName: 'harbour.jpg', base64: photo.toString('base64') };
    await dispatch(env.handlers, 'addPhoto', { fileName: 'small.jpg', base64: photoOfSize(30_000, 6).toString('base64') });
    const pages = env.store.db.pragma('page_count', { simple: true }) as number;
    env.store.db.pragma(`max_page_count = ${pages + 20}`); // 80 KB of room for a 600 KB photo

    const refused = await dispatch(env.handlers, 'addPhoto', args);
    expect(refused).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringMatching(/is full\. Free some space/) } });
    expect(rows(env.store.db)).toBe(1);
    expect(env.store.db.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');

    env.store.db.pragma('max_page_count = 1073741823');
    const retried = await dispatch(env.handlers, 'addPhoto', args);
    expect(retried).toMatchObject({ ok: true, result: { hash: sha256Hex(photo), bytes: photo.length } });
    expect(rows(env.store.db)).toBe(2);
    expect(damagedPhotos(env.store.db)).toEqual({ checked: 2, damaged: [] });
  });

  it('says another program is writing (code locked, which the page retries), stores nothing, and stores it once the lock is gone', async () => {
    env = testStore();
    const store = openStore(env.dir, { busyTimeout: 50 });
    closers.push(() => store.close());
    const handlers = createServices(store);
    const other = new Database(join(env.dir, DATABASE_FILE), { timeout: 50 });
    closers.push(() => other.close());
    other.exec('BEGIN EXCLUSIVE');
    const photo = photoOfSize(200_000, 8);
    const args = { fileName: 'levee.jpg', base64: photo.toString('base64') };
    const refused = await dispatch(handlers, 'addPhoto', args);
    expect(refused).toMatchObject({ ok: false, error: { code: 'locked', message: expect.stringContaining('is busy: another program') } });
    other.exec('COMMIT');
    expect(rows(store.db)).toBe(0);
    const retried = await dispatch(handlers, 'addPhoto', args);
    expect(retried).toMatchObject({ ok: true, result: { hash: sha256Hex(photo) } });
    expect(rows(store.db)).toBe(1);
  });
});
