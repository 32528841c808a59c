/**
 * A backup carries the photos, byte for byte, and its restore brings them back; a backup whose
 * photo bytes were damaged is refused before anything is replaced.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { testStore, type TestStore } from '../unit/support';
import { backupProblems, restoreBackup } from '../../src/main/store/backups';
import { photoBytes, sha256Hex } from '../../src/main/store/photo-store';
import { photoOfSize, png, WEBP_40x30 } from './images';
import { bodyWithPhotos, PARAGRAPHS } from './article';

let env: TestStore;
afterEach(() => env?.cleanup());

describe('backups and photos', () => {
  it('a backup holds every photo whole, and restoring it brings them back (and only them)', async () => {
    env = testStore();
    const h = env.handlers;
    const files = [photoOfSize(300_000, 11), png(30, 20, 12), WEBP_40x30];
    const photos = await Promise.all(files.map((f, i) => h.addPhoto({ fileName: `p${i}`, base64: f.toString('base64') })));
    const a = await h.createArticle({ headline: 'Storm damage' });
    await h.saveDraft({ id: a.id, patch: { body: bodyWithPhotos(photos, PARAGRAPHS.slice(0, 6)) } });
    await h.checkpoint({ id: a.id });

    const backup = await h.backupNow({});
    const file = join(env.dir, 'backups', backup.name);
    expect(backupProblems(file)).toEqual([]);
    const copy = new Database(file, { readonly: true });
    try {
      for (const photo of photos) expect(sha256Hex(photoBytes(copy, photo.hash)!.bytes)).toBe(photo.hash);
    } finally {
      copy.close();
    }

    const later = await h.addPhoto({ fileName: 'later.png', base64: png(9, 9, 99).toString('base64') });
    await h.restoreBackup({ name: backup.name });
    for (const [i, photo] of photos.entries()) {
      const read = await h.readPhoto({ hash: photo.hash });
      expect(read.mime).toBe(photo.mime);
      if (i > 0) expect(Buffer.from(read.base64, 'base64').equals(files[i]!)).toBe(true); // stored as given (no metadata)
    }
    expect(() => h.readPhoto({ hash: later.hash })).toThrow(expect.objectContaining({ code: 'not-found' }));
    const version = await h.getVersion({ id: a.id, number: 1 });
    expect(JSON.stringify(version.content.body)).toContain(photos[0]!.hash);
  });

  it('refuses to restore a backup whose photo bytes were damaged, and leaves the store as it was', async () => {
    env = testStore();
    const h = env.handlers;
    const photo = await h.addPhoto({ fileName: 'a.png', base64: png(12, 12, 4).toString('base64') });
    const backup = await h.backupNow({});
    const damaged = join(env.dir, 'backups', 'copydesk-manual-damaged-photo.sqlite');
    copyFileSync(join(env.dir, 'backups', backup.name), damaged);
    const raw = new Database(damaged);
    const trigger = raw.prepare("SELECT sql FROM sqlite_master WHERE name = 'photos_no_update'").pluck().get() as string;
    raw.exec('DROP TRIGGER photos_no_update');
    raw.prepare('UPDATE photos SET bytes = CAST(zeroblob(size) AS BLOB)').run();
    raw.exec(trigger);
    raw.close();
    expect(backupProblems(damaged)).toEqual([`photo ${photo.hash.slice(0, 12)}… is damaged (its bytes no longer match their SHA-256)`]);
    await expect(restoreBackup(env.dir, damaged, { store: env.store })).rejects.toThrow(
      /cannot be restored: photo .* is damaged.*the current store was not changed/,
    );
    expect((await h.readPhoto({ hash: photo.hash })).hash).toBe(photo.hash);
  });
});
