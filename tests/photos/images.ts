/**
 * Real images for tests and the bench, made by code: small pictures Chromium encoded (JPEG and
 * WebP, 40 × 30, kept here as base64), PNG and GIF built chunk by chunk, and builders that add
 * EXIF with a GPS location, XMP, or padding to reach a size. Nothing is read from disk.
 */
import { deflateSync } from 'node:zlib';
import { crc32 } from '../../src/shared/media/crc32';
import { prng } from '../support/prng';

/** 40 × 30 baseline JPEG (JFIF, no EXIF), from Chromium's canvas. */
export const JPEG_40x30 = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAeACgDASIAAhEBAxEB/8QAGgAAAgMBAQAAAAAAAAAAAAAAAwYAAQgCBf/EACUQAAIBAgMJAQAAAAAAAAAAAAECAAMFBxETBAYSFCExN0GDs//EABcBAQEBAQAAAAAAAAAAAAAAAAUGAwT/xAAeEQABBQEAAwEAAAAAAAAAAAACAAEDBBEhBRITFP/aAAwDAQACEQMRAD8AUWMExnTGajwU8ZWb7ftUmUMfq2urfyV784e2br4sqsYNjNWY3+L718f3pzJ7GN0h+jbiHG59wcsxUxkg2Mkejh4uA5ur0GMZrNiHvPY7ZRt1ruehsdHi06fL0myzYserKT3J9xVYwbGTteBn46btEJthNqab9iJvRfLXXt10uevsdbh1KfL0lzyYMOqqD3A9xPYzpjBMY7VriPGZDSmwtgtipjJBsZI3HDxFHL1f/9k=',
  'base64',
);

/** 40 × 30 lossy WebP with a VP8X header (alpha), from Chromium's canvas. */
export const WEBP_40x30 = Buffer.from(
  'UklGRq4CAABXRUJQVlA4WAoAAAAgAAAAJwAAHQAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADZWUDggwAAAABAGAJ0BKigAHgA+ZSiPRaQioRqkAEAGRLQATplCPqvduSLcN4BeeIYAm7hlVHEEn12vZTRUbKbbAAD+n2Ys4/jh/sK/9BadFWXr/7rs//qA7fT6hsMGenySxbN//8A7P+wtKkg27V7c/h/9Z7Lr+H87/KRALYfRufCK7oWgs9RfHfzz/zm3nXr1yW6pg07wHacNq9mjnAcjh4DCm15Cx5jPlwx2hA/WXrjOLDfcGM8zfYP7gwhzMfIK94BlHwAAAA==',
  'base64',
);

/** The smallest whole GIF: 1 × 1, one frame. */
export const GIF_1x1 = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

export function pngChunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out, 4, 8 + data.length), 8 + data.length);
  return out;
}

/** An RGB PNG of seeded noise (so two seeds give two different pictures). */
export function png(width: number, height: number, seed = 1, extra: Buffer[] = []): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const random = prng(seed);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width * 3; x++) raw[y * (width * 3 + 1) + 1 + x] = Math.floor(random() * 256);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    ...extra,
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', new Uint8Array(0)),
  ]);
}

export interface Location {
  latitude: number;
  longitude: number;
}

/** Degrees as EXIF's three rationals (degrees, minutes, seconds × 100). */
function dms(value: number): number[] {
  const v = Math.abs(value);
  const d = Math.floor(v);
  const m = Math.floor((v - d) * 60);
  const s = Math.round(((v - d) * 60 - m) * 60 * 100);
  return [d, 1, m, 1, s, 100];
}

/**
 * A TIFF/EXIF block: IFD0 with Make, Orientation and (when given) a GPS IFD with
 * latitude and longitude — what a phone writes.
 */
