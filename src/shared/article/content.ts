/** Building and reading article content without an editor. */
import type { ArticleContent } from './article';
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

/** The body as plain paragraphs, for search, counts and plain-text exports. */
export function bodyPlainText(content: Pick<ArticleContent, 'body'>): string {
  return bodyToBlocks(content.body).map(blockText).filter((t) => t.trim()).join('\n\n');
}

export function bodyWordCount(content: Pick<ArticleContent, 'body' | 'language'>): number {
  let count = 0;
  for (const block of bodyToBlocks(content.body)) count += countWords(blockText(block), content.language);
  return count;
}
