/**
 * Settles the images an importer found: reads each one's bytes (a data: URL, a Word document's
 * picture, Copydesk JSON's photos map, or a file beside a Markdown or HTML file), checks them
 * through the same gate as addPhoto (prepareImage: type by magic bytes, size, structure,
 * dimensions, location removed), and names each photo block by the SHA-256 of the bytes the
 * store will hold. What cannot come in stays as words where the photo stood ("[Photo: caption
 * (credit)]") and the import report says why:
 *
 * - a web address is never fetched: "remote image not downloaded";
 * - a local path must stay inside the imported file's folder: absolute paths, `..` escapes and
 *   links leading out are refused with the reason;
 * - at most MAX_IMPORT_IMAGES images, and MAX_IMPORT_IMAGE_BYTES in all, per imported file.
 */
import { createHash } from 'node:crypto';
import { realpathSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import { blocksToBody, bodyToBlocks, type Block } from '../../shared/article/blocks';
import { PHOTO_LIMITS } from '../../shared/article/media';
import { ImportError } from '../../shared/import/import-error';
import { MAX_IMPORT_IMAGES, type ImportedArticle, type PendingImage, type SettledImage } from '../../shared/import/imported-article';
import { ImageRefused, prepareImage } from '../../shared/media/inspect';
import { photoTextLine } from '../../shared/export/photos';
import { newBlockId } from '../../shared/article/ids';

/** All the images of one imported file together: a little more than eight full-size news photos. */
export const MAX_IMPORT_IMAGE_BYTES = 250 * 1024 * 1024;

export interface SettleOptions {
  /** The imported file's folder, where its relative image paths point; absent for an upload. */
  baseDir?: string;
  /** Instead of a folder: the images of the ZIP the article came in, by their path inside it. */
  zipImages?: ReadonlyMap<string, Uint8Array>;
}

/** A path inside the ZIP the article came in; `..` may not climb out of it. */
function fromZip(src: string, path: string, images: ReadonlyMap<string, Uint8Array>): Found {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return { note: `image "${shortSrc(src)}" not imported: it points outside the ZIP` };
      parts.pop();
    } else parts.push(part);
  }
  const bytes = images.get(parts.join('/'));
  return bytes
    ? { bytes, fileName: parts[parts.length - 1]! }
    : { note: `image "${shortSrc(src)}" not imported: the ZIP holds no such image` };
}

type Found = { bytes: Uint8Array; fileName: string } | { note: string };

const shortSrc = (src: string): string => (src.length > 80 ? `${src.slice(0, 77)}…` : src);

function fromDataUrl(src: string): Found {
  const m = /^data:([^,;]*)((?:;[^,;]*)*?)(;base64)?,([\s\S]*)$/i.exec(src);
  if (!m) return { note: 'an embedded image (data: address) is malformed; it was not imported' };
  try {
    const bytes = m[3] ? Buffer.from(m[4]!.replace(/\s+/g, ''), 'base64') : Buffer.from(decodeURIComponent(m[4]!), 'latin1');
    return { bytes, fileName: 'embedded image' };
  } catch {
    return { note: 'an embedded image (data: address) is malformed; it was not imported' };
  }
}

