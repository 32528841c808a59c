/**
 * Photos through the exports and imports (docs/architecture.md: photos in exports and imports):
 * an article of 1,000 words with five 500 KB photos, stored through addPhoto, exported through
 * the services as the app does (the store's bytes to a file), and the exports imported again.
 *   photo_formats.export_<fmt>_ms   exportArticle of the draft, p50 of 7 (html: one file with
 *                                   the images inline; md: a zip with images/; pdf, docx: placed)
 *   photo_formats.import_<fmt>_ms   importFiles of that export (its five images checked and
 *                                   stored again, by hash), p50 of 5
 * No goals: they show what photos add to an export and an import of the serving thread's work.
 */
import { openStore } from '../../src/main/store/index';
import { createServices } from '../../src/main/services';
import { blocksToBody, type Block } from '../../src/shared/article/blocks';
import type { AddedPhoto } from '../../src/shared/api/contract';
import { draftBlocks, draftOf, Writer } from '../lib/newsroom-text';
import { tempDir, ticking } from '../lib/temp-store';
import { percentile } from '../stats';
import { exifBlock, photoOfSize } from '../../tests/photos/images';

const PHOTOS = 5;
const PHOTO_BYTES = 500 * 1024;
const EXPORTS = 7;
const IMPORTS = 5;

export default {
  name: 'photo_formats',
  async run(): Promise<Record<string, number>> {
    const temp = tempDir('photo-formats');
    const store = openStore(temp.dir, { skipIntegrityCheck: true });
    try {
      const services = createServices(store, { now: ticking() });
      const photos: AddedPhoto[] = [];
      for (let i = 0; i < PHOTOS; i++) {
        const base64 = photoOfSize(
          PHOTO_BYTES,
          700 + i,
          exifBlock({ orientation: 1, location: { latitude: 41.3, longitude: -72.9 } }),
        ).toString('base64');
        photos.push(await services.addPhoto({ fileName: `levee-${i}.jpg`, base64 }));
      }
      const blocks: Block[] = [];
      draftBlocks(draftOf(new Writer(2026_12_04), 1000)).forEach((block, i) => {
        blocks.push(block);
        const photo = i % 2 === 1 ? photos[(i - 1) / 2] : undefined;
        if (photo) {
          blocks.push({
            id: `photo${i}`,
            type: 'photo',
            runs: [],
            photo: {
              hash: photo.hash,
              mime: photo.mime,
              width: photo.width,
              height: photo.height,
              caption: `The river at the levee, hour ${i}.`,
              credit: 'Copydesk',
              alt: 'Brown water against sandbags',
            },
          });
        }
      });
      const article = await services.createArticle({ headline: 'Levee holds as river crests in Riverton' });
      const { revision } = await services.getArticle({ id: article.id });
      await services.saveDraft({ id: article.id, patch: { body: blocksToBody(blocks) }, baseRevision: revision });

      const figures: Record<string, number> = {};
      for (const format of ['html', 'md', 'pdf', 'docx', 'json', 'newsml'] as const) {
        const samples: number[] = [];
        let file: { fileName: string; base64: string } | undefined;
        for (let r = 0; r < EXPORTS; r++) {
          const start = performance.now();
          file = await services.exportArticle({ id: article.id, format });
          samples.push(performance.now() - start);
        }
        figures[`photo_formats.export_${format}_ms`] = percentile(samples, 50);
        if (format === 'pdf' || format === 'newsml') continue;
        const imports: number[] = [];
        for (let r = 0; r < IMPORTS; r++) {
          const start = performance.now();
          const [record] = await services.importFiles({ files: [{ name: file!.fileName, base64: file!.base64 }] });
          imports.push(performance.now() - start);
          if (record!.notes?.length) throw new Error(`the ${format} export did not come back whole: ${record!.notes.join('; ')}`);
        }
        figures[`photo_formats.import_${format}_ms`] = percentile(imports, 50);
      }
      return figures;
    } finally {
      store.close();
      temp.remove();
    }
  },
};
