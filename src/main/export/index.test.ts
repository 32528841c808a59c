import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../shared/export/types';
import { fixtureArticle } from '../../shared/export/fixtures/article';
import { exportArticle } from '../../shared/export/index';
import { exportArticleFile } from './index';

describe('exportArticleFile', () => {
  it('writes every format for the fixture article', async () => {
    for (const format of EXPORT_FORMATS) {
      const file = await exportArticleFile(fixtureArticle, format, { provider: 'Copydesk' });
      expect(file.data.length, format).toBeGreaterThan(500);
      expect(file.mime, format).toBeTruthy();
      expect(file.extension, format).toBeTruthy();
      if (format === 'pdf' || format === 'docx') expect(Buffer.isBuffer(file.data), format).toBe(true);
      else expect(typeof file.data, format).toBe('string');
    }
  });

  it('gives the shared exporter output for textual formats other than HTML', async () => {
    const file = await exportArticleFile(fixtureArticle, 'newsml', { provider: 'Copydesk' });
    expect(file.data).toBe(exportArticle(fixtureArticle, 'newsml', { provider: 'Copydesk' }));
    expect(file.extension).toBe('xml');
  });

  it('refuses an unknown format in plain words', async () => {
    await expect(exportArticleFile(fixtureArticle, 'rtf' as never, { provider: 'Copydesk' })).rejects.toThrow(/cannot export to "rtf"/);
    expect(() => exportArticle(fixtureArticle, 'pdf' as never, { provider: 'Copydesk' })).toThrow(/as text/);
  });
});

describe('exportArticleFile with photos', () => {
  it('keeps the inline images of the HTML export through the sanitizer, and the page one file', async () => {
    const { photoArticle, samplePhotoFiles, SAMPLE_PHOTOS } = await import('../../shared/export/fixtures/photos');
    const file = await exportArticleFile(photoArticle(), 'html', { provider: 'Copydesk', photoFiles: samplePhotoFiles() });
    expect(file.extension).toBe('html');
    const html = String(file.data);
    expect(html).toContain(
      `<img src="data:image/jpeg;base64,${SAMPLE_PHOTOS.jpeg.base64}" alt="A red and white tram at an underground platform" width="1" height="1">`,
    );
    expect(html).toContain(
      '<figcaption>A tram waits at Fabryczna station, where the airport line will begin. <span class="credit">Anna Wójcik/Copydesk</span></figcaption>',
    );
    expect(html).not.toMatch(/<iframe/i);
  });

  it('zips Markdown, NITF, NewsML-G2 and ninjs with their images beside them', async () => {
    const { default: JSZip } = await import('jszip');
    const { photoArticle, samplePhotoFiles, SAMPLE_PHOTOS } = await import('../../shared/export/fixtures/photos');
    for (const [format, inner] of [
      ['md', 'tram.md'],
      ['nitf', 'tram.nitf.xml'],
      ['newsml', 'tram.xml'],
      ['ninjs', 'tram.ninjs.json'],
    ] as const) {
      const file = await exportArticleFile(photoArticle(), format, {
        provider: 'Copydesk',
        photoFiles: samplePhotoFiles(),
        bundleName: 'tram',
      });
      expect(file.mime, format).toBe('application/zip');
      expect(file.extension, format).toBe(`${inner.slice(5)}.zip`);
      const zip = await JSZip.loadAsync(file.data as Buffer);
      expect(
        Object.keys(zip.files)
          .filter((name) => !name.endsWith('/'))
          .sort(),
        format,
      ).toEqual(['images/25cf0f0ce42f.jpg', 'images/6b7fa434f92a.png', inner]);
      const jpeg = await zip.file('images/25cf0f0ce42f.jpg')!.async('base64');
      expect(jpeg).toBe(SAMPLE_PHOTOS.jpeg.base64);
      expect(await zip.file(inner)!.async('string')).toContain('images/25cf0f0ce42f.jpg');
    }
  });

  it('gives the same zip for the same version twice', async () => {
    const { photoArticle, samplePhotoFiles } = await import('../../shared/export/fixtures/photos');
    const a = await exportArticleFile(photoArticle(), 'md', { provider: 'Copydesk', photoFiles: samplePhotoFiles() });
    // A zip keeps times to two seconds: the second export comes later than that.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const b = await exportArticleFile(photoArticle(), 'md', { provider: 'Copydesk', photoFiles: samplePhotoFiles() });
    expect(Buffer.compare(a.data as Buffer, b.data as Buffer)).toBe(0);
  });

  it('stays the plain text file when the store holds none of the photos', async () => {
    const { photoArticle } = await import('../../shared/export/fixtures/photos');
    const file = await exportArticleFile(photoArticle(), 'md', { provider: 'Copydesk', photoFiles: {} });
    expect(file.extension).toBe('md');
    expect(String(file.data)).toContain('\\[Photo: A tram waits');
  });
});
