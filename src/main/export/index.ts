/**
 * Every export as a file: the textual formats from src/shared/export (HTML sanitized here with
 * DOMPurify as the last step), plus PDF and DOCX, which need Node.
 */
import { exportArticle } from '../../shared/export/index';
import { articleForFormat } from '../../shared/export/characters';
import { EXPORT_FILE_TYPES, isExportFormat, type ExportFormat, type ExportableArticle } from '../../shared/export/types';
import { exportDocx } from './docx';
import { exportSafeHtml } from './html';
import { exportPdf, type PdfOptions } from './pdf';
import { bundleWithPhotos, FORMATS_WITH_IMAGES_BESIDE } from './bundle';
import { photoSourceOfFiles, type PhotoFiles } from '../../shared/export/photos';
import { versionCreatedAt } from '../../shared/export/meta';

export interface ExportFile {
  data: Buffer | string;
  mime: string;
  extension: string;
}

/**
 * Options for any format; `paper` matters to PDF only (A4 unless 'Letter'). Photos come either as
 * a PhotoSource (`photos`) or as plain bytes by hash (`photoFiles`), which is what crosses to a
 * worker thread: a source's functions cannot.
 */
export interface ExportFileOptions extends PdfOptions {
  photoFiles?: PhotoFiles;
  /** The article file's name inside a zip with its images (no extension); 'article' when absent. */
  bundleName?: string;
}

export async function exportArticleFile(article: ExportableArticle, format: ExportFormat, options: ExportFileOptions): Promise<ExportFile> {
  if (!isExportFormat(format)) {
    throw new Error(`Copydesk cannot export to "${String(format)}". Choose one of: ${Object.keys(EXPORT_FILE_TYPES).join(', ')}.`);
  }
  const { mime, extension } = EXPORT_FILE_TYPES[format];
  const photos = options.photos ?? (options.photoFiles ? photoSourceOfFiles(options.photoFiles) : undefined);
  options = { ...options, photos, photoFiles: undefined };
  let data: Buffer | string;
  switch (format) {
    // Each format gets only the characters it can hold (textual formats: inside exportArticle).
    case 'pdf':
      data = await exportPdf(articleForFormat(article, format), options);
      break;
    case 'docx':
      data = await exportDocx(articleForFormat(article, format), options);
      break;
    case 'html':
      data = exportSafeHtml(articleForFormat(article, format), options);
      break;
    default:
      data = exportArticle(article, format, options);
  }
  if (FORMATS_WITH_IMAGES_BESIDE.has(format) && typeof data === 'string') {
    const bundle = await bundleWithPhotos(
      article,
      data,
      extension,
      photos,
      options.bundleName ?? 'article',
      new Date(versionCreatedAt(article, options)),
    );
    if (bundle) return bundle;
  }
  return { data, mime, extension };
}

export { exportDocx, exportPdf, exportSafeHtml };
export { FORMATS_WITH_IMAGES_BESIDE } from './bundle';
export { sanitizeHtmlDocument } from './html';
export type { PaperSize, PdfOptions } from './pdf';
