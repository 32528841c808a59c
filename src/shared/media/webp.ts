/**
 * WebP: walks the RIFF container's chunks, so a file cut short is refused, and returns it with
 * its location taken out, losslessly:
 *   - EXIF: rewritten without the GPS directory (an unreadable one is dropped whole);
 *   - XMP, and any chunk the WebP format does not define: dropped;
 * then the RIFF size is set to what remains and the VP8X flags say which metadata is still there.
 * Anything after the RIFF container is dropped.
 */
import { ascii, concatBytes, copyOf, cutShort, needBytes, u32le, writeU32le } from './bytes';
import { removeGpsIfd } from './exif-gps';
import { ImageRefused } from './refused';
import type { Stripped } from './stripped';

/** The chunks WebP defines besides EXIF and XMP; decoders ignore any other, so we do not keep them. */
const IMAGE_CHUNKS = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF', 'ICCP']);
const VP8X_EXIF = 0x08;
const VP8X_XMP = 0x04;

export function stripWebp(b: Uint8Array): Stripped {
  needBytes(b, 12, 'WebP');
  const riffEnd = 8 + u32le(b, 4);
  if (riffEnd > b.length) throw cutShort('WebP');
  const parts: Uint8Array[] = [b.subarray(0, 12)];
  let locationRemoved = false;
  let hasExif = false;
  let sawImage = false;
  let pos = 12;
  while (pos < riffEnd) {
    if (pos + 8 > riffEnd) throw cutShort('WebP');
    const type = ascii(b, pos, pos + 4);
    const size = u32le(b, pos + 4);
    const dataEnd = pos + 8 + size;
    if (dataEnd > riffEnd) throw cutShort('WebP');
    // Chunks are padded to an even length; some writers leave the last pad byte out.
    const end = Math.min(riffEnd, dataEnd + (size & 1));
    let chunk = b.subarray(pos, end);
    if (type === 'VP8 ' || type === 'VP8L' || type === 'VP8X' || type === 'ANIM') sawImage = true;
    if (type === 'EXIF') {
      const copy = copyOf(b, pos, end);
      // Some writers keep JPEG's "Exif\0\0" before the TIFF structure.
      const tiffAt = ascii(copy, 8, 14) === 'Exif\0\0' ? 14 : 8;
      const outcome = removeGpsIfd(copy.subarray(tiffAt, 8 + size));
      if (outcome !== 'none') locationRemoved = true;
      if (outcome === 'unreadable') chunk = new Uint8Array(0);
      else {
        chunk = copy;
        hasExif = true;
      }
    } else if (!IMAGE_CHUNKS.has(type)) {
      chunk = new Uint8Array(0);
      locationRemoved = true;
    }
    if (chunk.length > 0) parts.push(chunk);
    pos = end;
  }
  if (!sawImage) throw new ImageRefused('The WebP file holds no picture data.');
  const out = concatBytes(parts);
  writeU32le(out, 4, out.length - 8);
  if (ascii(out, 12, 16) === 'VP8X' && out.length >= 21) {
    // Flags byte after the chunk header: XMP is gone; EXIF only when a chunk of it stayed.
    const flags = out[20]! & ~(VP8X_EXIF | VP8X_XMP);
    out[20] = hasExif ? flags | VP8X_EXIF : flags;
  }
  return { bytes: out, locationRemoved };
}
