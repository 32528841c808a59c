/** Helpers for the redline's tests: articles built from blocks, in a few lines. */
import type { ArticleContent } from '../article/article';
import { blocksToBody, type Block, type TextRun } from '../article/blocks';
import { newContent } from '../article/content';

let next = 0;
/** A block id in the editor's style ("b" + letters), unique within a test run. */
export const freshId = (): string => `bt${(next++).toString(36)}x`;

export function para(text: string | TextRun[], id = freshId()): Block {
  return { id, type: 'paragraph', runs: typeof text === 'string' ? (text ? [{ text, format: 0 }] : []) : text };
}

export function article(blocks: Block[], init: Partial<ArticleContent> = {}): ArticleContent {
  return newContent({ headline: 'Council approves budget', ...init, body: blocksToBody(blocks) });
}

/** The same blocks with the ids bodyToBlocks makes up when a body has none. */
export function withoutIds(blocks: Block[]): Block[] {
  return blocks.map((block, i) => ({ ...block, id: `b${i}` }));
}
