/**
 * Hostile words in a photo's caption, credit and alt text and an embed's title and address go
 * through every export inert: the same inspectors the XSS corpus uses find nothing executable.
 */
import { describe, expect, it } from 'vitest';
import { blocksToBody, bodyToBlocks } from '../../src/shared/article/blocks';
import { importBytes } from '../../src/main/import';
import { fixtureArticle } from '../../src/shared/export/fixtures/article';
import { SAMPLE_PHOTOS, samplePhotoFields, samplePhotoFiles } from '../../src/shared/export/fixtures/photos';
import { exportArticleFile } from '../../src/main/export';
import JSZip from 'jszip';
import { inspectCopydeskJson, inspectDocx, inspectHtml, inspectMarkdown, inspectNinjs, inspectPdf, inspectXml } from './output-checks';

const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>"\'><a href="javascript:alert(3)">x</a>]]>-->';
const body = blocksToBody([
  { id: 'p', type: 'paragraph', runs: [{ text: 'The council voted.', format: 0 }] },
  { id: 'ph', type: 'photo', runs: [], photo: samplePhotoFields(SAMPLE_PHOTOS.jpeg, { caption: hostile, credit: hostile, alt: hostile }) },
  { id: 'px', type: 'photo', runs: [], photo: samplePhotoFields(SAMPLE_PHOTOS.gif, { caption: hostile }) },
  { id: 'e1', type: 'embed', runs: [], embed: { url: 'javascript:alert(4)', provider: hostile, title: hostile } },
  {
    id: 'e2',
    type: 'embed',
    runs: [],
    embed: { url: 'https://example.org/v?q="><script>alert(5)</script>', provider: 'X', title: hostile },
  },
]);
const article = { ...fixtureArticle, body };
const options = { provider: 'Copydesk', photoFiles: samplePhotoFiles(), bundleName: 'story' };

/** The article file of an export: itself, or the one at the top of its zip. */
async function articleText(data: Buffer | string): Promise<string> {
  if (typeof data === 'string') return data;
  const zip = await JSZip.loadAsync(data);
  const name = Object.keys(zip.files).find((n) => !n.includes('/'))!;
  return zip.file(name)!.async('string');
}

describe('hostile photo and embed words in every export', () => {
  it('HTML, Markdown, NITF, NewsML-G2, ninjs and Copydesk JSON hold nothing executable', async () => {
    const checks = { html: inspectHtml, md: inspectMarkdown, nitf: inspectXml, newsml: inspectXml, ninjs: inspectNinjs } as const;
    for (const [format, inspect] of Object.entries(checks)) {
      const text = await articleText((await exportArticleFile(article, format as keyof typeof checks, options)).data);
      expect(inspect(text).problems, format).toEqual([]);
    }
  });

  it('Copydesk JSON is the body as stored, and its import vets every embed address again', async () => {
    // Copydesk JSON is the article byte for byte: an address the store somehow held stays in the
    // file, and the importer (Copydesk is its reader) drops it.
    const json = String((await exportArticleFile(article, 'json', options)).data);
    expect(inspectCopydeskJson(json).problems).toEqual(['link url "javascript:alert(4)"']);
    const back = await importBytes('story.copydesk.json', Buffer.from(json));
    const embeds = bodyToBlocks(back.body)
      .filter((b) => b.type === 'embed')
      .map((b) => b.embed!.url);
    expect(embeds).toEqual(['https://example.org/v?q=%22%3E%3Cscript%3Ealert(5)%3C/script%3E']);
    expect(inspectCopydeskJson(JSON.stringify(back)).problems).toEqual([]);
  });

  it('DOCX and PDF hold nothing executable', async () => {
    expect((await inspectDocx((await exportArticleFile(article, 'docx', options)).data as Buffer)).problems).toEqual([]);
    expect(inspectPdf((await exportArticleFile(article, 'pdf', options)).data as Buffer).problems).toEqual([]);
  });
});