export function exifBlock(options: { orientation?: number; location?: Location; make?: string; bigEndian?: boolean } = {}): Buffer {
  const make = Buffer.from((options.make ?? 'Copydesk Test Camera') + '\0', 'latin1');
  const entries0 = 2 + (options.location ? 1 : 0);
  const ifd0 = 8;
  const ifd0Size = 2 + entries0 * 12 + 4;
  const makeAt = ifd0 + ifd0Size;
  const gpsAt = makeAt + make.length + (make.length & 1);
  const gpsEntries = 4;
  const gpsSize = 2 + gpsEntries * 12 + 4;
  const latAt = gpsAt + gpsSize;
  const lonAt = latAt + 24;
  const total = options.location ? lonAt + 24 : gpsAt;
  const b = Buffer.alloc(total);
  // Intel (II, little-endian) as most phones write, or Motorola (MM) as some cameras do.
  const big = options.bigEndian === true;
  const u16 = (v: number, at: number) => (big ? b.writeUInt16BE(v, at) : b.writeUInt16LE(v, at));
  const u32 = (v: number, at: number) => (big ? b.writeUInt32BE(v, at) : b.writeUInt32LE(v, at));
  b.write(big ? 'MM' : 'II', 0, 'latin1');
  u16(42, 2);
  u32(ifd0, 4);
  u16(entries0, ifd0);
  let e = ifd0 + 2;
  const entry = (tag: number, type: number, count: number, value: (at: number) => void) => {
    u16(tag, e);
    u16(type, e + 2);
    u32(count, e + 4);
    value(e + 8);
    e += 12;
  };
  entry(0x010f, 2, make.length, (at) => u32(makeAt, at));
  entry(0x0112, 3, 1, (at) => u16(options.orientation ?? 1, at));
  if (options.location) entry(0x8825, 4, 1, (at) => u32(gpsAt, at));
  u32(0, e); // no next IFD
  make.copy(b, makeAt);
  if (options.location) {
    const { latitude, longitude } = options.location;
    u16(gpsEntries, gpsAt);
    e = gpsAt + 2;
    entry(0x0001, 2, 2, (at) => b.write(latitude >= 0 ? 'N' : 'S', at, 'latin1'));
    entry(0x0002, 5, 3, (at) => u32(latAt, at));
    entry(0x0003, 2, 2, (at) => b.write(longitude >= 0 ? 'E' : 'W', at, 'latin1'));
    entry(0x0004, 5, 3, (at) => u32(lonAt, at));
    u32(0, e);
    dms(latitude).forEach((v, i) => u32(v, latAt + i * 4));
    dms(longitude).forEach((v, i) => u32(v, lonAt + i * 4));
  }
  return b;
}

export const XMP_WITH_LOCATION =
  '<?xpacket begin="\uFEFF"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="52,22.5N" exif:GPSLongitude="4,53.7E"/></rdf:RDF></x:xmpmeta><?xpacket end="w"?>';

function jpegSegment(marker: number, body: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

/** The JPEG with APP1 segments inserted after SOI (and its JFIF APP0): EXIF and/or XMP. */
export function jpegWith(jpeg: Buffer, meta: { exif?: Buffer; xmp?: string; padding?: number; seed?: number }): Buffer {
  const app0End = jpeg[3] === 0xe0 ? 4 + jpeg.readUInt16BE(4) : 2;
  const segments: Buffer[] = [];
  if (meta.exif) segments.push(jpegSegment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), meta.exif])));
  if (meta.xmp) segments.push(jpegSegment(0xe1, Buffer.from('http://ns.adobe.com/xap/1.0/\0' + meta.xmp, 'utf8')));
  if (meta.padding) {
    // Incompressible bytes in comment segments, as a real photo's entropy data would be.
    const random = prng(meta.seed ?? 7);
    for (let left = meta.padding; left > 0; left -= 65533) {
      const body = Buffer.alloc(Math.min(65533, left));
      for (let i = 0; i < body.length; i++) body[i] = Math.floor(random() * 256);
      segments.push(jpegSegment(0xfe, body));
    }
  }
  return Buffer.concat([jpeg.subarray(0, app0End), ...segments, jpeg.subarray(app0End)]);
}

/** A JPEG of exactly `bytes` bytes, different for each seed: the 40 × 30 picture padded with noise. */
export function photoOfSize(bytes: number, seed: number, exif?: Buffer): Buffer {
  const room = bytes - JPEG_40x30.length - (exif ? exif.length + 10 : 0);
  // Each comment segment of up to 65,533 bytes of noise costs 4 more bytes of marker and length.
  let padding = Math.max(0, room - 4 * Math.ceil(room / 65533));
  while (padding < room && padding + 4 * Math.ceil(padding / 65533) < room) padding++;
  return jpegWith(JPEG_40x30, { exif, padding, seed });
}

/** The PNG with an eXIf chunk (and/or an XMP iTXt chunk) after IHDR. */
export function pngWith(meta: { exif?: Buffer; xmp?: string }, seed = 1): Buffer {
  const extra: Buffer[] = [];
  if (meta.exif) extra.push(pngChunk('eXIf', meta.exif));
  if (meta.xmp)
    extra.push(pngChunk('iTXt', Buffer.concat([Buffer.from('XML:com.adobe.xmp\0\0\0\0\0', 'latin1'), Buffer.from(meta.xmp, 'utf8')])));
  return png(8, 6, seed, extra);
}

function riffChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(type, 0, 'latin1');
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat([head, data, data.length & 1 ? Buffer.from([0]) : Buffer.alloc(0)]);
}

/** The WebP with EXIF and/or XMP chunks appended, the VP8X flags set and the RIFF size fixed. */
export function webpWith(meta: { exif?: Buffer; xmp?: string }): Buffer {
  const parts: Buffer[] = [WEBP_40x30];
  if (meta.exif) parts.push(riffChunk('EXIF', meta.exif));
  if (meta.xmp) parts.push(riffChunk('XMP ', Buffer.from(meta.xmp, 'utf8')));
  const out = Buffer.concat(parts);
  out.writeUInt32LE(out.length - 8, 4);
  out[20] = out[20]! | (meta.exif ? 0x08 : 0) | (meta.xmp ? 0x04 : 0);
  return out;
}
