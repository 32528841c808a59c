/**
 * GIF: walks every block (extensions, frames, each frame's data sub-blocks) to the trailer, so a
 * file cut short is refused and every frame's own size is checked — a small logical screen can
 * hide a frame header claiming 65,535 × 65,535 pixels. GIF has no EXIF; application extensions
 * other than the looping ones (NETSCAPE2.0, ANIMEXTS1.0) — XMP among them — are dropped, and so
 * is anything after the trailer.
 */
import { ascii, concatBytes, cutShort, needBytes, u16le } from './bytes';
import { ImageRefused } from './refused';
import type { Stripped } from './stripped';
import { checkDimensions } from './limits';

const TRAILER = Uint8Array.of(0x3b);

/** The application extensions that make an animation loop; every other one is metadata. */
const LOOPING = new Set(['NETSCAPE2.0', 'ANIMEXTS1.0']);

/** Skips a chain of data sub-blocks (a length byte, that many bytes … a zero) and returns where it ends. */
function skipSubBlocks(b: Uint8Array, pos: number): number {
  for (;;) {
    needBytes(b, pos + 1, 'GIF');
    const size = b[pos]!;
    pos += 1 + size;
    if (size === 0) return pos;
  }
}

export function stripGif(b: Uint8Array): Stripped {
  needBytes(b, 13, 'GIF');
  const screenFlags = b[10]!;
  let pos = 13 + (screenFlags & 0x80 ? 3 * (1 << ((screenFlags & 7) + 1)) : 0);
  const parts: Uint8Array[] = [];
  let keepFrom = 0;
  let locationRemoved = false;
  let frames = 0;
  for (;;) {
    // Some programs leave the trailer out; a file that ends cleanly after a whole frame is complete.
    const ended = pos === b.length && frames > 0;
    if (!ended) needBytes(b, pos + 1, 'GIF');
    if (ended || b[pos] === 0x3b) {
      if (frames === 0) throw new ImageRefused('The GIF file holds no picture data.');
      parts.push(b.subarray(keepFrom, pos), TRAILER);
      return { bytes: concatBytes(parts), locationRemoved };
    }
    const introducer = b[pos]!;
    if (introducer === 0x21) {
      needBytes(b, pos + 2, 'GIF');
      const label = b[pos + 1]!;
      const end = skipSubBlocks(b, pos + 2);
      if (label === 0xff && !LOOPING.has(ascii(b, pos + 3, pos + 3 + Math.min(11, b[pos + 2]!)))) {
        parts.push(b.subarray(keepFrom, pos));
        keepFrom = end;
        locationRemoved = true;
      }
      pos = end;
    } else if (introducer === 0x2c) {
      needBytes(b, pos + 10, 'GIF');
      const width = u16le(b, pos + 5);
      const height = u16le(b, pos + 7);
      checkDimensions(width, height, frames === 0 ? 'Its first frame' : `Its frame ${frames + 1}`);
      const flags = b[pos + 9]!;
      pos += 10 + (flags & 0x80 ? 3 * (1 << ((flags & 7) + 1)) : 0);
      needBytes(b, pos + 1, 'GIF');
      pos = skipSubBlocks(b, pos + 1);
      frames++;
    } else if (pos >= b.length) {
      throw cutShort('GIF');
    } else {
      throw new ImageRefused('The GIF file is damaged: its structure breaks off partway through.');
    }
  }
}
