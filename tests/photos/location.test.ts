/**
 * Location is taken out on import, losslessly: exifr (an independent EXIF reader) finds the GPS
 * position before and none after, the orientation stays, the picture keeps its size, and no
 * byte of the image data changes.
 */
import { describe, expect, it } from 'vitest';
import exifr from 'exifr';
import { imageSize } from 'image-size';
import { inspectImage, prepareImage, stripLocation } from '../../src/shared/media/inspect';
import { exifBlock, jpegWith, JPEG_40x30, pngWith, webpWith, XMP_WITH_LOCATION, GIF_1x1 } from './images';

const AMSTERDAM = { latitude: 52.3731, longitude: 4.8922 };

async function gpsOf(bytes: Uint8Array): Promise<{ latitude?: number; longitude?: number } | undefined> {
  return (await exifr.gps(Buffer.from(bytes))) ?? undefined;
}

describe('location removed from JPEG', () => {
  const original = jpegWith(JPEG_40x30, { exif: exifBlock({ orientation: 6, location: AMSTERDAM }) });

  it('the sample carries a position exifr can read (the test can fail)', async () => {
    const gps = await gpsOf(original);
    expect(gps?.latitude).toBeCloseTo(AMSTERDAM.latitude, 3);
    expect(gps?.longitude).toBeCloseTo(AMSTERDAM.longitude, 3);
  });

  it('removes the GPS directory and keeps the orientation and the camera', async () => {
    const image = prepareImage(original, 'beach.jpg');
    expect(image.locationRemoved).toBe(true);
    expect(await gpsOf(image.bytes)).toBeUndefined();
    const tags = await exifr.parse(Buffer.from(image.bytes), { gps: true, translateValues: false });
    expect(tags.Orientation).toBe(6);
    expect(tags.Make).toBe('Copydesk Test Camera');
    expect(tags.latitude).toBeUndefined();
    // No coordinate left as stray bytes either: the degrees rational 52/1 is gone, and the whole
    // GPS directory with its values (from byte 72 of the TIFF block, which starts at byte 30) is zero.
    const out = Buffer.from(image.bytes);
    expect(out.includes(Buffer.from([52, 0, 0, 0, 1, 0, 0, 0]))).toBe(false);
    const exifLength = out.readUInt16BE(22) - 8;
    expect(out.subarray(30 + 72, 30 + exifLength).every((byte) => byte === 0)).toBe(true);
    expect(out.subarray(30 + 50, 30 + 70).toString('latin1')).toBe('Copydesk Test Camera');
    // Orientation 6 turns the 40 × 30 picture a quarter: shown 30 wide, 40 high.
    expect(imageSize(image.bytes)).toMatchObject({ width: 40, height: 30, orientation: 6 });
    expect({ width: image.width, height: image.height }).toEqual({ width: 30, height: 40 });
  });

  it('keeps every byte of the picture: only the EXIF segment changes, and its length stays', () => {
    const stripped = stripLocation(original, 'image/jpeg');
    expect(stripped.length).toBe(original.length);
    const exifEnd = 20 + 2 + original.readUInt16BE(22);
    expect(Buffer.from(stripped.subarray(exifEnd)).equals(original.subarray(exifEnd))).toBe(true);
  });

  it('removes the location from big-endian (Motorola) EXIF too', async () => {
    const motorola = jpegWith(JPEG_40x30, { exif: exifBlock({ orientation: 8, location: AMSTERDAM, bigEndian: true }) });
    expect((await gpsOf(motorola))?.latitude).toBeCloseTo(AMSTERDAM.latitude, 3);
    const image = prepareImage(motorola);
    expect(image.locationRemoved).toBe(true);
    expect(await gpsOf(image.bytes)).toBeUndefined();
    expect((await exifr.parse(Buffer.from(image.bytes), { translateValues: false })).Orientation).toBe(8);
    expect(Buffer.from(image.bytes).includes(Buffer.from([0, 0, 0, 52, 0, 0, 0, 1]))).toBe(false);
  });

  it('drops XMP, which repeats the position as text', async () => {
    const withXmp = jpegWith(JPEG_40x30, { xmp: XMP_WITH_LOCATION });
    expect((await exifr.parse(withXmp, { xmp: true }))?.GPSLatitude).toBeDefined();
    const image = prepareImage(withXmp);
    expect(image.locationRemoved).toBe(true);
    expect(Buffer.from(image.bytes).includes('GPSLatitude')).toBe(false);
    expect(Buffer.from(image.bytes).equals(JPEG_40x30)).toBe(true);
  });

  it('leaves a photo without location as it is, and says so', () => {
    const plain = jpegWith(JPEG_40x30, { exif: exifBlock({ orientation: 1 }) });
    const image = prepareImage(plain);
    expect(image.locationRemoved).toBe(false);
    expect(Buffer.from(image.bytes).equals(plain)).toBe(true);
  });

  it('drops an EXIF block it cannot read rather than keep a location by mistake', () => {
    const broken = exifBlock({ location: AMSTERDAM });
    broken.writeUInt32LE(0xfffffff0, 4); // IFD0 points outside the block
    const image = prepareImage(jpegWith(JPEG_40x30, { exif: broken }));
    expect(image.locationRemoved).toBe(true);
    expect(Buffer.from(image.bytes).equals(JPEG_40x30)).toBe(true);
  });

  it('drops what follows the end of the image (an appended second picture with its own EXIF)', async () => {
    const appended = Buffer.concat([JPEG_40x30, original]);
    const image = prepareImage(appended);
    expect(Buffer.from(image.bytes).equals(JPEG_40x30)).toBe(true);
    expect(await gpsOf(image.bytes)).toBeUndefined();
  });
});

