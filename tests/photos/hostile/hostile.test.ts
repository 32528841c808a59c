/**
 * Every file of the hostile corpus goes through addPhoto: each is refused with its plain reason
 * or accepted as what its bytes are, nothing crashes, nothing half-stored remains, and what is
 * stored carries none of the script the file came with.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import exifr from 'exifr';
import { imageSize } from 'image-size';
import { testStore, type TestStore } from '../../unit/support';
import { dispatch } from '../../../src/main/api/dispatch';
import { prepareImage, ImageRefused } from '../../../src/shared/media/inspect';
import { hostileCorpus } from './corpus';
import { exifBlock, GIF_1x1, jpegWith, JPEG_40x30, png, webpWith, XMP_WITH_LOCATION } from '../images';

let env: TestStore;
beforeAll(() => (env = testStore()));
afterAll(() => env.cleanup());

describe('the hostile-image corpus', () => {
  for (const sample of hostileCorpus()) {
    it(sample.name, async () => {
      const rowsBefore = env.store.db.prepare('SELECT count(*) FROM photos').pluck().get() as number;
      const outcome = await dispatch(env.handlers, 'addPhoto', { fileName: sample.fileName, base64: sample.bytes.toString('base64') });
      const rowsAfter = env.store.db.prepare('SELECT count(*) FROM photos').pluck().get() as number;
      if ('refused' in sample.expect) {
        expect(outcome.ok).toBe(false);
        if (outcome.ok) return;
        expect(outcome.error.code).toBe('invalid-argument');
        expect(outcome.error.message.startsWith(`${sample.fileName}: `)).toBe(true);
        expect(outcome.error.message).toMatch(sample.expect.refused);
        expect(rowsAfter).toBe(rowsBefore);
      } else {
        expect(outcome).toMatchObject({ ok: true, result: { mime: sample.expect.accepted } });
        if (!outcome.ok) return;
        const read = await dispatch(env.handlers, 'readPhoto', { hash: (outcome.result as { hash: string }).hash });
        const stored = Buffer.from((read as { ok: true; result: { base64: string } }).result.base64, 'base64');
        expect(stored.includes('<script')).toBe(false);
        expect(imageSize(stored).type).toBe(
          { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/gif': 'gif' }[sample.expect.accepted],
        );
      }
    });
  }
});

/** Whether exifr finds a GPS position or an XMP one (it reads JPEG and PNG); for WebP and GIF, whether any GPS text is left. */
async function locationIn(bytes: Uint8Array, mime: string): Promise<boolean> {
  const file = Buffer.from(bytes);
  if (mime === 'image/webp' || mime === 'image/gif') return file.includes('GPS');
  const tags = await exifr.parse(file, { gps: true, xmp: true, mergeOutput: true }).catch(() => undefined);
  return !!tags && ('latitude' in tags || 'GPSLatitude' in tags);
}

describe('mangled photos never crash the importer', () => {
  const seeds = [
    jpegWith(JPEG_40x30, { exif: exifBlock({ orientation: 6, location: { latitude: 10, longitude: 20 } }), xmp: XMP_WITH_LOCATION }),
    png(9, 7, 2),
    webpWith({ exif: exifBlock({ location: { latitude: -33, longitude: 151 } }), xmp: XMP_WITH_LOCATION }),
    GIF_1x1,
  ];

  it('a flipped, cut or overwritten file is refused with a plain reason or taken whole, with no location a reader finds', async () => {
    // The check can fail: it finds the location in the untouched sample.
    expect(await locationIn(seeds[0]!, 'image/jpeg')).toBe(true);
    expect(await locationIn(seeds[2]!, 'image/webp')).toBe(true);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...seeds),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.option(fc.nat()),
        async (seed, flips, cut) => {
          const bytes = Buffer.from(seed);
          for (const [at, value] of flips) bytes[at % bytes.length] = value;
          let image: ReturnType<typeof prepareImage>;
          const file = cut === null ? bytes : bytes.subarray(0, cut % (bytes.length + 1));
          try {
            image = prepareImage(file);
          } catch (error) {
            if (!(error instanceof ImageRefused)) throw error;
            expect(error.message).toMatch(/^The |^Its /);
            return;
          }
          // Taken: a whole picture of the size it says, with no location a reader finds.
          const size = imageSize(image.bytes);
          expect(size.width! * size.height!).toBe(image.width * image.height);
          expect(await locationIn(image.bytes, image.mime)).toBe(false);
        },
      ),
      { numRuns: 3000, seed: 1414 },
    );
  });
});
