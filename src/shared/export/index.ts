/**
 * Textual exports, pure: every format here is a string built from the article alone, so the
 * renderer can preview them and the CLI and main process can write them. PDF and DOCX are
 * binary and live in src/main/export.
 */
import { exportHtml } from './html';
import { exportJson } from './json';
import { exportMarkdown } from './markdown';
import { exportNewsml } from './newsml';
import { exportNinjs } from './ninjs';
import { exportNitf } from './nitf';
import { exportText } from './txt';
import { isTextExportFormat, type ExportableArticle, type ExportOptions, type TextExportFormat } from './types';
import { articleForFormat } from './characters';

const EXPORTERS: Record<TextExportFormat, (article: ExportableArticle, options: ExportOptions) => string> = {
  html: exportHtml,
  md: exportMarkdown,
  txt: exportText,
  newsml: exportNewsml,
  nitf: exportNitf,
  ninjs: exportNinjs,
  json: exportJson,
};

/**
 * The article in a textual format. Note that `html` here is not yet sanitized by DOMPurify: files
 * written from the main process go through exportArticleFile, which does that last step.
 */
export function exportArticle(article: ExportableArticle, format: TextExportFormat, options: ExportOptions): string {
  if (!isTextExportFormat(format))
    throw new Error(`Copydesk cannot export to "${String(format)}" as text. Choose one of: html, md, txt, newsml, nitf, ninjs, json.`);
  return EXPORTERS[format](articleForFormat(article, format), options);
}

export * from './types';
export { exportHtml, exportJson, exportMarkdown, exportNewsml, exportNinjs, exportNitf, exportText };
export { copydeskJson, COPYDESK_JSON_FORMAT, COPYDESK_JSON_FORMAT_VERSION, type CopydeskArticleJson } from './json';
export { newsmlSignal } from './newsml';
export { nitfElement } from './nitf';
export { ninjsDocument } from './ninjs';
export { vetLink } from '../security/trusted-url';
export { articleForFormat, textFor } from './characters';
export { articleGuid, exportVersionNumber, latestNote } from './meta';
export { noteLine, printedNote } from './notes';
