/**
 * What an exporter reads and the options every format takes. An export is one version of one
 * article as the desk filed it: the article's fields, plus which version that is, so wire formats
 * can give the same guid and version number every time the same version goes out.
 */
import type { Article } from '../article/article';
import type { VersionKind } from '../article/version';
import type { HouseStyleOverrides } from '../notes/style';
import type { PhotoSource } from '../article/media';

export interface ExportVersion {
  number: number;
  /** ISO 8601 time the version was made. */
  createdAt: string;
  author?: { name: string; email: string };
}

export interface ExportVersionEntry {
  number: number;
  createdAt: string;
  kind: VersionKind | string;
  label?: string | null;
}

export type ExportableArticle = Article & {
  /** The version being exported; absent for a working draft. */
  version?: ExportVersion;
  /** The article's history, oldest first, for formats that carry one (NITF revision-history). */
  versions?: ExportVersionEntry[];
};

export interface ExportOptions {
  /** Who sends the item, e.g. 'Copydesk' or the newsroom's name. */
  provider: string;
  /** ISO 8601 "now", used only when the article carries no time of its own; pass it in tests. */
  now?: string;
  /** Indent XML and JSON for people to read (default true). */
  pretty?: boolean;
  /** The house style notes are printed in (Settings' house style); AP when absent. */
  noteStyle?: HouseStyleOverrides;
  /**
   * Where photos' bytes come from. Without it (or for a hash it lacks) a photo is exported as its
   * caption, credit and alt text only, never as a broken image.
   */
  photos?: PhotoSource;
}

export const TEXT_EXPORT_FORMATS = ['html', 'md', 'txt', 'newsml', 'nitf', 'ninjs', 'json'] as const;
export type TextExportFormat = (typeof TEXT_EXPORT_FORMATS)[number];

export const EXPORT_FORMATS = [...TEXT_EXPORT_FORMATS, 'pdf', 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** File facts for each format: what a save dialog and a download need. */
export const EXPORT_FILE_TYPES: Record<ExportFormat, { mime: string; extension: string; label: string }> = {
  html: { mime: 'text/html; charset=utf-8', extension: 'html', label: 'Web page (HTML)' },
  md: { mime: 'text/markdown; charset=utf-8', extension: 'md', label: 'Markdown' },
  txt: { mime: 'text/plain; charset=utf-8', extension: 'txt', label: 'Plain text' },
  newsml: { mime: 'application/vnd.iptc.g2.newsitem+xml', extension: 'xml', label: 'IPTC NewsML-G2' },
  nitf: { mime: 'application/nitf+xml', extension: 'nitf.xml', label: 'IPTC NITF 3.6' },
  ninjs: { mime: 'application/ninjs+json', extension: 'ninjs.json', label: 'IPTC ninjs 3.1' },
  json: { mime: 'application/json', extension: 'copydesk.json', label: 'Copydesk JSON' },
  pdf: { mime: 'application/pdf', extension: 'pdf', label: 'PDF (print)' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', label: 'Word (DOCX)' },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function isTextExportFormat(value: string): value is TextExportFormat {
  return (TEXT_EXPORT_FORMATS as readonly string[]).includes(value);
}
