/**
 * Exports an article from the store: the working draft, or any version as it was. A version
 * export carries its number and the history before it, so wire formats get a stable guid and
 * version, and NITF a revision history.
 */
import type { Store } from '../store';
import type { ExportFile } from '../export';
import { inlineWork, type Work } from '../work/tasks';
import type { ExportableArticle, ExportFormat } from '../../shared/export/types';
import { EXPORT_FILE_TYPES } from '../../shared/export/types';
import { ApiError } from '../../shared/api/errors';
import { fileNameStem, safeFileName } from '../../shared/export/file-name';
import { contentOf } from '../../shared/article/content';
import type { HouseStyleOverrides } from '../../shared/notes/style';
import { bodyToBlocks } from '../../shared/article/blocks';
import type { PhotoSource } from '../../shared/article/media';
import { photoFilesFor, type PhotoFiles } from '../../shared/export/photos';
import { photoSourceOf } from '../store/photo-store';

export const PROVIDER = 'Copydesk';

export function exportableFromStore(store: Store, id: string, version?: number): ExportableArticle {
  const article = store.articles.get(id);
  const history = store.versions.list(id).reverse();
  if (version === undefined) {
    return {
      id,
      ...contentOf(article),
      versions: history.map((v) => ({ number: v.number, createdAt: v.createdAt, kind: v.kind, label: v.label })),
    };
  }
  const summary = history.find((v) => v.number === version);
  if (!summary) throw new ApiError('not-found', `Article ${id} has no version ${version}.`);
  return {
    id,
    ...store.versions.read(id, version),
    version: { number: summary.number, createdAt: summary.createdAt, author: summary.author },
    versions: history
      .filter((v) => v.number <= version)
      .map((v) => ({ number: v.number, createdAt: v.createdAt, kind: v.kind, label: v.label })),
  };
}

/**
 * A file name a desk can keep: the slug (or id), the version, the format's extension — made
 * safe by the one file-name rule, since a slug is whatever its writer typed.
 */
export function exportFileName(article: ExportableArticle, format: ExportFormat, extension = EXPORT_FILE_TYPES[format].extension): string {
  return safeFileName(`${exportStem(article)}.${extension}`);
}

/** The name without its extension: the slug (or id) and the version. */
export function exportStem(article: ExportableArticle): string {
  return safeFileName(`${fileNameStem(article.slug.slice(0, 80)) || article.id}${article.version ? `-v${article.version.number}` : ''}`);
}

/**
 * The bytes of the photos an export needs, read from the store on this thread: they travel to a
 * work thread as plain bytes (a PhotoSource's functions cannot cross).
 */
export function exportPhotoFiles(article: ExportableArticle, photos: PhotoSource): PhotoFiles {
  return photoFilesFor(bodyToBlocks(article.body), photos);
}

export async function exportFromStore(
  store: Store,
  id: string,
  version: number | undefined,
  format: ExportFormat,
  work: Work = inlineWork,
): Promise<ExportFile & { fileName: string }> {
  const article = exportableFromStore(store, id, version);
  // Writing the file (a PDF of a long article takes a while) happens off the serving thread when
  // `work` is a pool; notes print in the house style set in Settings, as the article view shows them.
  // Photos ride along as bytes: HTML inlines them, PDF, DOCX and JSON embed them, and Markdown,
  // NITF, NewsML-G2 and ninjs come back as a zip with the images beside the text.
  const file = await work.exportFile(article, format, {
    provider: PROVIDER,
    noteStyle: store.settings.get<HouseStyleOverrides>('houseStyle', {}),
    photoFiles: exportPhotoFiles(article, photoSourceOf(store.db)),
    bundleName: exportStem(article),
  });
  return { ...file, fileName: exportFileName(article, format, file.extension) };
}
