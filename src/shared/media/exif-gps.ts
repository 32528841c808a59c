/**
 * Takes the GPS location out of an EXIF block (a TIFF structure) in place, keeping everything
 * else — above all the orientation, so a portrait photo still stands up.
 *
 * EXIF keeps its location in one sub-directory, the GPS IFD, named by tag 0x8825 in the first
 * directory (IFD0). We remove that entry from IFD0 (the entries after it move up; the block keeps
 * its length, so no other offset changes) and zero the GPS IFD and every value it points to, so no
 * coordinate stays behind as unreferenced bytes. A block we cannot read safely is reported as
 * unreadable: the caller then drops the whole block rather than keep a location by mistake.
 */
import { u16be, u16le, u32be, u32le } from './bytes';

export type GpsOutcome = 'none' | 'removed' | 'unreadable';

const GPS_IFD_TAG = 0x8825;
/** Bytes per value of each TIFF field type (1 BYTE … 12 DOUBLE, 13 IFD). */
const TYPE_SIZES = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4];

export function removeGpsIfd(tiff: Uint8Array): GpsOutcome {
  if (tiff.length < 8) return 'unreadable';
  const little = tiff[0] === 0x49 && tiff[1] === 0x49;
  const big = tiff[0] === 0x4d && tiff[1] === 0x4d;
  if (!little && !big) return 'unreadable';
  const u16 = little ? u16le : u16be;
  const u32 = little ? u32le : u32be;
  if (u16(tiff, 2) !== 42) return 'unreadable';
  const ifd0 = u32(tiff, 4);
  if (ifd0 < 8 || ifd0 + 2 > tiff.length) return 'unreadable';
  const count = u16(tiff, ifd0);
  const entriesEnd = ifd0 + 2 + count * 12;
  if (entriesEnd + 4 > tiff.length) return 'unreadable';

  let gpsEntry = -1;
  for (let i = 0; i < count; i++) {
    if (u16(tiff, ifd0 + 2 + i * 12) === GPS_IFD_TAG) gpsEntry = ifd0 + 2 + i * 12;
  }
  if (gpsEntry < 0) return 'none';

  const gps = u32(tiff, gpsEntry + 8);
  if (gps < 8 || gps + 2 > tiff.length) return 'unreadable';
  const gpsCount = u16(tiff, gps);
  const gpsEnd = gps + 2 + gpsCount * 12 + 4;
  if (gpsEnd > tiff.length) return 'unreadable';
  for (let i = 0; i < gpsCount; i++) {
    const entry = gps + 2 + i * 12;
    const size = (TYPE_SIZES[u16(tiff, entry + 2)] ?? 1) * u32(tiff, entry + 4);
    if (size > 4) {
      const at = u32(tiff, entry + 8);
      if (at < tiff.length) tiff.fill(0, at, Math.min(tiff.length, at + size));
    }
  }
  tiff.fill(0, gps, gpsEnd);

  // Drop the pointer: later entries and the next-IFD offset move up one entry; the freed 12 bytes are zeroed.
  tiff.copyWithin(gpsEntry, gpsEntry + 12, entriesEnd + 4);
  tiff.fill(0, entriesEnd + 4 - 12, entriesEnd + 4);
  const newCount = count - 1;
  if (little) {
    tiff[ifd0] = newCount & 0xff;
    tiff[ifd0 + 1] = newCount >> 8;
  } else {
    tiff[ifd0] = newCount >> 8;
    tiff[ifd0 + 1] = newCount & 0xff;
  }
  return 'removed';
}
