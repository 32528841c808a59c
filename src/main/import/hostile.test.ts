/**
 * Hostile and oversized imports: refused from cheap checks before the expensive work, or read
 * in time linear in their size. The inputs are the corpus in tests/security/hostile-corpus.ts.
 */
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { Document, Packer, Paragraph } from 'docx';
import { bodyToBlocks } from '../../shared/article/blocks';
import { parseHtmlArticle, tagNesting } from './html';
import { importBytes } from './index';
import { checkDocxArchive, MAX_DOCX_UNPACKED } from './docx-zip';
import { hostile } from '../../../tests/security/hostile-corpus';

async function wordFile(paragraphs: string[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph({ text })) }] }));
}

describe('HTML import of hostile shapes', () => {
  it('reads 100,000 flat paragraphs instead of calling them "nested too deeply"', () => {
    const article = parseHtmlArticle(hostile.flatParagraphs(100_000));
    expect(bodyToBlocks(article.body).length).toBe(100_000);
  });

  it('refuses a page with more elements than any article has, from the scan', () => {
    const t0 = performance.now();
    expect(() => parseHtmlArticle(hostile.flatParagraphs(200_000))).toThrow(
      /it has 200,00\d HTML elements, more than the 150,000 an article page can have/,
    );
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('counts <div/> as the open tag HTML makes of it, and refuses 30,000 of them before parsing', () => {
    expect(tagNesting('<div/><div/><div/>')).toBe(3);
    expect(tagNesting('<svg><path/><path/><circle/></svg><br/>')).toBe(1);
    const t0 = performance.now();
    expect(() => parseHtmlArticle(hostile.selfClosedDivs(30_000))).toThrow(/nested more than 1000 deep/);
    // The refusal comes from a scan of the text, not from jsdom (22 s before).
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('DOCX zip bombs', () => {
  it('refuses a document.xml that unpacks a thousand times its packed size, from the directory', async () => {
    const bomb = await hostile.docxBomb(64 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(importBytes('bomb.docx', bomb)).rejects.toThrow(/bomb\.docx.*zip bomb/s);
  });

  it('refuses a Word file that unpacks to more than an article can hold', async () => {
    const zip = new JSZip();
    const real = await JSZip.loadAsync(await wordFile(['Text.']));
    for (const [name, entry] of Object.entries(real.files)) if (!entry.dir) zip.file(name, await entry.async('uint8array'));
    // Random bytes do not compress: no ratio alarm, only the total.
    const noise = new Uint8Array(21 * 1024 * 1024);
    for (let i = 0; i < noise.length; i += 4) new DataView(noise.buffer).setUint32(i, (Math.random() * 2 ** 32) >>> 0);
    // Past what a Word file with its photos may unpack to (MAX_DOCX_UNPACKED, 120 MB).
    const parts = Math.ceil(MAX_DOCX_UNPACKED / noise.length);
    for (let k = 0; k < parts; k++) zip.file(`word/media/image${k}.bin`, noise);
    const big = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    await expect(checkDocxArchive(big)).rejects.toThrow(
      new RegExp(`unpack to ${parts * 21} MB, more than the ${Math.round(MAX_DOCX_UNPACKED / 1024 / 1024)} MB`),
    );
  });

  it('refuses an archive whose directory understates a part', async () => {
    const liar = await hostile.docxUnderstated();
    await expect(importBytes('liar.docx', liar)).rejects.toThrow(/unpacks to more than its archive says/);
  });

  it('still reads an ordinary Word file', async () => {
    const a = await importBytes('ok.docx', await wordFile(['Harbor reopens', 'Ships returned on Monday.']));
    expect(bodyToBlocks(a.body).length).toBeGreaterThan(0);
  });
});

describe('text encodings', () => {
  it('reads Japanese in UTF-16 without a byte order mark, in both orders, as text', async () => {
    const le = hostile.utf16leJapanese();
    const be = Buffer.from(le);
    be.swap16();
    for (const bytes of [le, be]) {
      const a = await importBytes('tokyo.txt', bytes);
      expect(a.headline).toBe('東京都議会は火曜日、来年度予算案を可決した。');
    }
  });

  it('still calls real binary junk binary', async () => {
    await expect(importBytes('junk.txt', Buffer.from([0x41, 0x00, 0x42, 0x43, 0x00, 0x00, 0x01, 0x02, 0x03, 0x00]))).rejects.toThrow(
      /binary file/,
    );
  });
});
