/**
 * Brings files into the store. Every file is read and checked first; only when all of them are
 * articles are they written, in one transaction: a batch with a bad file imports nothing and
 * names the file and the reason.
 */
import type { Store } from '../store';
import { ImportError, type ImportedArticle } from '../import';
import { inlineWork, type Work } from '../work/tasks';
import { bodyWordCount, newContent } from '../../shared/article/content';
import type { ArticleContent } from '../../shared/article/article';
import type { VersionAuthor } from '../../shared/article/version';
import { ApiError } from '../../shared/api/errors';
import { putPhoto, type StoredPhoto } from '../store/photo-store';
import { blocksToBody, bodyToBlocks } from '../../shared/article/blocks';

export interface ImportedRecord {
  id: string;
  headline: string;
  version: number;
  file: string;
  /** What the import could not keep as it was ("remote image not downloaded: …"); absent when all came in. */
  notes?: string[];
}

export interface IncomingFile {
  name: string;
  bytes: Buffer;
  /** The file's folder, where images it names beside it are read from (the CLI); absent for uploads. */
  dir?: string;
}

/**
 * Reads every file (in the work pool when given one: off the serving thread, several at once);
 * throws one ApiError listing each refused file and why.
 */
export async function readArticles(files: IncomingFile[], work: Work = inlineWork): Promise<{ file: string; article: ImportedArticle }[]> {
  const read: { file: string; article: ImportedArticle }[] = [];
  const refused: string[] = [];
  const outcomes = await Promise.allSettled(files.map((file) => work.importFile(file.name, file.bytes, file.dir)));
  outcomes.forEach((outcome, i) => {
    const file = files[i]!;
    if (outcome.status === 'fulfilled') read.push({ file: file.name, article: outcome.value });
    else {
      const error = outcome.reason as Error;
      refused.push(error instanceof ImportError ? error.message : `Cannot import "${file.name}": ${error.message}`);
    }
  });
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

/**
 * Stores an imported article's images through the one gate (putPhoto: the same checks as
 * addPhoto, location removed, stored once by hash) and gives back its body naming each photo by
 * the stored hash. Runs inside the import's transaction, so a failed import stores no image.
 */
function storeImages(store: Store, article: ImportedArticle, content: ArticleContent): ArticleContent {
  if (!article.images?.length) return content;
  const renamed = new Map<string, StoredPhoto>();
  for (const image of article.images) {
    const stored = putPhoto(store.db, image.bytes, image.fileName);
    if (stored.hash !== image.hash) renamed.set(image.hash, stored);
  }
  if (renamed.size === 0) return content;
  const blocks = bodyToBlocks(content.body).map((block) => {
    const stored = block.type === 'photo' && block.photo ? renamed.get(block.photo.hash) : undefined;
    return stored && block.photo
      ? { ...block, photo: { ...block.photo, hash: stored.hash, mime: stored.mime, width: stored.width, height: stored.height } }
      : block;
  });
  return { ...content, body: blocksToBody(blocks) };
}

export function writeImports(
  store: Store,
  items: { file: string; article: ImportedArticle }[],
  author: VersionAuthor,
  now: string,
  asVersionOf?: string,
): ImportedRecord[] {
  // Words are counted before the transaction begins: inside it, the store's counts of the same
  // blocks come from the per-block cache (content.ts), so no other writer waits on counting.
  const contents = items.map(({ article }) => importedContent(article));
  for (const content of contents) bodyWordCount(content);
  return store.transaction(() =>
    items.map(({ file, article }, i) => {
      const content = storeImages(store, article, contents[i]!);
      const notes = article.importNotes?.length ? { notes: article.importNotes } : {};
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
        const version = store.recordVersion(asVersionOf, { kind: 'import', label: `Imported ${file}`, author, createdAt: now });
        return { id: asVersionOf, headline: next.headline, version: version.number, file, ...notes };
      }
      const created = store.articles.insert(content, now);
      // An article that arrives already published (wire copy, a site's page) is on record as
      // published: it can be compared with, and updated from, this version.
      const kind = content.firstPublishedAt ? 'published' : 'import';
      const version = store.recordVersion(created.id, { kind, label: `Imported ${file}`, author, createdAt: now });
      return { id: created.id, headline: created.headline, version: version.number, file, ...notes };
    }),
  );
}
