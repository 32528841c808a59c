/**
 * Brings files into the store. Every file is read and checked first; only when all of them are
 * articles are they written, in one transaction: a batch with a bad file imports nothing and
 * names the file and the reason.
 */
import type { Store } from '../store';
import { importBytes, ImportError, type ImportedArticle } from '../import';
import { newContent } from '../../shared/article/content';
import type { ArticleContent } from '../../shared/article/article';
import type { VersionAuthor } from '../../shared/article/version';
import { ApiError } from '../../shared/api/errors';
import { contentOf } from '../../shared/article/content';

export interface ImportedRecord {
  id: string;
  headline: string;
  version: number;
  file: string;
}

export interface IncomingFile {
  name: string;
  bytes: Buffer;
}

/** Reads every file; throws one ApiError listing each refused file and why. */
export async function readArticles(files: IncomingFile[]): Promise<{ file: string; article: ImportedArticle }[]> {
  const read: { file: string; article: ImportedArticle }[] = [];
  const refused: string[] = [];
  for (const file of files) {
    try {
      read.push({ file: file.name, article: await importBytes(file.name, file.bytes) });
    } catch (error) {
      refused.push(error instanceof ImportError ? error.message : `Cannot import "${file.name}": ${(error as Error).message}`);
    }
  }
  if (refused.length > 0) {
    throw new ApiError('invalid-argument', refused.join('\n') + (files.length > 1 ? '\nNothing was imported.' : ''));
  }
  return read;
}

/** The article an import becomes: its own fields over a new article's defaults. */
export function importedContent(article: ImportedArticle): ArticleContent {
  const defined = Object.fromEntries(Object.entries(article).filter(([, v]) => v !== undefined)) as Partial<ArticleContent>;
  return newContent(defined);
}

export function writeImports(store: Store, items: { file: string; article: ImportedArticle }[], author: VersionAuthor, now: string, asVersionOf?: string): ImportedRecord[] {
  return store.transaction(() =>
    items.map(({ file, article }) => {
      const content = importedContent(article);
      if (asVersionOf) {
        // Revised wire copy: the text and fields of the file, the publication record of the article.
        const current = store.articles.get(asVersionOf);
        const next: ArticleContent = {
          ...content,
          status: current.status,
          firstPublishedAt: current.firstPublishedAt,
          updatedAt: current.updatedAt,
          notes: article.notes && article.notes.length > 0 ? content.notes : current.notes,
        };
        store.articles.saveDraft(asVersionOf, next, now);
        const saved = store.articles.get(asVersionOf);
        const version = store.versions.append(asVersionOf, contentOf(saved), { kind: 'import', label: `Imported ${file}`, author, createdAt: now });
        store.articles.markVersioned(asVersionOf, saved.revision);
        return { id: asVersionOf, headline: saved.headline, version: version.number, file };
      }
      const created = store.articles.insert(content, now);
      // An article that arrives already published (wire copy, a site's page) is on record as
      // published: it can be compared with, and updated from, this version.
      const kind = content.firstPublishedAt ? 'published' : 'import';
      const version = store.versions.append(created.id, content, { kind, label: `Imported ${file}`, author, createdAt: now });
      store.articles.markVersioned(created.id, created.revision);
      return { id: created.id, headline: created.headline, version: version.number, file };
    }),
  );
}
