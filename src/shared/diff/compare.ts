/**
 * compareArticles: the redline between two versions. Level one aligns blocks (align.ts), level
 * two diffs words inside each pair (inline.ts); this file lays the result out in reading order.
 */
import type { ArticleContent } from '../article/article';
import { blockText, bodyToBlocks, type Block } from '../article/blocks';
import { alignBlocks, Side, type Pair } from './align';
import { Budget, DEFAULT_BLOCK_BUDGET, DEFAULT_DOC_BUDGET } from './budget';
import { compareFields } from './fields';
import { diffInline } from './inline';
import { compareMedia, countMedia, emptyMediaStats, isMedia } from './media';
import { Tokenizer } from './tokens';
import type { ArticleDiff, BlockChange, BlockChangeKind, BlockShape, DiffOptions, DiffStats } from './types';

export function compareArticles(older: ArticleContent, newer: ArticleContent, options: DiffOptions = {}): ArticleDiff {
  const language = newer.language || older.language || 'en';
  const tokenizer = new Tokenizer(language);
  const body = diffBlocks(bodyToBlocks(older.body), bodyToBlocks(newer.body), language, options, tokenizer);
  return { ...body, fields: compareFields(older, newer, tokenizer) };
}

/** The redline of two block lists (no fields): for callers that already hold blocks. */
export function diffBlocks(
  olderBlocks: Block[],
  newerBlocks: Block[],
  language = 'en',
  options: DiffOptions = {},
  tokenizer = new Tokenizer(language),
): ArticleDiff {
  const budget = new Budget(options.docBudget ?? DEFAULT_DOC_BUDGET, options.blockBudget ?? DEFAULT_BLOCK_BUDGET);
  const keyIds = new Map<string, number>();
  const older = new Side(olderBlocks, tokenizer, keyIds);
  const newer = new Side(newerBlocks, tokenizer, keyIds);
  const alignment = alignBlocks(older, newer, budget);
  let degraded = alignment.degraded;

  // Move ids follow reading order of the newer article.
  const moves = [...alignment.moves].sort((a, b) => a.n - b.n);
  const moveFrom = new Map<number, string>();
  const moveTo = new Map<number, Pair & { id: string }>();
  moves.forEach((move, i) => {
    const id = `m${i + 1}`;
    moveFrom.set(move.o, id);
    moveTo.set(move.n, { ...move, id });
  });

  const stats: DiffStats = {
    blocksInserted: 0,
    blocksDeleted: 0,
    blocksModified: 0,
    blocksMoved: 0,
    wordsAdded: 0,
    wordsRemoved: 0,
    ...emptyMediaStats(),
  };
  for (const move of moves) {
    const block = newer.blocks[move.n]!;
    if (block.type === 'photo') stats.photosMoved++;
    else if (block.type === 'embed') stats.embedsMoved++;
    else stats.blocksMoved++;
  }
  const blocks: BlockChange[] = [];

  const paired = (o: number, n: number, kind: BlockChangeKind, extra: Partial<BlockChange>): BlockChange => {
    const a = older.blocks[o]!;
    const b = newer.blocks[n]!;
    const change = entry(kind, b, { oldIndex: o, newIndex: n, old: a, new: b, ...extra });
    if (older.keys[o] === newer.keys[n]) return change;
    if (isMedia(b)) {
      // A photo or an embed: its image and its words, never a word diff of (empty) runs.
      const media = compareMedia(a, b, tokenizer);
      if (!media) return change;
      change.media = media;
      countMedia(stats, b, media);
      if (kind === 'equal') change.kind = 'modified';
      return change;
    }
    const before = shapeOf(a);
    const after = shapeOf(b);
    if (JSON.stringify(before) !== JSON.stringify(after)) change.typeChange = { before, after };
    if (!sameRuns(a, b)) {
      const inline = diffInline(a, b, tokenizer, budget);
      // Runs split differently but reading the same: nothing a reader would see.
      if (!inline.changed && !change.typeChange) return change;
      change.ops = inline.ops;
      if (inline.formatChanges.length > 0) change.formatChanges = inline.formatChanges;
      if (inline.replaced) {
        change.replaced = true;
        degraded = true;
      }
      change.wordsAdded = inline.wordsAdded;
      change.wordsRemoved = inline.wordsRemoved;
      stats.wordsAdded += inline.wordsAdded;
      stats.wordsRemoved += inline.wordsRemoved;
    }
    if (kind === 'equal') {
      change.kind = 'modified';
      stats.blocksModified++;
    }
    return change;
  };

  const flushGap = (o0: number, o1: number, n0: number, n1: number) => {
    for (let o = o0; o < o1; o++) {
      const block = older.blocks[o]!;
      const moveId = moveFrom.get(o);
      if (moveId) {
        blocks.push(entry('moved', block, { oldIndex: o, old: block, moveId, moveSide: 'from' }));
      } else if (isMedia(block)) {
        stats[block.type === 'photo' ? 'photosRemoved' : 'embedsRemoved']++;
        blocks.push(entry('deleted', block, { oldIndex: o, old: block }));
      } else {
        const words = older.wordsOf(o).length;
        stats.blocksDeleted++;
        stats.wordsRemoved += words;
        blocks.push(entry('deleted', block, { oldIndex: o, old: block, wordsRemoved: words }));
      }
    }
    for (let n = n0; n < n1; n++) {
      const block = newer.blocks[n]!;
      const move = moveTo.get(n);
      if (move) {
        blocks.push(paired(move.o, n, 'moved', { moveId: move.id, moveSide: 'to' }));
      } else if (isMedia(block)) {
        stats[block.type === 'photo' ? 'photosAdded' : 'embedsAdded']++;
        blocks.push(entry('inserted', block, { newIndex: n, new: block }));
      } else {
        const words = newer.wordsOf(n).length;
        stats.blocksInserted++;
        stats.wordsAdded += words;
        blocks.push(entry('inserted', block, { newIndex: n, new: block, wordsAdded: words }));
      }
    }
  };

  let o0 = 0;
  let n0 = 0;
  for (const pair of alignment.inPlace) {
    flushGap(o0, pair.o, n0, pair.n);
    blocks.push(paired(pair.o, pair.n, 'equal', {}));
    o0 = pair.o + 1;
    n0 = pair.n + 1;
  }
  flushGap(o0, older.blocks.length, n0, newer.blocks.length);
  if (budget.exhausted) degraded = true;
  return { stats, blocks, fields: [], degraded, language: tokenizer.language };
}

export function shapeOf(block: Block): BlockShape {
  const shape: BlockShape = { type: block.type };
  if (block.tag) shape.tag = block.tag;
  if (block.listType) shape.listType = block.listType;
  if (block.depth !== undefined) shape.depth = block.depth;
  return shape;
}

function entry(kind: BlockChangeKind, block: Block, extra: Partial<BlockChange>): BlockChange {
  const change: BlockChange = { kind, id: block.id, ...shapeOf(block), text: blockText(block) };
  if (block.listId) change.listId = block.listId;
  return Object.assign(change, extra);
}

function sameRuns(a: Block, b: Block): boolean {
  if (a.runs.length !== b.runs.length) return false;
  return a.runs.every((run, i) => {
    const other = b.runs[i]!;
    return run.text === other.text && run.format === other.format && (run.link ?? '') === (other.link ?? '');
  });
}
