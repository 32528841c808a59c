/**
 * PNG: walks every chunk (length, type, data, CRC) to IEND, so a file cut short or damaged is
 * refused, and returns the file with its location taken out, losslessly (pixels untouched):
 *   - eXIf: rewritten without the GPS directory (an unreadable one is dropped whole);
 *   - XMP (iTXt "XML:com.adobe.xmp") and the "Raw profile type …" text chunks other programs
 *     use for EXIF/XMP/IPTC: dropped;
 *   - anything after IEND: dropped.
 */
import { ascii, concatBytes, copyOf, cutShort, needBytes, u32be, writeU32be } from './bytes';
import { crc32 } from './crc32';
import { removeGpsIfd } from './exif-gps';
import { ImageRefused } from './refused';
import type { Stripped } from './stripped';

const TEXT_CHUNKS = new Set(['tEXt', 'zTXt', 'iTXt']);

/** A text chunk's keyword: Latin-1, 1–79 bytes, ended by NUL. */
function keywordOf(b: Uint8Array, data: number, end: number): string {
  const nul = b.subarray(data, Math.min(end, data + 80)).indexOf(0);
  return nul < 0 ? '' : ascii(b, data, data + nul);
}

function carriesMetadata(keyword: string): boolean {
  return keyword === 'XML:com.adobe.xmp' || keyword.startsWith('Raw profile type');
}

export function stripPng(b: Uint8Array): Stripped {
  const parts: Uint8Array[] = [];
  let keepFrom = 0;
  let locationRemoved = false;
  let pos = 8;
  let first = true;
  let sawData = false;
  for (;;) {
    needBytes(b, pos + 12, 'PNG');
    const length = u32be(b, pos);
    if (length > 0x7fffffff) throw new ImageRefused('The PNG file is damaged: a chunk has an impossible length.');
    const type = ascii(b, pos + 4, pos + 8);
    const data = pos + 8;
    const end = data + length + 4;
    if (end > b.length) throw cutShort('PNG');
    if (crc32(b, pos + 4, data + length) !== u32be(b, data + length)) {
      throw new ImageRefused(`The PNG file is damaged: its ${/^[A-Za-z]{4}$/.test(type) ? type + ' ' : ''}chunk fails its checksum.`);
    }
    if (first && type !== 'IHDR') throw new ImageRefused('The PNG file is damaged: it does not start with its header chunk.');
    first = false;
    if (type === 'IDAT') sawData = true;

    let drop = false;
    let replacement: Uint8Array | undefined;
    if (type === 'eXIf') {
      const chunk = copyOf(b, pos, end);
      const outcome = removeGpsIfd(chunk.subarray(8, 8 + length));
      if (outcome === 'unreadable') drop = true;
      else if (outcome === 'removed') {
        writeU32be(chunk, 8 + length, crc32(chunk, 4, 8 + length));
        replacement = chunk;
      }
    } else if (TEXT_CHUNKS.has(type) && carriesMetadata(keywordOf(b, data, data + length))) {
      drop = true;
    }
    if (drop || replacement) {
      parts.push(b.subarray(keepFrom, pos));
      if (replacement) parts.push(replacement);
      keepFrom = end;
      locationRemoved = true;
    }
    pos = end;
    if (type === 'IEND') {
      if (!sawData) throw new ImageRefused('The PNG file holds no picture data.');
      parts.push(b.subarray(keepFrom, end));
      return { bytes: concatBytes(parts), locationRemoved };
    }
  }
}
