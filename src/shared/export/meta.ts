/**
 * Facts every format derives the same way: the item's guid and version, its times, the byline
 * as one line, the latest note. Kept here so NewsML-G2, NITF and ninjs never disagree.
 */
import type { ArticleNote } from '../article/article';
import type { ExportableArticle, ExportOptions } from './types';

/** Stable for the article's whole life: the same guid on every version. */
export function articleGuid(article: Pick<ExportableArticle, 'id'>): string {
  return `urn:copydesk:article:${article.id}`;
}

/**
 * The version number wire formats announce. The stored version's number when there is one, so
 * two exports of one version carry the same number; a draft without versions is version 1.
 */
export function exportVersionNumber(article: ExportableArticle): number {
  if (article.version) return article.version.number;
  const last = article.versions?.[article.versions.length - 1];
  return last ? last.number : 1;
}

function fallbackNow(options: ExportOptions): string {
  // Only a draft with no time of its own reaches this; it is the moment of export.
  return options.now ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** When this version was made: the version's time, else the public "Updated:" time, else now. */
export function versionCreatedAt(article: ExportableArticle, options: ExportOptions): string {
  return article.version?.createdAt ?? article.updatedAt ?? article.firstPublishedAt ?? fallbackNow(options);
}

/** When the item first existed for readers: first publication, else the oldest version. */
export function firstCreatedAt(article: ExportableArticle, options: ExportOptions): string {
  return article.firstPublishedAt ?? article.versions?.[0]?.createdAt ?? versionCreatedAt(article, options);
}

/** The note readers saw last: it decides whether a wire item signals an update or a correction. */
export function latestNote(article: Pick<ExportableArticle, 'notes'>): ArticleNote | undefined {
  let latest: ArticleNote | undefined;
  for (const note of article.notes) {
    // Notes are kept oldest first, so a later entry wins ties and unreadable dates.
    const at = Date.parse(note.date);
    const best = latest ? Date.parse(latest.date) : Number.NaN;
    if (!latest || Number.isNaN(at) || Number.isNaN(best) || at >= best) latest = note;
  }
  return latest;
}

/** "Ana Ruiz and Tomasz Wiśniewski"; "A, B and C" for three or more. */
export function bylineNames(article: Pick<ExportableArticle, 'bylines'>): string {
  const names = article.bylines.map((b) => b.name.trim()).filter(Boolean);
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "By Ana Ruiz and Tomasz Wiśniewski", or '' with no bylines. */
export function bylineLine(article: Pick<ExportableArticle, 'bylines'>): string {
  const names = bylineNames(article);
  return names ? `By ${names}` : '';
}

export function isPublished(article: Pick<ExportableArticle, 'status' | 'firstPublishedAt'>): boolean {
  return article.status === 'published';
}

export function languageTag(article: Pick<ExportableArticle, 'language'>): string {
  return article.language.trim() || 'en';
}

export function noteLabel(note: ArticleNote): string {
  return note.kind === 'correction' ? 'Correction' : 'Update';
}
