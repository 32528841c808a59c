/**
 * `copydesk check` hashes every stored photo and looks for every photo a draft or a version
 * names, and says which article, which version and which photo when one is wrong.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { testStore, type TestStore } from '../unit/support';
import { openDatabase } from '../../src/main/store/database';
import { photoOfSize, png } from './images';
import { bodyWithPhotos, PARAGRAPHS } from './article';

let env: TestStore;
afterEach(() => env?.cleanup());

function check(dir: string) {
  const run = spawnSync(process.execPath, ['bin/copydesk.mjs', 'check'], { encoding: 'utf8', env: { ...process.env, COPYDESK_DATA: dir } });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

async function articleWithPhotos(): Promise<{ id: string; hashes: string[] }> {
  const h = env.handlers;
  const a = await h.createArticle({ headline: 'Floods in the valley' });
  const photos = [
    await h.addPhoto({ fileName: 'a.jpg', base64: photoOfSize(20_000, 1).toString('base64') }),
    await h.addPhoto({ fileName: 'b.png', base64: png(20, 10, 2).toString('base64') }),
  ];
  await h.saveDraft({ id: a.id, patch: { body: bodyWithPhotos(photos, PARAGRAPHS.slice(0, 4)) } });
  await h.checkpoint({ id: a.id, label: 'Filed' });
  return { id: a.id, hashes: photos.map((p) => p.hash) };
}

describe('copydesk check and photos', () => {
  it('is healthy with its photos counted', async () => {
    env = testStore();
    await articleWithPhotos();
    env.store.close();
    const run = check(env.dir);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/1 articles, 1 versions, 2 photos\)/);
  });

  it('names a photo whose bytes no longer match their SHA-256', async () => {
    env = testStore();
    const { hashes } = await articleWithPhotos();
    env.store.close();
    // Damage from outside Copydesk (a disk, another program): the insert-only trigger is lifted to do it.
    const db = openDatabase(env.dir, { skipIntegrityCheck: true });
    const trigger = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'photos_no_update'").pluck().get() as string;
    db.exec('DROP TRIGGER photos_no_update');
    db.prepare('UPDATE photos SET bytes = CAST(zeroblob(size) AS BLOB) WHERE hash = ?').run(hashes[0]);
    db.exec(trigger);
    db.close();
    const run = check(env.dir);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`photo ${hashes[0]!.slice(0, 12)}… is damaged: its bytes no longer match their SHA-256`);
  });

  it('names the draft and the version that name a photo the store does not hold', async () => {
    env = testStore();
    const { id } = await articleWithPhotos();
    const ghost = { hash: 'f'.repeat(64), mime: 'image/jpeg' as const, width: 10, height: 10, bytes: 1, locationRemoved: false };
    await env.handlers.saveDraft({ id, patch: { body: bodyWithPhotos([ghost], PARAGRAPHS.slice(0, 2)) } });
    await env.handlers.checkpoint({ id, label: 'Ghost' });
    env.store.close();
    const run = check(env.dir);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`"Floods in the valley" (${id}) draft names photo ffffffffffff…, which this store does not hold`);
    expect(run.err).toContain(`(${id}) version 2 names photo ffffffffffff…`);
    expect(run.err).not.toContain('version 1 names');
  });
});
