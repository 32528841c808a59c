/**
 * How alike two blocks are: the share of words they have in common (Dice coefficient over word
 * multisets). Computed for many pairs at once through an index of which old block holds which
 * word, so unrelated blocks cost nothing.
 */
import type { Budget } from './budget';
import type { Candidate } from './chain';

export interface SimilarityInput {
  /** Block positions on the older side, and their word ids. */
  olds: number[];
  oldWords: (i: number) => number[];
  news: number[];
  newWords: (i: number) => number[];
  /** May these two blocks pair at all (compatible types)? */
  compatible: (o: number, n: number) => boolean;
  minSimilarity: number;
  minWords: number;
}

function counts(words: number[]): Map<number, number> {
  const map = new Map<number, number>();
  for (const w of words) map.set(w, (map.get(w) ?? 0) + 1);
  return map;
}

/** Pairs at or above the threshold, weighted by similarity; null when the budget ran out. */
export function similarPairs(input: SimilarityInput, budget: Budget): Candidate[] | null {
  const postings = new Map<number, { o: number; count: number }[]>();
  const oldSize = new Map<number, number>();
  let work = 0;
  for (const o of input.olds) {
    const words = input.oldWords(o);
    if (words.length < input.minWords) continue;
    oldSize.set(o, words.length);
    for (const [word, count] of counts(words)) {
      let list = postings.get(word);
      if (!list) postings.set(word, (list = []));
      list.push({ o, count });
    }
    work += words.length;
  }
  const out: Candidate[] = [];
  if (oldSize.size === 0) return out;
  for (const n of input.news) {
    const words = input.newWords(n);
    if (words.length < input.minWords) continue;
    const overlap = new Map<number, number>();
    for (const [word, count] of counts(words)) {
      const list = postings.get(word);
      if (!list) continue;
      work += list.length;
      for (const post of list) overlap.set(post.o, (overlap.get(post.o) ?? 0) + Math.min(count, post.count));
    }
    for (const [o, shared] of overlap) {
      const similarity = (2 * shared) / (words.length + oldSize.get(o)!);
      if (similarity >= input.minSimilarity && input.compatible(o, n)) out.push({ o, n, w: similarity });
    }
    if (work > budget.left) {
      budget.spend(work);
      return null;
    }
  }
  budget.spend(work);
  return out;
}
