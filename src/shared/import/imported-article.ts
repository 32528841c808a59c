/**
 * What every importer hands back: the fields the source carried, never more. Headline and body
 * are always there (the body may be one empty paragraph when the source had only a headline);
 * the lead fills the rest with newContent() and writes the store transaction.
 */
import type { ArticleContent } from '../article/article';
import type { SerializedBody } from '../article/body';

export type ImportedArticle = Partial<ArticleContent> & { headline: string; body: SerializedBody };

/** The formats Copydesk reads. */
export type ImportFormat = 'text' | 'markdown' | 'html' | 'docx' | 'json';

/** Options every pure parser accepts; `now` only decides the year of an undated update note. */
export interface ParseOptions {
  now?: Date;
}