/** A path beside the imported file, refused when it leads anywhere else. */
function fromLocalPath(src: string, options: SettleOptions): Found {
  let path = src.split(/[?#]/)[0]!;
  try {
    path = decodeURIComponent(path);
  } catch {
    /* a stray % is part of the name */
  }
  if (/^file:/i.test(src) || isAbsolute(path) || /^[a-z]:[\\/]/i.test(path) || path.startsWith('\\')) {
    return { note: `image "${shortSrc(src)}" not imported: it is an absolute path; only images in the imported file's folder come in` };
  }
  if (options.zipImages) return fromZip(src, path, options.zipImages);
  if (!options.baseDir) {
    return {
      note: `image "${shortSrc(src)}" not imported: the file came alone, without the folder its images are in (import it as a zip with its images, or from its folder with copydesk import)`,
    };
  }
  const base = realpathSync(options.baseDir);
  const target = join(base, path);
  const outside = (p: string) => {
    const rel = relative(base, p);
    return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  };
  if (outside(target)) return { note: `image "${shortSrc(src)}" not imported: it points outside the imported file's folder` };
  let real: string;
  try {
    real = realpathSync(target);
  } catch {
    return { note: `image "${shortSrc(src)}" not imported: there is no such file beside the imported file` };
  }
  // A link inside the folder that leads out of it is an escape all the same.
  if (outside(real)) return { note: `image "${shortSrc(src)}" not imported: it points outside the imported file's folder` };
  const info = statSync(real);
  if (!info.isFile()) return { note: `image "${shortSrc(src)}" not imported: it is not a file` };
  if (info.size > PHOTO_LIMITS.maxBytes) {
    return {
      note: `image "${shortSrc(src)}" not imported: it is ${(info.size / 1024 / 1024).toFixed(1)} MB, more than the ${PHOTO_LIMITS.maxBytes / 1024 / 1024} MB a photo can be`,
    };
  }
  return { bytes: readFileSync(real), fileName: basename(real) };
}

function bytesOf(image: PendingImage, options: SettleOptions): Found {
  if (image.bytes) return { bytes: image.bytes, fileName: image.src || 'image' };
  const src = image.src.trim();
  if (!src) return { note: 'an image without an address was not imported' };
  if (/^data:/i.test(src)) return fromDataUrl(src);
  if (/^https?:/i.test(src) || src.startsWith('//'))
    return { note: `remote image not downloaded: ${shortSrc(src)} (its caption and alt text are kept)` };
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) && !/^[a-z]:[\\/]/i.test(src) && !/^file:/i.test(src)) {
    return { note: `image "${shortSrc(src)}" not imported: Copydesk reads images only from the file itself or its folder` };
  }
  return fromLocalPath(src, options);
}

/**
 * The article with its photos named by hash and their checked bytes in `images`, or with words
 * where an image could not come in and a note saying why. Throws ImportError past the limits.
 */
export function settleImages(article: ImportedArticle, file: string, options: SettleOptions = {}): ImportedArticle {
  const pending = article.pendingImages ?? [];
  const { pendingImages: _pending, ...rest } = article;
  if (pending.length === 0) return rest;
  if (pending.length > MAX_IMPORT_IMAGES) {
    throw new ImportError(file, `it holds ${pending.length} images; one article can bring at most ${MAX_IMPORT_IMAGES}.`);
  }
  const notes = [...(article.importNotes ?? [])];
  const images = new Map<string, SettledImage>();
  const settled = new Map<string, { hash: string; mime: string; width: number; height: number } | null>();
  let total = 0;
  for (const image of pending) {
    const found = bytesOf(image, options);
    if ('note' in found) {
      notes.push(found.note);
      settled.set(image.key, null);
      continue;
    }
    if (image.verify && createHash('sha256').update(found.bytes).digest('hex') !== image.key) {
      notes.push(`photo ${image.key.slice(0, 12)}… not imported: its bytes do not match its SHA-256 (the file is damaged)`);
      settled.set(image.key, null);
      continue;
    }
    total += found.bytes.length;
    if (total > MAX_IMPORT_IMAGE_BYTES) {
      throw new ImportError(file, `its images come to more than the ${MAX_IMPORT_IMAGE_BYTES / 1024 / 1024} MB one article can bring.`);
    }
    try {
      const prepared = prepareImage(found.bytes, found.fileName);
      const hash = createHash('sha256').update(prepared.bytes).digest('hex');
      if (!images.has(hash)) images.set(hash, { hash, bytes: prepared.bytes, fileName: found.fileName });
      settled.set(image.key, { hash, mime: prepared.mime, width: prepared.width, height: prepared.height });
    } catch (error) {
      if (!(error instanceof ImageRefused)) throw error;
      notes.push(`image not imported: ${error.message}`);
      settled.set(image.key, null);
    }
  }
  const blocks: Block[] = [];
  for (const block of bodyToBlocks(article.body)) {
    const photo = block.type === 'photo' ? block.photo : undefined;
    if (!photo || !settled.has(photo.hash)) {
      blocks.push(block);
      continue;
    }
    const done = settled.get(photo.hash);
    if (done) blocks.push({ ...block, photo: { ...photo, ...done } as typeof photo });
    // Without its image the photo is its words, where it stood; a photo with no words is nothing.
    else if (photo.caption || photo.credit || photo.alt)
      blocks.push({ id: newBlockId(), type: 'paragraph', runs: [{ text: photoTextLine(photo), format: 0 }] });
  }
  const out: ImportedArticle = { ...rest, body: blocksToBody(blocks) };
  if (images.size > 0) out.images = [...images.values()];
  if (notes.length > 0) out.importNotes = notes;
  return out;
}
