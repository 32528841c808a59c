import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { batchEntries } from './bundle-entries';

const bytes = (text: string) => new Uint8Array(new TextEncoder().encode(text));

describe('batch entries of an exported file', () => {
  it('a plain file is itself', async () => {
    const entries = await batchEntries({ fileName: 'tram.md', mime: 'text/markdown; charset=utf-8' }, bytes('# Tram'));
    expect(entries).toEqual([{ path: 'tram.md', bytes: bytes('# Tram'), article: true }]);
  });

  it('a zip with images becomes the article file at the top and its images in images/', async () => {
    const zip = new JSZip();
    zip.file('tram.md', '# Tram\n\n![a](images/25cf0f0ce42f.jpg)');
    zip.file('images/25cf0f0ce42f.jpg', new Uint8Array([0xff, 0xd8, 0xff]));
    zip.file('../escape.txt', 'not ours');
    zip.file('images/sub/odd.jpg', 'not ours');
    const data = new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
    const entries = await batchEntries({ fileName: 'tram-v2.md.zip', mime: 'application/zip' }, data);
    expect(entries.map((e) => [e.path, e.article])).toEqual([
      ['tram-v2.md', true],
      ['images/25cf0f0ce42f.jpg', false],
    ]);
    expect(Array.from(entries[1]!.bytes)).toEqual([0xff, 0xd8, 0xff]);
  });
});
