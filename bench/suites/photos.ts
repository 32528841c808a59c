/**
 * Photos beside the versions (docs/architecture.md: the photo table): an article of 1,000 words
 * with five 500 KB photos (each with EXIF and a GPS position, taken out on import), 100 versions,
 * each a copy editor's pass of ~1% of the words, written through the services as the app does
 * (addPhoto for each photo every time, as a reopen or paste would, then saveDraft and checkpoint).
 *   photos.storage_mb  the whole data folder on disk after a WAL checkpoint; goal ≤ 3
 *                      (the five images once, 2.4 MB, plus the history)
 *   photos.open_ms     opening the article through the services: getArticle and readPhoto for its
 *                      five photos (bytes hashed again, base64 as both transports carry them);
 *                      p95 of 30 opens (and p50), goal ≤ 300
 *   photos.add_500kb_ms  addPhoto of a new 500 KB photo (checked, location removed, hashed, written,
 *                      read back and hashed before COMMIT), p50 of the five
 *   photos.add_25mb_ms   addPhoto of a photo at the 25 MB limit, one run (no goal: it shows what
 *                      the largest photo costs the serving thread)
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../src/main/store/index';
import { createServices } from '../../src/main/services';
import { blocksToBody, bodyToBlocks, type Block } from '../../src/shared/article/blocks';
import { PHOTO_LIMITS, photoHashesOf } from '../../src/shared/article/media';
import type { AddedPhoto } from '../../src/shared/api/contract';
import { draftBlocks, draftOf, replaceWords, wordTotal, Writer, type Draft } from '../lib/newsroom-text';
import { MB, tempDir, ticking } from '../lib/temp-store';
import { percentile } from '../stats';
import { exifBlock, photoOfSize } from '../../tests/photos/images';

const VERSIONS = 100;
const WORDS = 1000;
const PHOTOS = 5;
const PHOTO_BYTES = 500 * 1024;
const OPENS = 30;

/** The article's blocks: its paragraphs with a photo after every second one. */
function bodyOf(draft: Draft, photos: AddedPhoto[]): ReturnType<typeof blocksToBody> {
  const blocks: Block[] = [];
  draftBlocks(draft).forEach((block, i) => {
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
          caption: `Residents on the levee, picture ${i}.`,
          credit: 'Jana Voss/Riverton Ledger',
          alt: 'People standing on a levee',
        },
      });
    }
  });
  return blocksToBody(blocks);
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return total;
}

export default {
  name: 'photos',
  async run(): Promise<Record<string, number>> {
    const files = Array.from({ length: PHOTOS }, (_, i) =>
      photoOfSize(PHOTO_BYTES, 500 + i, exifBlock({ orientation: 1, location: { latitude: 41.3 + i / 100, longitude: -72.9 } })).toString(
        'base64',
      ),
    );
    const writer = new Writer(100_5_2026);
    let draft = draftOf(writer, WORDS);
    const edits = Math.max(1, Math.round(wordTotal(draft) * 0.01));
    const temp = tempDir('photos');
    try {
      let store = openStore(temp.dir, { skipIntegrityCheck: true });
      const now = ticking();
      let services = createServices(store, { now });
      const article = await services.createArticle({ headline: 'Levee holds as river crests in Riverton' });
      const adds: number[] = [];
      for (let v = 0; v < VERSIONS; v++) {
        const photos: AddedPhoto[] = [];
        for (const [i, base64] of files.entries()) {
          const start = performance.now();
          photos.push(await services.addPhoto({ fileName: `levee-${i}.jpg`, base64 }));
          if (v === 0) adds.push(performance.now() - start);
        }
        if (photos.some((p) => !p.locationRemoved)) throw new Error('a photo kept its location');
        const { revision } = await services.getArticle({ id: article.id });
        await services.saveDraft({ id: article.id, patch: { body: bodyOf(draft, photos) }, baseRevision: revision });
        await services.checkpoint({ id: article.id, label: `Pass ${v + 1}` });
        draft = replaceWords(draft, edits, writer);
      }
      store.db.pragma('wal_checkpoint(TRUNCATE)');
      const storageMb = folderBytes(temp.dir) / MB;
      store.close();

      // Open as a reporter would after a restart: a fresh store and services, then the article.
      store = openStore(temp.dir, { skipIntegrityCheck: true });
      services = createServices(store, { now });
      const samples: number[] = [];
      for (let i = 0; i < OPENS + 3; i++) {
        const start = performance.now();
        const opened = await services.getArticle({ id: article.id });
        const hashes = photoHashesOf(bodyToBlocks(opened.body));
        const read = await Promise.all(hashes.map((hash) => services.readPhoto({ hash })));
        if (read.length !== PHOTOS || read.some((r) => r.base64.length < PHOTO_BYTES))
          throw new Error('the article did not open with its five photos');
        if (i >= 3) samples.push(performance.now() - start);
      }
      // The largest photo allowed, last, so its 25 MB do not count in the storage figure.
      const largest = photoOfSize(PHOTO_LIMITS.maxBytes, 999).toString('base64');
      const start = performance.now();
      await services.addPhoto({ fileName: 'full-frame.jpg', base64: largest });
      const addLargest = performance.now() - start;
      store.close();
      return {
        'photos.add_500kb_ms': percentile(adds, 50),
        'photos.add_25mb_ms': addLargest,
        'photos.storage_mb': storageMb,
        'photos.open_ms': percentile(samples, 95),
        'photos.open_ms_p50': percentile(samples, 50),
      };
    } finally {
      temp.remove();
    }
  },
};
