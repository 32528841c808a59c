/**
 * JPEG: walks the file marker by marker (the header segments, then each scan's entropy-coded data
 * up to the next marker) to the end-of-image marker, so a file cut short is refused, and returns
 * the file with its location taken out, losslessly — no pixel is decoded or re-encoded:
 *   - APP1 "Exif": rewritten without the GPS directory (orientation and the rest stay);
 *     an EXIF block we cannot read is dropped whole;
 *   - every other APP1 (XMP, extended XMP, anything unrecognised): dropped whole — XMP may repeat
 *     the location as text;
 *   - anything after the end-of-image marker (a phone's appended video or second picture, each
 *     with metadata of its own) is dropped.
 */
import { ascii, concatBytes, copyOf, cutShort, needBytes, u16be } from './bytes';
import { removeGpsIfd } from './exif-gps';
import { ImageRefused } from './refused';
import type { Stripped } from './stripped';

/**
 * A progressive photo has about ten scans; thousands of tiny ones make a decoder redo the whole
 * picture each time, a CPU bomb in a small file.
 */
export const MAX_SCANS = 500;

export function stripJpeg(b: Uint8Array): Stripped {
  const parts: Uint8Array[] = [b.subarray(0, 2)];
  let locationRemoved = false;
  let scans = 0;
  let keepFrom = 2;
  let pos = 2;
  for (;;) {
    needBytes(b, pos + 2, 'JPEG');
    if (b[pos] !== 0xff) throw new ImageRefused('The JPEG file is damaged: its structure breaks off partway through.');
    const marker = b[pos + 1]!;
    if (marker === 0xff) {
      pos += 1; // fill byte before a marker
      continue;
    }
    if (marker === 0xd9) {
      if (scans === 0) throw new ImageRefused('The JPEG file holds no picture data.');
      parts.push(b.subarray(keepFrom, pos + 2));
      return { bytes: concatBytes(parts), locationRemoved };
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      pos += 2;
      continue;
    }
    if (marker === 0xd8) throw new ImageRefused('The JPEG file is damaged: it starts a second image inside the first.');
    needBytes(b, pos + 4, 'JPEG');
    const length = u16be(b, pos + 2);
    if (length < 2) throw new ImageRefused('The JPEG file is damaged: a segment has an impossible length.');
    const end = pos + 2 + length;
    needBytes(b, end, 'JPEG');

    if (marker === 0xe1) {
      const body = pos + 4;
      if (ascii(b, body, body + 6) === 'Exif\0\0') {
        const segment = copyOf(b, pos, end);
        const outcome = removeGpsIfd(segment.subarray(10));
        if (outcome !== 'none') {
          parts.push(b.subarray(keepFrom, pos));
          if (outcome === 'removed') parts.push(segment);
          keepFrom = end;
          locationRemoved = true;
        }
      } else {
        parts.push(b.subarray(keepFrom, pos));
        keepFrom = end;
        locationRemoved = true;
      }
    }
    pos = end;

    if (marker === 0xda) {
      if (++scans > MAX_SCANS)
        throw new ImageRefused(
          `The JPEG file has more than ${MAX_SCANS} scans (a photo has a few dozen at most): it would take a viewer minutes to draw.`,
        );
      // Entropy-coded data: 0xFF is followed by 0x00 (a stuffed byte), a restart marker or fill;
      // anything else is the next marker.
      for (;;) {
        const ff = b.indexOf(0xff, pos);
        if (ff < 0) throw cutShort('JPEG');
        needBytes(b, ff + 2, 'JPEG');
        const next = b[ff + 1]!;
        if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) pos = ff + 2;
        else if (next === 0xff) pos = ff + 1;
        else {
          pos = ff;
          break;
        }
      }
    }
  }
}
