/**
 * Any caption, credit and alt text survive an export and the import of what it wrote, in every
 * format that carries them as fields (Copydesk JSON, HTML, Markdown with its images, Word).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { blocksToBody, bodyToBlocks } from '../../shared/article/blocks';
import { fixtureArticle } from '../../shared/export/fixtures/article';
import { SAMPLE_PHOTOS, samplePhotoFields, samplePhotoFiles } from '../../shared/export/fixtures/photos';
import { exportArticleFile } from '../export';
import { altAttribute } from '../../shared/export/html';
import { importBytes, importFile } from './index';

const root = mkdtempSync(join(tmpdir(), 'copydesk-photo-roundtrip-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** One line of words as a desk types them: letters, digits, punctuation, accents, quotes. */
const words = (max: number) =>
  fc
    .array(fc.constantFrom(...'abcXYZ019 ,.;:!?-–—()[]<>&"\'’“”*_`#/\\|~éŁż'.split('')), { maxLength: max })
    .map((chars) => chars.join('').replace(/\s+/g, ' ').trim());

async function roundTrip(format: 'json' | 'html' | 'md' | 'docx', photo: ReturnType<typeof samplePhotoFields>, n: number) {
  const body = blocksToBody([
    { id: 'p1', type: 'paragraph', runs: [{ text: 'The council voted.', format: 0 }] },
    { id: 'ph', type: 'photo', runs: [], photo },
    { id: 'p2', type: 'paragraph', runs: [{ text: 'Work starts in spring.', format: 0 }] },
  ]);
  const file = await exportArticleFile({ ...fixtureArticle, notes: [], body }, format, {
    provider: 'Copydesk',
    photoFiles: samplePhotoFiles(),
    bundleName: 'story',
  });
  if (format !== 'md') return importBytes(`story.${file.extension}`, typeof file.data === 'string' ? Buffer.from(file.data) : file.data);
  const dir = join(root, `md-${n}`);
  mkdirSync(join(dir, 'images'), { recursive: true });
  const zip = await JSZip.loadAsync(file.data as Buffer);
  for (const name of Object.keys(zip.files).filter((f) => !f.endsWith('/')))
    writeFileSync(join(dir, name), await zip.file(name)!.async('nodebuffer'));
  return importFile(join(dir, 'story.md'));
}

describe('photo fields through export and import (property)', () => {
  for (const format of ['json', 'html', 'md', 'docx'] as const) {
    it(`${format}: caption, credit and alt text come back as written`, async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(words(60), words(30), words(40), async (caption, credit, alt) => {
          const photo = samplePhotoFields(SAMPLE_PHOTOS.jpeg, { caption, credit, alt });
          const article = await roundTrip(format, photo, n++);
          const back = bodyToBlocks(article.body).filter((b) => b.type === 'photo');
          expect(back).toHaveLength(1);
          // HTML alone puts a space in `]>` and `-->` inside alt text (see altAttribute).
          expect(back[0]!.photo).toMatchObject({
            hash: SAMPLE_PHOTOS.jpeg.hash,
            caption,
            credit,
            alt: format === 'html' ? altAttribute(alt) : alt,
          });
        }),
        { numRuns: format === 'docx' ? 25 : 60, seed: 1405 },
      );
    }, 120_000);
  }
});
