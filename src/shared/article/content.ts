/** Building and reading article content without an editor. */
import { CONTENT_FIELDS, type ArticleContent } from './article';
import { BODY_VERSION, emptyBody } from './body';
import { bodyToBlocks, blockText } from './blocks';
import { slugify } from './slug';
import { countWords } from '../text/words';

export function newContent(init: Partial<ArticleContent> = {}): ArticleContent {
  const headline = init.headline ?? '';
  return {
    slug: init.slug ?? slugify(headline),
    headline,
    deck: init.deck ?? '',
    bylines: init.bylines ?? [],
    dateline: init.dateline ?? '',
    section: init.section ?? '',
    tags: init.tags ?? [],
    language: init.language ?? 'en',
    status: init.status ?? 'draft',
    firstPublishedAt: init.firstPublishedAt ?? null,
    updatedAt: init.updatedAt ?? null,
    notes: init.notes ?? [],
    body: init.body ?? emptyBody(),
    bodyVersion: init.bodyVersion ?? BODY_VERSION,
  };
}

/**
 * The article's content alone, without what the store keeps beside it (id, revision, trash
 * and edit times): what a version stores, a comparison reads and an export writes.
 */
export function contentOf(article: ArticleContent): ArticleContent {
  return Object.fromEntries(CONTENT_FIELDS.map((field) => [field, article[field]])) as unknown as ArticleContent;
}

/** The body as plain paragraphs, for search, counts and plain-text exports. */
export function bodyPlainText(content: Pick<ArticleContent, 'body'>): string {
  return bodyToBlocks(content.body)
    .map(blockText)
    .filter((t) => t.trim())
    .join('\n\n');
}

/**
 * Word counts of recent blocks, by language and text. Autosave counts a 10,000-word draft on
 * every save; a one-word edit changes one paragraph, so every other count comes from here
 * (segmenting the whole text each time cost ~28 ms a save).
 */
const blockCounts = new Map<string, number>();
const BLOCK_COUNT_CACHE = 5000;

function cachedCount(text: string, language: string): number {
  const key = language + '\u0000' + text;
  let count = blockCounts.get(key);
  if (count === undefined) {
    count = countWords(text, language);
    if (blockCounts.size >= BLOCK_COUNT_CACHE) blockCounts.delete(blockCounts.keys().next().value!);
    blockCounts.set(key, count);
  }
  return count;
}

export function bodyWordCount(content: Pick<ArticleContent, 'body' | 'language'>): number {
  let count = 0;
  for (const block of bodyToBlocks(content.body)) count += cachedCount(blockText(block), content.language);
  return count;
}
