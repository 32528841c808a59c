/**
 * Photos are stored once by hash: the same bytes added N times make one row, different bytes
 * different rows, and a hundred versions of an article with five photos keep five images — the
 * versions name them, they never hold them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { testStore, type TestStore } from '../unit/support';
import { png, photoOfSize } from './images';
import { hasPhoto, putPhoto, sha256Hex } from '../../src/main/store/photo-store';
import { bodyWithPhotos, PARAGRAPHS } from './article';

let env: TestStore;
afterEach(() => env?.cleanup());

const photoRows = () => env.store.db.prepare('SELECT count(*) FROM photos').pluck().get() as number;

describe('dedup by hash', () => {
  it('adding the same bytes N times stores one row and answers the same each time', () => {
    env = testStore();
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 24 }),
        (seed, side, times) => {
          const before = photoRows();
          const bytes = png(side, side + 1, seed);
          // A PNG without metadata is stored as it is, so its name is the hash of these bytes.
          const existed = hasPhoto(env.store.db, sha256Hex(bytes));
          const answers = Array.from({ length: times }, () => putPhoto(env.store.db, bytes, 'again.png'));
          expect(photoRows()).toBe(before + (existed ? 0 : 1));
          expect(answers[0]!.hash).toBe(sha256Hex(bytes));
          expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
        },
      ),
      { numRuns: 40, seed: 14 },
    );
  });

  it('different bytes make different rows, one each', () => {
    env = testStore();
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 2 ** 31 }), { minLength: 1, maxLength: 12 }), (seeds) => {
        const before = photoRows();
        const hashes = seeds.map((seed) => putPhoto(env.store.db, png(6, 5, seed)).hash);
        const fresh = new Set(hashes);
        // Distinct seeds give distinct noise, hence distinct files and names.
        expect(fresh.size).toBe(seeds.length);
        expect(photoRows()).toBeLessThanOrEqual(before + seeds.length);
        expect(
          env.store.db
            .prepare(`SELECT count(*) FROM photos WHERE hash IN (${hashes.map(() => '?').join(',')})`)
            .pluck()
            .get(...hashes),
        ).toBe(seeds.length);
      }),
      { numRuns: 30, seed: 15 },
    );
  });

  it('100 versions of an article with five photos store five images, and no version holds their bytes', async () => {
    env = testStore();
    const h = env.handlers;
    const article = await h.createArticle({ headline: 'Harbour wall in pictures' });
    const files = [1, 2, 3, 4, 5].map((seed) => photoOfSize(60_000, seed));
    for (let v = 1; v <= 100; v++) {
      // The editor adds each photo again when the article is reopened or pasted: still five rows.
      const photos = await Promise.all(files.map((f, i) => h.addPhoto({ fileName: `photo-${i}.jpg`, base64: f.toString('base64') })));
      const { revision } = await h.getArticle({ id: article.id });
      await h.saveDraft({ id: article.id, patch: { body: bodyWithPhotos(photos, PARAGRAPHS, v) }, baseRevision: revision });
      await h.checkpoint({ id: article.id, label: `Take ${v}` });
    }
    expect((await h.listVersions({ id: article.id })).length).toBe(100);
    expect(photoRows()).toBe(5);
    const versionBytes = env.store.db.prepare('SELECT sum(length(payload)) FROM versions').pluck().get() as number;
    // Five 60 KB photos in every version would be 30 MB; names and captions are a few KB.
    expect(versionBytes).toBeLessThan(files[0]!.length);
    const last = await h.getVersion({ id: article.id, number: 100 });
    expect(JSON.stringify(last.content.body).match(/"type":"photo"/g)?.length).toBe(5);
  });
});
