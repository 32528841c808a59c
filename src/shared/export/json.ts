/**
 * Copydesk's own JSON: every article field under its own name (docs/architecture.md, “The article”), the Lexical body as it
 * is stored, and the version facts, so a re-import loses nothing. `format` and `formatVersion`
 * let an importer recognise the file and migrate older ones.
 */
import type { Article } from '../article/article';
import { CONTENT_FIELDS } from '../article/article';
import type { ExportableArticle, ExportOptions, ExportVersion, ExportVersionEntry } from './types';
import { bodyToBlocks } from '../article/blocks';
import type { PhotoType } from '../article/media';
import { bytesToBase64, photoFilesFor } from './photos';

/** One photo's bytes in the file: the importer checks them against the hash that names them. */
export interface CopydeskJsonPhoto {
  mime: PhotoType;
  base64: string;
}

export const COPYDESK_JSON_FORMAT = 'copydesk-article';
export const COPYDESK_JSON_FORMAT_VERSION = 1;

export interface CopydeskArticleJson extends Article {
  format: typeof COPYDESK_JSON_FORMAT;
  formatVersion: typeof COPYDESK_JSON_FORMAT_VERSION;
  /** Who wrote the file (ExportOptions.provider). */
  exportedBy: string;
  version?: ExportVersion;
  versions?: ExportVersionEntry[];
  /**
   * The bytes of every photo the body names (that the exporting store held), keyed by SHA-256.
   * Absent when the body has no photos, so files without photos read as they always did.
   */
  photos?: Record<string, CopydeskJsonPhoto>;
}

export function copydeskJson(article: ExportableArticle, options: ExportOptions): CopydeskArticleJson {
  const doc: Record<string, unknown> = {
    format: COPYDESK_JSON_FORMAT,
    formatVersion: COPYDESK_JSON_FORMAT_VERSION,
    exportedBy: options.provider,
    id: article.id,
  };
  // Field order follows the article model; the copy keeps the body free of shared objects.
  for (const field of CONTENT_FIELDS) doc[field] = jsonClone(article[field]);
  if (article.version) doc.version = jsonClone(article.version);
  if (article.versions) doc.versions = jsonClone(article.versions);
  const files = photoFilesFor(bodyToBlocks(article.body), options.photos);
  if (Object.keys(files).length > 0) {
    doc.photos = Object.fromEntries(
      Object.entries(files).map(([hash, file]) => [hash, { mime: file.mime, base64: bytesToBase64(file.bytes) }]),
    );
  }
  return doc as unknown as CopydeskArticleJson;
}

export function exportJson(article: ExportableArticle, options: ExportOptions): string {
  return JSON.stringify(copydeskJson(article, options), null, options.pretty === false ? undefined : 2) + '\n';
}

function jsonClone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
