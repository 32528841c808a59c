/**
 * What one exported file puts in a batch: the file itself, or — when the export is a zip of an
 * article with its images (Markdown, NITF, NewsML-G2 and ninjs of an article with photos) — the
 * article file and its `images/…` files, so the batch holds every article at its top level and
 * one `images/` folder beside them that all of them point into (an image used twice is one file).
 */
import JSZip from 'jszip';
import { PHOTO_FOLDER } from '../../shared/export/photos';
import { safeFileName } from '../../shared/export/file-name';

export interface BatchEntry {
  /** `name.md` at the top, or `images/<hash12>.<ext>`. */
  path: string;
  bytes: Uint8Array<ArrayBuffer>;
  /** True for the article's own file (its name may need a -2 to be unique); false for an image. */
  article: boolean;
}

const IMAGE_PATH = new RegExp(`^${PHOTO_FOLDER}/[0-9a-f]{12}\\.(jpg|png|gif|webp)$`);

export async function batchEntries(file: { fileName: string; mime: string }, bytes: Uint8Array<ArrayBuffer>): Promise<BatchEntry[]> {
  if (file.mime !== 'application/zip' || !file.fileName.endsWith('.zip')) return [{ path: file.fileName, bytes, article: true }];
  const zip = await JSZip.loadAsync(bytes);
  const entries: BatchEntry[] = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const data = new Uint8Array(await entry.async('uint8array'));
    // Only the two kinds of entry an export writes (one article file, its images); anything else is not ours.
    if (IMAGE_PATH.test(entry.name)) entries.push({ path: entry.name, bytes: data, article: false });
    else if (!entry.name.includes('/') && !entries.some((e) => e.article))
      entries.push({ path: safeFileName(file.fileName.replace(/\.zip$/, '')), bytes: data, article: true });
  }
  return entries;
}
