/**
 * Real PNG files for the desk's photo tests, made here byte by byte (signature, IHDR, IDAT, IEND
 * with their CRCs) so every test photo is a file any image reader opens. Each seed gives other
 * pixels, so other bytes and another hash; `noise` makes pixels that do not compress, for a photo
 * whose upload takes a while.
 */
import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { prng } from '../support/prng';

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

export function pngPhoto(seed: number, width = 40, height = 30, options: { noise?: boolean } = {}): Buffer {
  const rand = prng(seed);
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const i = 1 + x * 3;
      if (options.noise) {
        row[i] = Math.floor(rand() * 256);
        row[i + 1] = Math.floor(rand() * 256);
        row[i + 2] = Math.floor(rand() * 256);
      } else {
        row[i] = (x * 7 + seed * 31) & 255;
        row[i + 1] = (y * 5 + seed * 17) & 255;
        row[i + 2] = (seed * 53) & 255;
      }
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bits per channel
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: options.noise ? 0 : 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
