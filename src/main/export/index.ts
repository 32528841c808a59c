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

export interface ExportFile {
  data: Buffer | string;
  mime: string;
  extension: string;
}

/** Options for any format; `paper` matters to PDF only (A4 unless 'Letter'). */
export type ExportFileOptions = PdfOptions;

export async function exportArticleFile(article: ExportableArticle, format: ExportFormat, options: ExportFileOptions): Promise<ExportFile> {
  if (!isExportFormat(format)) {
    throw new Error(`Copydesk cannot export to "${String(format)}". Choose one of: ${Object.keys(EXPORT_FILE_TYPES).join(', ')}.`);
  }
  const { mime, extension } = EXPORT_FILE_TYPES[format];
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
  return { data, mime, extension };
}

export { exportDocx, exportPdf, exportSafeHtml };
export { sanitizeHtmlDocument } from './html';
export type { PaperSize, PdfOptions } from './pdf';
