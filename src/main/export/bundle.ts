/**
 * Formats whose images travel beside the text (Markdown, NITF, NewsML-G2, ninjs) leave as one
 * zip when the article has photos: the article file at the top and its images in `images/`,
 * named as the text names them (`images/<hash12>.<ext>`). HTML inlines its images and Copydesk
 * JSON, PDF and DOCX embed them, so they stay one file. Entries carry the version's time, so the
 * same version gives the same zip.
 */
import JSZip from 'jszip';
import { bodyToBlocks } from '../../shared/article/blocks';
import type { PhotoSource } from '../../shared/article/media';
import { photoFilePath, photoFilesFor } from '../../shared/export/photos';
import { safeFileName } from '../../shared/export/file-name';
import type { ExportableArticle } from '../../shared/export/types';

export { FORMATS_WITH_IMAGES_BESIDE } from '../../shared/export/types';

export interface PhotoBundle {
  data: Buffer;
  mime: 'application/zip';
  /** The article file's own extension with `.zip` after it: `md.zip`, `nitf.xml.zip`. */
  extension: string;
}

/**
 * The zip holding `text` as `<name>.<extension>` and every photo the body names that the source
 * holds, or null when there is none (the text alone is then the whole export).
 */
export async function bundleWithPhotos(
  article: ExportableArticle,
  text: string,
  extension: string,
  source: PhotoSource | undefined,
  name: string,
  date: Date,
): Promise<PhotoBundle | null> {
  const blocks = bodyToBlocks(article.body);
  const files = photoFilesFor(blocks, source);
  if (Object.keys(files).length === 0) return null;
  const zip = new JSZip();
  const when = Number.isNaN(date.getTime()) ? new Date(Date.UTC(2000, 0, 1)) : date;
  zip.file(safeFileName(`${name}.${extension}`), text, { date: when });
  // The images/ folder's own entry gets the version's time too: left to JSZip it would carry the
  // moment of export, and the same version would not give the same zip twice.
  zip.file('images', null, { dir: true, date: when });
  for (const block of blocks) {
    if (block.type !== 'photo' || !block.photo) continue;
    const file = files[block.photo.hash];
    if (!file) continue;
    // Photos are packed already: deflating them again costs time and saves nothing.
    zip.file(photoFilePath(block.photo), file.bytes, { date: when, binary: true, compression: 'STORE' });
  }
  const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { data, mime: 'application/zip', extension: `${extension}.zip` };
}
