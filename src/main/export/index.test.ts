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
