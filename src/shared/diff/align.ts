/**
 * Level one of the redline (src/shared/diff/README.md, steps 2–3): which older block became which newer block.
 *   1. stable block ids, when both versions have them once each;
 *   2. the heaviest non-crossing chain of those pairs stays in place, the others moved;
 *   3. between the anchors, identical blocks aligned by LCS on block hashes (Myers);
 *   4. identical blocks left over anywhere: moves;
 *   4b. photos left over showing the same image (embeds with the same address): the same item,
 *       in place between the same anchors, else moved (media.ts);
 *   5. left-over blocks of compatible type with ≥ 50 % words in common and some of their word
 *      order (similarity.ts), between the same anchors and without crossing: modified;
 *   6. left-over blocks elsewhere sharing most words and much of their order: moved and edited.
 * Whatever is left is inserted or deleted: a weak move reads worse than an insertion and a
 * deletion, so a move must be unmistakable.
 */
import { blockText, type Block } from '../article/blocks';
import type { Budget } from './budget';
import { heaviestChain, type Candidate } from './chain';
import { diffSequences } from './myers';
import { isMedia, mediaIdentity, mediaKey } from './media';
import { orderSimilarity, similarPairs } from './similarity';
import type { BlockTokens, Tokenizer } from './tokens';

export const PAIR_SIMILARITY = 0.5;
/** Share of word pairs in order a block edited in place keeps (unrelated paragraphs: < 0.1). */
export const PAIR_ORDER_SIMILARITY = 0.2;
/** A moved and edited block keeps this much of its word order: at most about a third rewritten. */
export const MOVE_ORDER_SIMILARITY = 0.4;
/** A similar (not identical) block needs this many words to count as moved, or it is noise. */
export const MOVE_MIN_WORDS = 4;

export interface Pair {
  o: number;
  n: number;
}

export interface Alignment {
  /** Pairs that kept their place, in rising order on both sides. */
  inPlace: Pair[];
  /** Pairs whose block moved. */
  moves: Pair[];
  degraded: boolean;
}

/** One version's blocks, with their hashes and (lazily) their words. */
export class Side {
  readonly keys: Int32Array;
  readonly texts: string[];
  private readonly tokens: (BlockTokens | undefined)[];

  constructor(
    readonly blocks: Block[],
    private readonly tokenizer: Tokenizer,
    keyIds: Map<string, number>,
  ) {
    this.tokens = new Array<BlockTokens | undefined>(blocks.length);
    this.keys = new Int32Array(blocks.length);
    this.texts = blocks.map(blockText);
    blocks.forEach((block, i) => {
      const key = blockKey(block);
      let id = keyIds.get(key);
      if (id === undefined) keyIds.set(key, (id = keyIds.size));
      this.keys[i] = id;
    });
  }

  tokensOf(i: number): BlockTokens {
    let tokens = this.tokens[i];
    if (!tokens) this.tokens[i] = tokens = this.tokenizer.tokenize(this.texts[i]!);
    return tokens;
  }

  wordsOf = (i: number): number[] => this.tokensOf(i).words;
}

/** Shape and formatted text: equal keys mean equal blocks (ids and list ids aside). */
export function blockKey(block: Block): string {
  // \u0000 never occurs in article text, so it separates the parts unambiguously.
  let key = `${block.type}\u0000${block.tag ?? ''}\u0000${block.listType ?? ''}\u0000${block.depth ?? 0}`;
  for (const run of block.runs) key += `\u0000${run.format}\u0000${run.link ?? ''}\u0000${run.text}`;
  // A photo's image and words, an embed's address and title: two photos are never equal by shape alone.
  return key + mediaKey(block);
}

/** Ids bodyToBlocks makes up from positions ("b3", "b3.1") say nothing about identity. */
function isPositionalId(id: string): boolean {
  return /^b\d+$/.test(id) || id.includes('.');
}

export function compatible(a: Block, b: Block): boolean {
  // A photo pairs only with a photo and an embed with an embed: a caption is not a paragraph.
  if (isMedia(a) || isMedia(b)) return a.type === b.type;
  return (a.type === 'rule') === (b.type === 'rule');
}

