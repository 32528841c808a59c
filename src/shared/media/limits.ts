/** The size limits every photo is held to (PHOTO_LIMITS), in one wording. */
import { PHOTO_LIMITS } from '../article/media';
import { ImageRefused } from './refused';

const count = (n: number): string => n.toLocaleString('en-US');

/** Refuses a picture too large to be a photo: past it lies a decompression bomb, not a picture. */
export function checkDimensions(width: number, height: number, what = 'The picture'): void {
  if (!(width > 0 && height > 0)) throw new ImageRefused(`${what} has no size (${width} × ${height} pixels).`);
  if (width > PHOTO_LIMITS.maxSide || height > PHOTO_LIMITS.maxSide) {
    throw new ImageRefused(
      `${what} is ${count(width)} × ${count(height)} pixels; a photo may be at most ${count(PHOTO_LIMITS.maxSide)} pixels on a side.`,
    );
  }
  if (width * height > PHOTO_LIMITS.maxPixels) {
    throw new ImageRefused(
      `${what} is ${count(width)} × ${count(height)} pixels (${Math.round((width * height) / 1e6)} megapixels); a photo may be at most ${PHOTO_LIMITS.maxPixels / 1e6} megapixels.`,
    );
  }
}

/** Refuses a file over the size limit, naming both sizes in MB. */
export function checkFileSize(bytes: number): void {
  if (bytes === 0) throw new ImageRefused('The file is empty (0 bytes).');
  if (bytes > PHOTO_LIMITS.maxBytes) {
    const mb = (bytes / 1048576).toFixed(1);
    // Just over the limit, "25.0 MB" would read as allowed: then the bytes are counted out.
    const exact = Number(mb) <= PHOTO_LIMITS.maxBytes / 1048576 ? ` (${count(bytes)} bytes, over ${count(PHOTO_LIMITS.maxBytes)})` : '';
    throw new ImageRefused(`The file is ${mb} MB${exact}; a photo may be at most ${PHOTO_LIMITS.maxBytes / 1048576} MB.`);
  }
}
