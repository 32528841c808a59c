/**
 * The one gate every photo passes before it is stored: its type from its bytes, its size, its
 * structure walked to the end (a file cut short is refused), its dimensions (a decompression
 * bomb — a tiny file declaring a giant picture — is refused), and its location taken out of its
 * metadata losslessly. Pure: runs in main, in the CLI and in tests alike.
 */
import { imageSize } from 'image-size';
import type { PhotoType } from '../article/media';
import { sniffPhotoType } from './sniff';
import { checkDimensions, checkFileSize } from './limits';
import { ImageRefused } from './refused';
import type { Stripped } from './stripped';
import { stripJpeg } from './jpeg';
import { stripPng } from './png';
import { stripWebp } from './webp';
import { stripGif } from './gif';

export { ImageRefused } from './refused';

export interface InspectedImage {
  mime: PhotoType;
  /** As the picture is shown: for an EXIF orientation that turns it a quarter, width and height are swapped. */
  width: number;
  height: number;
}

export interface PreparedImage extends InspectedImage {
  /** The bytes to store: the file without its location and without anything after the image's end. */
  bytes: Uint8Array;
  locationRemoved: boolean;
}

const STRIPPERS: Record<PhotoType, (b: Uint8Array) => Stripped> = {
  'image/jpeg': stripJpeg,
  'image/png': stripPng,
  'image/webp': stripWebp,
  'image/gif': stripGif,
};

const SIZE_TYPES: Record<PhotoType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/gif': 'gif' };
const NAMES: Record<PhotoType, string> = { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP', 'image/gif': 'GIF' };

/** Checks bytes and gives back what to store. Throws ImageRefused with a plain reason. */
export function prepareImage(bytes: Uint8Array, fileName?: string): PreparedImage {
  try {
    checkFileSize(bytes.length);
    const mime = sniffPhotoType(bytes);
    const stripped = STRIPPERS[mime](bytes);
    const { width, height } = dimensionsOf(stripped.bytes, mime);
    return { mime, width, height, bytes: stripped.bytes, locationRemoved: stripped.locationRemoved };
  } catch (error) {
    throw named(error, fileName);
  }
}

/** Checks bytes: their type, size, structure and dimensions. Throws ImageRefused with a plain reason. */
export function inspectImage(bytes: Uint8Array, fileName?: string): InspectedImage {
  const { mime, width, height } = prepareImage(bytes, fileName);
  return { mime, width, height };
}

/** The file without its location (EXIF GPS, XMP), losslessly; refuses a file that is not a whole `mime` image. */
export function stripLocation(bytes: Uint8Array, mime: PhotoType): Uint8Array {
  if (sniffPhotoType(bytes) !== mime) throw new ImageRefused(`The file is not a ${NAMES[mime]} image.`);
  return STRIPPERS[mime](bytes).bytes;
}

/** Puts the file's name in front of a refusal: "beach.jpg: The file is cut short …". */
export function named(error: unknown, fileName: string | undefined): unknown {
  if (!(error instanceof ImageRefused) || !fileName) return error;
  return new ImageRefused(`${fileName}: ${error.message}`);
}

function dimensionsOf(bytes: Uint8Array, mime: PhotoType): { width: number; height: number } {
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    throw new ImageRefused(`The ${NAMES[mime]} file is damaged or of a kind Copydesk cannot read: its picture size cannot be found.`);
  }
  if (size.type !== SIZE_TYPES[mime] || size.width === undefined || size.height === undefined) {
    throw new ImageRefused(`The ${NAMES[mime]} file is damaged: its picture size cannot be found.`);
  }
  checkDimensions(size.width, size.height);
  const turned = (size.orientation ?? 1) >= 5;
  return turned ? { width: size.height, height: size.width } : { width: size.width, height: size.height };
}
