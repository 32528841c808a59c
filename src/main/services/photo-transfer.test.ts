import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import exifr from 'exifr';
import { afterEach, describe, expect, it } from 'vitest';
import { testStore, type TestStore } from '../../../tests/unit/support';
import { bodyToBlocks } from '../../shared/article/blocks';
import { photoBytes } from '../store/photo-store';
import { exifBlock, jpegWith, JPEG_40x30 } from '../../../tests/photos/images';

let env: TestStore;
afterEach(() => env?.cleanup());

const located = jpegWith(JPEG_40x30, { exif: exifBlock({ location: { latitude: 51.76, longitude: 19.46 } }) });
const page = `<!doctype html><html><body><h1>Tram line approved</h1><p>The council voted on Tuesday.</p>
<figure><img src="data:image/jpeg;base64,${located.toString('base64')}" alt="A tram at the platform"><figcaption>The first tram. <span class="credit">Anna Wójcik</span></figcaption></figure>
<figure><img src="https://cdn.example.org/map.png" alt="Route map"><figcaption>The route.</figcaption></figure>
<p>Work starts in spring.</p></body></html>`;

describe('importing and exporting photos through the services', () => {
  it('stores an imported image once by hash, without its location, and reports what it could not bring', async () => {
    env = testStore();
    const [record] = await env.handlers.importFiles({ files: [{ name: 'tram.html', base64: Buffer.from(page).toString('base64') }] });
    expect(record!.notes).toEqual(['remote image not downloaded: https://cdn.example.org/map.png (its caption and alt text are kept)']);
    const article = await env.handlers.getArticle({ id: record!.id });
    const photo = bodyToBlocks(article.body).find((b) => b.type === 'photo')!.photo!;
    expect(photo).toMatchObject({
      caption: 'The first tram.',
      credit: 'Anna Wójcik',
      alt: 'A tram at the platform',
      width: 40,
      height: 30,
    });
    const stored = photoBytes(env.store.db, photo.hash)!;
    expect(createHash('sha256').update(stored.bytes).digest('hex')).toBe(photo.hash);
    expect((await exifr.gps(located))?.latitude).toBeCloseTo(51.76, 1);
    expect(await exifr.gps(Buffer.from(stored.bytes)).catch(() => undefined)).toBeUndefined();
    // The same page again stores no second copy.
    await env.handlers.importFiles({ files: [{ name: 'tram-again.html', base64: Buffer.from(page).toString('base64') }] });
    expect(env.store.db.prepare('SELECT COUNT(*) FROM photos').pluck().get()).toBe(1);
  });

  it('exports the stored photo: Markdown as a zip with images/, Copydesk JSON with the bytes', async () => {
    env = testStore();
    const [record] = await env.handlers.importFiles({ files: [{ name: 'tram.html', base64: Buffer.from(page).toString('base64') }] });
    const article = await env.handlers.getArticle({ id: record!.id });
    const photo = bodyToBlocks(article.body).find((b) => b.type === 'photo')!.photo!;
    const md = await env.handlers.exportArticle({ id: record!.id, format: 'md' });
    expect(md.mime).toBe('application/zip');
    expect(md.fileName).toMatch(/^tram-line-approved\.md\.zip$/);
    const zip = await JSZip.loadAsync(Buffer.from(md.base64, 'base64'));
    expect(
      Object.keys(zip.files)
        .filter((n) => !n.endsWith('/'))
        .sort(),
    ).toEqual([`images/${photo.hash.slice(0, 12)}.jpg`, 'tram-line-approved.md']);
    const json = await env.handlers.exportArticle({ id: record!.id, format: 'json' });
    const doc = JSON.parse(Buffer.from(json.base64, 'base64').toString('utf8'));
    expect(Object.keys(doc.photos)).toEqual([photo.hash]);
    // …and the JSON comes back in, into another store, with the same photo.
    const other = testStore();
    try {
      const [again] = await other.handlers.importFiles({ files: [{ name: json.fileName, base64: json.base64 }] });
      expect(again!.notes).toBeUndefined();
      expect(photoBytes(other.store.db, photo.hash)).toBeDefined();
    } finally {
      other.cleanup();
    }
  });

  it('a batch that fails stores none of its images', async () => {
    env = testStore();
    await expect(
      env.handlers.importFiles({
        files: [
          { name: 'tram.html', base64: Buffer.from(page).toString('base64') },
          { name: 'empty.txt', base64: '' },
        ],
      }),
    ).rejects.toThrow(/empty/);
    expect(env.store.db.prepare('SELECT COUNT(*) FROM photos').pluck().get()).toBe(0);
  });
});