describe('location removed from PNG', () => {
  it('rewrites eXIf without GPS (checksum fixed) and keeps the orientation', async () => {
    const original = pngWith({ exif: exifBlock({ orientation: 8, location: AMSTERDAM }) });
    expect((await gpsOf(original))?.latitude).toBeCloseTo(AMSTERDAM.latitude, 3);
    const image = prepareImage(original);
    expect(image.locationRemoved).toBe(true);
    expect(await gpsOf(image.bytes)).toBeUndefined();
    expect((await exifr.parse(Buffer.from(image.bytes), { translateValues: false })).Orientation).toBe(8);
    expect(image.bytes.length).toBe(original.length);
    // The rewritten chunk passes the walk again (its CRC is right) and the size is read.
    expect(inspectImage(image.bytes)).toEqual({ mime: 'image/png', width: 8, height: 6 });
  });

  it('drops the XMP chunk', async () => {
    const original = pngWith({ xmp: XMP_WITH_LOCATION });
    expect((await exifr.parse(original, { xmp: true }))?.GPSLatitude).toBeDefined();
    const image = prepareImage(original);
    expect(image.locationRemoved).toBe(true);
    expect(Buffer.from(image.bytes).includes('GPSLatitude')).toBe(false);
    expect(Buffer.from(image.bytes).equals(pngWith({}))).toBe(true);
  });
});

describe('location removed from WebP', () => {
  it('rewrites EXIF without GPS, drops XMP, fixes the RIFF size and the VP8X flags', async () => {
    const original = webpWith({ exif: exifBlock({ orientation: 3, location: AMSTERDAM }), xmp: XMP_WITH_LOCATION });
    // exifr reads no WebP container: it is given the EXIF chunk's TIFF structure.
    expect((await gpsOf(webpExif(original)))?.latitude).toBeCloseTo(AMSTERDAM.latitude, 3);
    const image = prepareImage(original);
    expect(image.locationRemoved).toBe(true);
    const out = Buffer.from(image.bytes);
    expect(await gpsOf(webpExif(out))).toBeUndefined();
    expect(out.includes('GPSLatitude')).toBe(false);
    expect(out.readUInt32LE(4)).toBe(out.length - 8);
    expect(out[20]! & 0x04).toBe(0); // XMP flag cleared
    expect(out[20]! & 0x08).toBe(0x08); // EXIF (without GPS) still there
    expect((await exifr.parse(webpExif(out), { translateValues: false })).Orientation).toBe(3);
    expect(imageSize(out)).toMatchObject({ width: 40, height: 30, type: 'webp' });
  });

  it('clears the EXIF flag when the EXIF chunk goes', () => {
    const broken = exifBlock({ location: AMSTERDAM });
    broken.write('XX', 0, 'latin1');
    const out = Buffer.from(prepareImage(webpWith({ exif: broken })).bytes);
    expect(out[20]! & 0x08).toBe(0);
    expect(out.equals(WEBP_WITHOUT_FLAGS())).toBe(true);
  });
});

/** The data of a WebP's EXIF chunk (a TIFF structure). */
function webpExif(webp: Buffer): Buffer {
  for (let at = 12; at + 8 <= webp.length;) {
    const size = webp.readUInt32LE(at + 4);
    if (webp.toString('latin1', at, at + 4) === 'EXIF') return webp.subarray(at + 8, at + 8 + size);
    at += 8 + size + (size & 1);
  }
  throw new Error('no EXIF chunk');
}

function WEBP_WITHOUT_FLAGS(): Buffer {
  const copy = Buffer.from(webpWith({}));
  copy[20] = copy[20]! & ~0x0c;
  return copy;
}

describe('GIF', () => {
  it('is taken as it is', () => {
    const image = prepareImage(GIF_1x1);
    expect(image).toMatchObject({ mime: 'image/gif', width: 1, height: 1, locationRemoved: false });
    expect(Buffer.from(image.bytes).equals(GIF_1x1)).toBe(true);
  });
});
