/**
 * The image walk grows linearly with the file, for the shapes a hostile file would pick: many
 * small segments, chunks, frames and sub-blocks, many metadata blocks to drop, and a scan full of
 * stuffed 0xFF bytes (tests/cost/growth.ts: t16/t1 under 48 — linear is ~16, quadratic ~256).
 * Every shape is a whole image that is taken: a refusal would throw and fail the test.
 */
import { describe, expect, it } from 'vitest';
import { describeGrowth, growth, MAX_GROWTH_16X } from '../cost/growth';
import { prepareImage } from '../../src/shared/media/inspect';
import { exifBlock, GIF_1x1, JPEG_40x30, png, pngChunk, WEBP_40x30, XMP_WITH_LOCATION } from './images';

async function expectLinear(label: string, make: (scale: number) => Buffer): Promise<void> {
  const g = await growth(make, (bytes: Buffer) => prepareImage(bytes));
  expect(g.ratio, describeGrowth(label, g)).toBeLessThan(MAX_GROWTH_16X);
}

/** The sample JPEG with n more APP1 segments before its picture. */
function jpegWithSegments(n: number, segment: Buffer): Buffer {
  const app0End = 4 + JPEG_40x30.readUInt16BE(4);
  return Buffer.concat([JPEG_40x30.subarray(0, app0End), ...Array.from({ length: n }, () => segment), JPEG_40x30.subarray(app0End)]);
}

const app1 = (body: Buffer) => Buffer.concat([Buffer.from([0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff]), body]);

describe('the image walk grows linearly', () => {
  it('JPEG: thousands of XMP segments to drop', () =>
    expectLinear('jpeg xmp', (s) => jpegWithSegments(500 * s, app1(Buffer.from('http://ns.adobe.com/xap/1.0/\0' + XMP_WITH_LOCATION)))));

  it('JPEG: thousands of EXIF segments, each with a location to remove', () =>
    expectLinear('jpeg exif', (s) =>
      jpegWithSegments(
        500 * s,
        app1(Buffer.concat([Buffer.from('Exif\0\0'), exifBlock({ orientation: 6, location: { latitude: 1, longitude: 2 } })])),
      ),
    ));

  it('JPEG: a scan of stuffed 0xFF bytes and restart markers', () =>
    expectLinear('jpeg scan', (s) => {
      const eoi = JPEG_40x30.length - 2;
      const filler = Buffer.alloc(40_000 * s);
      for (let i = 0; i < filler.length; i += 4) filler.set([0xff, 0x00, 0xff, 0xd0 + ((i / 4) % 8)], i);
      return Buffer.concat([JPEG_40x30.subarray(0, eoi), filler, JPEG_40x30.subarray(eoi)]);
    }));

  it('PNG: thousands of small chunks, text and metadata', () =>
    expectLinear('png chunks', (s) => {
      const extra = Array.from({ length: 1000 * s }, (_, i) =>
        pngChunk(
          i % 3 ? 'tEXt' : 'iTXt',
          Buffer.from(i % 3 ? `Comment\0note ${i}` : `XML:com.adobe.xmp\0\0\0\0\0${XMP_WITH_LOCATION}`, 'latin1'),
        ),
      );
      return png(4, 4, 1, extra);
    }));

  it('WebP: thousands of unknown chunks', () =>
    expectLinear('webp chunks', (s) => {
      const chunk = Buffer.concat([Buffer.from('JUNK'), Buffer.from([10, 0, 0, 0]), Buffer.alloc(10, 7)]);
      const out = Buffer.concat([WEBP_40x30, ...Array.from({ length: 2000 * s }, () => chunk)]);
      out.writeUInt32LE(out.length - 8, 4);
      return out;
    }));

  it('GIF: thousands of frames of one-byte sub-blocks', () =>
    expectLinear('gif frames', (s) => {
      const frame = Buffer.from([0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0x02, ...Array.from({ length: 40 }, () => [1, 0x44]).flat(), 0]);
      const comment = Buffer.from([0x21, 0xfe, 3, 0x61, 0x62, 0x63, 0]);
      return Buffer.concat([
        GIF_1x1.subarray(0, GIF_1x1.length - 1),
        ...Array.from({ length: 800 * s }, () => Buffer.concat([comment, frame])),
        Buffer.from([0x3b]),
      ]);
    }));
});
