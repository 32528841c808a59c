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

/** A photo block: the hash is made from `image` so two photos of one image share it. */
export function photo(image: string, fields: { caption?: string; credit?: string; alt?: string } = {}, id = freshId()): Block {
  const hash = Array.from({ length: 8 }, (_, seed) => fnv1a(`${seed}:${image}`).toString(16).padStart(8, '0')).join('');
  return {
    id,
    type: 'photo',
    runs: [],
    photo: {
      hash,
      mime: 'image/jpeg',
      width: 1200,
      height: 800,
      caption: fields.caption ?? '',
      credit: fields.credit ?? '',
      alt: fields.alt ?? '',
    },
  };
}

export function embed(url: string, title = '', id = freshId(), provider = 'YouTube'): Block {
  return { id, type: 'embed', runs: [], embed: { url, provider, title } };
}

/** FNV-1a, 32 bits: a stand-in for SHA-256 that needs no crypto in a pure test helper. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