function trustedIds(blocks: Block[]): Map<string, number> {
  const seen = new Map<string, number>();
  const repeated = new Set<string>();
  blocks.forEach((block, i) => {
    if (!block.id || isPositionalId(block.id)) return;
    if (seen.has(block.id)) repeated.add(block.id);
    seen.set(block.id, i);
  });
  for (const id of repeated) seen.delete(id);
  return seen;
}

/** Gaps between consecutive in-place pairs: the old and new positions strictly between them. */
function* gaps(inPlace: Pair[], oldCount: number, newCount: number): Generator<{ o0: number; o1: number; n0: number; n1: number }> {
  let o0 = 0;
  let n0 = 0;
  for (const pair of inPlace) {
    yield { o0, o1: pair.o, n0, n1: pair.n };
    o0 = pair.o + 1;
    n0 = pair.n + 1;
  }
  yield { o0, o1: oldCount, n0, n1: newCount };
}

export function alignBlocks(older: Side, newer: Side, budget: Budget): Alignment {
  const oldCount = older.blocks.length;
  const newCount = newer.blocks.length;
  const oldTaken = new Uint8Array(oldCount);
  const newTaken = new Uint8Array(newCount);
  const moves: Pair[] = [];
  let degraded = false;
  const take = (pair: Pair) => {
    oldTaken[pair.o] = 1;
    newTaken[pair.n] = 1;
  };
  // Keep as many blocks in place as possible; among equal counts, keep the longer text.
  let totalLength = 1;
  for (const text of older.texts) totalLength += text.length;
  const weight = (o: number) => 1 + older.texts[o]!.length / totalLength;

  // 1–2. Stable ids.
  const oldIds = trustedIds(older.blocks);
  const newIds = trustedIds(newer.blocks);
  const byId: Candidate[] = [];
  for (const [id, n] of newIds) {
    const o = oldIds.get(id);
    if (o !== undefined && compatible(older.blocks[o]!, newer.blocks[n]!)) byId.push({ o, n, w: weight(o) });
  }
  const kept = new Set(heaviestChain(byId, newCount));
  let inPlace: Pair[] = [];
  byId.forEach((c, i) => {
    take(c);
    if (kept.has(i)) inPlace.push({ o: c.o, n: c.n });
    else moves.push({ o: c.o, n: c.n });
  });
  inPlace.sort((a, b) => a.o - b.o);

  // 3. Identical blocks between anchors, by LCS on hashes.
  const found: Pair[] = [];
  for (const gap of gaps(inPlace, oldCount, newCount)) {
    const olds = free(oldTaken, gap.o0, gap.o1);
    const news = free(newTaken, gap.n0, gap.n1);
    if (olds.length === 0 || news.length === 0) continue;
    // The per-block allowance also bounds this diff's memory (its trace grows with the work).
    const allowance = budget.allowance();
    const result = diffSequences(
      olds.map((o) => older.keys[o]!),
      news.map((n) => newer.keys[n]!),
      allowance,
    );
    if (!result) {
      degraded = true;
      budget.spend(allowance);
      continue;
    }
    budget.spend(result.work);
    let i = 0;
    let j = 0;
    for (const run of result.runs) {
      if (run.op === 'equal') for (let k = 0; k < run.count; k++) found.push({ o: olds[i + k]!, n: news[j + k]! });
      if (run.op !== 'insert') i += run.count;
      if (run.op !== 'delete') j += run.count;
    }
  }
  found.forEach(take);
  inPlace = merge(inPlace, found);

  // 4. Identical blocks left over anywhere moved.
  const waiting = new Map<number, number[]>();
  for (let o = 0; o < oldCount; o++) {
    if (oldTaken[o] || !/[\p{L}\p{N}]/u.test(older.texts[o]!)) continue;
    const list = waiting.get(older.keys[o]!);
    if (list) list.push(o);
    else waiting.set(older.keys[o]!, [o]);
  }
  for (let n = 0; n < newCount; n++) {
    if (newTaken[n]) continue;
    const o = waiting.get(newer.keys[n]!)?.shift();
    if (o === undefined) continue;
    take({ o, n });
    moves.push({ o, n });
  }

  // 4b. Photos showing the same image (embeds with the same address): in place between the same
  // anchors, else moved — their caption or credit may have changed on the way.
  const sameMedia: Pair[] = [];
  for (const gap of gaps(inPlace, oldCount, newCount)) {
    const candidates = mediaCandidates(older, newer, free(oldTaken, gap.o0, gap.o1), free(newTaken, gap.n0, gap.n1));
    for (const index of heaviestChain(candidates, newCount)) sameMedia.push({ o: candidates[index]!.o, n: candidates[index]!.n });
  }
  sameMedia.forEach(take);
  inPlace = merge(inPlace, sameMedia);
  for (const c of mediaCandidates(older, newer, free(oldTaken, 0, oldCount), free(newTaken, 0, newCount))) {
    if (oldTaken[c.o] || newTaken[c.n]) continue;
    take(c);
    moves.push({ o: c.o, n: c.n });
  }

  // 5. Similar blocks between the same anchors: modified in place.
  const similar: Pair[] = [];
  for (const gap of gaps(inPlace, oldCount, newCount)) {
    const olds = free(oldTaken, gap.o0, gap.o1);
    const news = free(newTaken, gap.n0, gap.n1);
    if (olds.length === 0 || news.length === 0) continue;
    const candidates = similarPairs(
      {
        olds,
        news,
        oldWords: older.wordsOf,
        newWords: newer.wordsOf,
        compatible: (o, n) => compatible(older.blocks[o]!, newer.blocks[n]!),
        minSimilarity: PAIR_SIMILARITY,
        minWords: 1,
      },
      budget,
    );
    if (!candidates) {
      degraded = true;
      break;
    }
    const confirmed = candidates.filter((c) => orderSimilarity(older.wordsOf(c.o), newer.wordsOf(c.n)) >= PAIR_ORDER_SIMILARITY);
    for (const index of heaviestChain(confirmed, newCount)) similar.push({ o: confirmed[index]!.o, n: confirmed[index]!.n });
  }
  similar.forEach(take);
  inPlace = merge(inPlace, similar);

  // 6. Similar blocks elsewhere: moved and edited. Best matches first.
  const olds = free(oldTaken, 0, oldCount);
  const news = free(newTaken, 0, newCount);
  if (olds.length > 0 && news.length > 0 && !budget.exhausted) {
    const candidates = similarPairs(
      {
        olds,
        news,
        oldWords: older.wordsOf,
        newWords: newer.wordsOf,
        compatible: (o, n) => compatible(older.blocks[o]!, newer.blocks[n]!),
        minSimilarity: PAIR_SIMILARITY,
        minWords: MOVE_MIN_WORDS,
      },
      budget,
    );
    if (!candidates) degraded = true;
    else {
      // Best kept order first; anything under the bar stays an insertion and a deletion.
      const strong = candidates
        .map((c) => ({ ...c, w: orderSimilarity(older.wordsOf(c.o), newer.wordsOf(c.n)) }))
        .filter((c) => c.w >= MOVE_ORDER_SIMILARITY);
      strong.sort((a, b) => b.w - a.w || a.o - b.o || a.n - b.n);
      for (const c of strong) {
        if (oldTaken[c.o] || newTaken[c.n]) continue;
        take(c);
        moves.push({ o: c.o, n: c.n });
      }
    }
  }
  return { inPlace, moves, degraded };
}

/** Pairs of media blocks with the same identity (photo hash, embed address), in reading order. */
function mediaCandidates(older: Side, newer: Side, olds: number[], news: number[]): Candidate[] {
  const byIdentity = new Map<string, number[]>();
  for (const o of olds) {
    const identity = mediaIdentity(older.blocks[o]!);
    if (identity) byIdentity.set(identity, [...(byIdentity.get(identity) ?? []), o]);
  }
  const out: Candidate[] = [];
  if (byIdentity.size === 0) return out;
  for (const n of news) {
    const identity = mediaIdentity(newer.blocks[n]!);
    for (const o of identity ? (byIdentity.get(identity) ?? []) : []) out.push({ o, n, w: 1 });
  }
  return out;
}

function free(taken: Uint8Array, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) if (!taken[i]) out.push(i);
  return out;
}

function merge(a: Pair[], b: Pair[]): Pair[] {
  return b.length === 0 ? a : [...a, ...b].sort((x, y) => x.o - y.o);
}
