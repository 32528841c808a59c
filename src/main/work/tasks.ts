/**
 * The heavy per-article work that may run off the serving thread: reading an imported file and
 * writing an export. One definition, run either in place (the CLI, tests) or in a worker thread
 * (the web host), so both give the same article and the same bytes.
 */
import { importBytes, ImportError, type ImportedArticle } from '../import';
import { exportArticleFile, type ExportFile, type ExportFileOptions } from '../export';
import type { ExportableArticle, ExportFormat } from '../../shared/export/types';
import { ApiError } from '../../shared/api/errors';
import type { ArticleSummary } from '../../shared/article/article';
import { ArticleStore, type DeskQuery } from '../store/article-store';
import { DATABASE_FILE, openDatabase } from '../store/database';
import { statSync } from 'node:fs';
import { join } from 'node:path';

export type WorkTask =
  | { kind: 'import'; name: string; bytes: Uint8Array; dir?: string }
  | { kind: 'search'; dir: string; query: DeskQuery; nativeBinding?: string }
  | { kind: 'export'; article: ExportableArticle; format: ExportFormat; options: ExportFileOptions };

export type WorkResult = ImportedArticle | ExportFile | ArticleSummary[];

/** What the services ask of the work runner. */
export interface Work {
  /** `dir` is the file's folder, where images it names beside it are read from (absent for uploads). */
  importFile(name: string, bytes: Buffer, dir?: string): Promise<ImportedArticle>;
  exportFile(article: ExportableArticle, format: ExportFormat, options: ExportFileOptions): Promise<ExportFile>;
  /**
   * A desk search on a read-only connection of its own, or null to search on the caller's. The
   * caller brings the index up to date first (a write, which stays with the one writer).
   */
  search(dir: string, query: DeskQuery, nativeBinding?: string): Promise<ArticleSummary[]> | null;
}

/**
 * Read-only connections of a work thread, one per data folder, kept between searches — and
 * opened again when the store file was replaced (a restored backup is a new file).
 */
const readers = new Map<string, { articles: ArticleStore; close(): void; inode: number }>();

function searchIn(dir: string, query: DeskQuery, nativeBinding?: string): ArticleSummary[] {
  const file = join(dir, DATABASE_FILE);
  const inode = statSync(file).ino;
  let reader = readers.get(dir);
  if (reader && reader.inode !== inode) {
    reader.close();
    reader = undefined;
  }
  if (!reader) {
    const db = openDatabase(dir, { readonly: true, skipIntegrityCheck: true, nativeBinding });
    reader = { articles: new ArticleStore(db, file), close: () => db.close(), inode };
    readers.set(dir, reader);
  }
  return reader.articles.list(query);
}

export async function runTask(task: WorkTask): Promise<WorkResult> {
  if (task.kind === 'import') return importBytes(task.name, task.bytes, task.dir ? { baseDir: task.dir } : {});
  if (task.kind === 'search') return searchIn(task.dir, task.query, task.nativeBinding);
  return exportArticleFile(task.article, task.format, task.options);
}

/** Work done on the calling thread: the CLI's one-shot commands, and the fallback. */
export const inlineWork: Work = {
  importFile: (name, bytes, dir) => importBytes(name, bytes, dir ? { baseDir: dir } : {}),
  exportFile: (article, format, options) => exportArticleFile(article, format, options),
  search: () => null,
};

/** An error as it crosses from a worker: only its kind and words survive structured cloning. */
export type WorkError =
  | { type: 'import'; file: string; reason: string }
  | { type: 'api'; code: ApiError['code']; message: string }
  | { type: 'error'; message: string };

export function toWorkError(error: unknown): WorkError {
  if (error instanceof ImportError) return { type: 'import', file: error.file, reason: error.reason };
  if (error instanceof ApiError) return { type: 'api', code: error.code, message: error.message };
  return { type: 'error', message: error instanceof Error ? error.message : String(error) };
}

export function fromWorkError(error: WorkError): Error {
  if (error.type === 'import') return new ImportError(error.file, error.reason);
  if (error.type === 'api') return new ApiError(error.code, error.message);
  return new Error(error.message);
}
