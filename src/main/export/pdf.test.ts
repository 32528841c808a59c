import { describe, expect, it } from 'vitest';
import { blocksToBody, type Block } from '../../shared/article/blocks';
import { fixtureArticle } from '../../shared/export/fixtures/article';
import { exportPdf } from './pdf';
import { inflateSync } from 'node:zlib';
import { SAMPLE_PHOTOS, photoArticle, samplePhotoFields, samplePhotoSource } from '../../shared/export/fixtures/photos';

function mediaBoxes(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox \[([^\]]+)\]/g)].map((m) => m[1]!.trim());
}

describe('PDF export', () => {
  it('writes an A4 PDF with the DejaVu fonts embedded', async () => {
    const pdf = await exportPdf(fixtureArticle, { provider: 'Copydesk' });
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).toMatch(/DejaVuSerif/);
    expect(raw).toMatch(/DejaVuSans-Bold/);
    expect(mediaBoxes(pdf)).toEqual(['0 0 595.28 841.89']);
    expect(raw).toContain('/URI (https://example.org/lodz/tram-plan)');
  });

  it('prints on US Letter when asked and flows a long article onto more pages', async () => {
    const long: Block[] = Array.from({ length: 60 }, (_, i) => ({
      id: `p${i}`,
      type: 'paragraph',
      runs: [{ text: `Paragraph ${i + 1}: ${'The council met again. '.repeat(12)}`, format: 0 }],
    }));
    const pdf = await exportPdf({ ...fixtureArticle, body: blocksToBody(long) }, { provider: 'Copydesk', paper: 'Letter' });
    const boxes = mediaBoxes(pdf);
    expect(boxes.length).toBeGreaterThan(2);
    expect(new Set(boxes)).toEqual(new Set(['0 0 612 792']));
  });
});

describe('PDF export with photos', () => {
  /** Every stream of the PDF, inflated where pdfkit deflated it. */
  function streams(pdf: Buffer): string[] {
    const raw = pdf.toString('latin1');
    const out: string[] = [];
    for (const m of raw.matchAll(/stream\r?\n/g)) {
      const start = m.index! + m[0].length;
      const end = raw.indexOf('endstream', start);
      const bytes = pdf.subarray(start, end);
      try {
        out.push(inflateSync(bytes).toString('latin1'));
      } catch {
        out.push(bytes.toString('latin1'));
      }
    }
    return out;
  }
  const imageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Subtype \/Image/g) ?? []).length;

  it('places JPEG and PNG photos at the text width', async () => {
    const pdf = await exportPdf(photoArticle(), { provider: 'Copydesk', photos: samplePhotoSource });
    // The PNG brings its alpha channel as a second image (its soft mask): three images, two drawn.
    expect(imageCount(pdf)).toBe(3);
    expect(pdf.toString('latin1')).toContain('/Filter /DCTDecode');
    const placed =
      streams(pdf)
        .join('\n')
        .match(/([\d.]+) 0 0 -?([\d.]+) [\d.]+ [\d.]+ cm\s*\/I\d+ Do/g) ?? [];
    expect(placed).toHaveLength(2);
    // A4 is 595.28 points wide, less two one-inch margins: 451.28; a square photo is as tall.
    for (const draw of placed) expect(draw).toMatch(/^451\.28 0 0 -?451\.28 72 /);
  });

  it('draws a box holding the alt text for GIF and WebP, which pdfkit cannot draw', async () => {
    const gif = samplePhotoFields(SAMPLE_PHOTOS.gif, { caption: 'An animated chart', credit: 'Copydesk', alt: 'Bars rising' });
    const webp = samplePhotoFields(SAMPLE_PHOTOS.webp, { alt: 'A webp photo' });
    const article = {
      ...fixtureArticle,
      body: blocksToBody([
        { id: 'g', type: 'photo', runs: [], photo: gif },
        { id: 'w', type: 'photo', runs: [], photo: webp },
      ]),
    };
    const pdf = await exportPdf(article, { provider: 'Copydesk', photos: samplePhotoSource });
    expect(imageCount(pdf)).toBe(0);
    const content = streams(pdf).join('\n');
    expect(content.match(/72 [\d.]+ 451\.28 [\d.]+ re/g)).toHaveLength(2);
  });

  it('draws the same box when the store lacks the bytes', async () => {
    const pdf = await exportPdf(photoArticle(), { provider: 'Copydesk' });
    expect(imageCount(pdf)).toBe(0);
    expect(
      streams(pdf)
        .join('\n')
        .match(/72 [\d.]+ 451\.28 [\d.]+ re/g),
    ).toHaveLength(2);
  });
});
