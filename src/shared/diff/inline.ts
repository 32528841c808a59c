/**
 * Inside a pair of blocks: a word diff (Myers on interned tokens), folded for reading, then
 * spread over both blocks' formatting so equal words whose bold, italic or link changed show as
 * format changes (src/shared/diff/README.md, step 4).
 */
import { blockText, type Block } from '../article/blocks';
import type { Budget } from './budget';
import { cleanupSemantic, type SizedRun } from './cleanup';
import { diffSequences, type EditRun } from './myers';
import { StyledText, describeStyleChange, pushOp, sameStyle, styleOf, type StyledSlice } from './styles';
import { isSpace, type BlockTokens, type Tokenizer } from './tokens';
import type { FormatChange, InlineOp } from './types';

export interface InlineDiff {
  ops: InlineOp[];
  formatChanges: FormatChange[];
  wordsAdded: number;
  wordsRemoved: number;
  /** Past the budget: old text deleted, new text inserted, nothing in between. */
  replaced: boolean;
  /** Any text or formatting changed. */
  changed: boolean;
}

export function diffInline(older: Block, newer: Block, tokenizer: Tokenizer, budget: Budget): InlineDiff {
  const oldText = blockText(older);
  const newText = blockText(newer);
  if (oldText === newText) return spread([{ op: 'equal', count: 0, chars: oldText.length, words: 0 }], older, newer, false);
  // Words only where the texts differ: the common head and tail, cut at a word boundary, are equal.
  const [head, tail] = commonEnds(oldText, newText);
  const a = tokenizer.tokenize(oldText.slice(head, oldText.length - tail));
  const b = tokenizer.tokenize(newText.slice(head, newText.length - tail));
  let middle: CharRun[];
  let replaced = false;
  const allowance = budget.allowance();
  if (rewritten(a.words, b.words)) {
    // Hardly a word in common: a word diff would only comb the text. Show old, then new.
    const whole: EditRun[] = [
      { op: 'delete', count: a.ids.length },
      { op: 'insert', count: b.ids.length },
    ];
    return spread(edges(head, measured(sized(whole, a, b), a, b), tail), older, newer, false);
  }
  const result = allowance > 0 ? diffSequences(a.ids, b.ids, allowance) : null;
  if (result) {
    budget.spend(result.work);
    middle = measured(slideToWords(cleanupSemantic(sized(result.runs, a, b)), a, b), a, b);
  } else {
    budget.spend(allowance);
    replaced = true;
    const whole: EditRun[] = [
      { op: 'delete', count: a.ids.length },
      { op: 'insert', count: b.ids.length },
    ];
    middle = measured(sized(whole, a, b), a, b);
  }
  return spread(edges(head, middle, tail), older, newer, replaced);
}

function edges(head: number, middle: CharRun[], tail: number): CharRun[] {
  return [{ op: 'equal', count: 0, chars: head, words: 0 }, ...middle, { op: 'equal', count: 0, chars: tail, words: 0 }];
}

/** Below this share of words in common (Dice), a long enough passage counts as rewritten. */
export const REWRITE_SIMILARITY = 0.25;
const REWRITE_MIN_WORDS = 12;

function rewritten(a: number[], b: number[]): boolean {
  if (a.length < REWRITE_MIN_WORDS || b.length < REWRITE_MIN_WORDS) return false;
  const counts = new Map<number, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const c = counts.get(w);
    if (c) {
      shared++;
      counts.set(w, c - 1);
    }
  }
  return (2 * shared) / (a.length + b.length) < REWRITE_SIMILARITY;
}

/** An edit run measured in characters and words, ready to lay over the formatting. */
interface CharRun extends SizedRun {
  words: number;
}

/**
 * Lengths of the common head (as long as possible) and tail, cut where whitespace meets a word:
 * whitespace always separates words, so the middle segments exactly as it would inside the
 * whole block. Head first, so an addition reads "Elm Street[+ and Main Street+]".
 */
export function commonEnds(a: string, b: string): [number, number] {
  const max = Math.min(a.length, b.length);
  let head = 0;
  while (head < max && a.charCodeAt(head) === b.charCodeAt(head)) head++;
  while (head > 0 && !(headEnds(a, head) && headEnds(b, head))) head--;
  let tail = 0;
  while (tail < max - head && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  while (tail > 0 && !(tailStarts(a, a.length - tail) && tailStarts(b, b.length - tail))) tail--;
  return slidePureEdit(a, b, head, tail);
}

/**
 * A pure insertion (or deletion) can often sit in several places that read the same text:
 * "Whitlock [+remains free on bond. Whitlock +]faces" and "[+Whitlock remains free on bond. +]Whitlock
 * faces" are one edit. Put it where it starts and ends best — at sentence starts, then at word
 * starts — as diff-match-patch's semantic lossless cleanup does; keep the head-first place on a tie.
 */
function slidePureEdit(a: string, b: string, head: number, tail: number): [number, number] {
  const longer = a.length - head - tail === 0 ? b : b.length - head - tail === 0 ? a : null;
  if (!longer || a.length === b.length) return [head, tail];
  let s = head;
  let e = longer.length - tail;
  while (s > 0 && longer.charCodeAt(s - 1) === longer.charCodeAt(e - 1)) {
    s--;
    e--;
  }
  let best: [number, number] = [head, tail];
  let bestScore = cutScore(longer, head) + cutScore(longer, longer.length - tail);
  for (; e <= longer.length; s++, e++) {
    const candidate: [number, number] = [s, longer.length - e];
    const valid = [a, b].every((t) => (candidate[0] === 0 || headEnds(t, candidate[0])) && tailStarts(t, t.length - candidate[1]));
    const score = cutScore(longer, s) + cutScore(longer, e);
    if (valid && score > bestScore) {
      best = candidate;
      bestScore = score;
    }
    if (e === longer.length || longer.charCodeAt(s) !== longer.charCodeAt(e)) break;
  }
  return best;
}

/** How well an edit's edge at p reads: the text's edge, a sentence's start, a word's start. */
function cutScore(text: string, p: number): number {
  if (p === 0 || p === text.length) return 6;
  if (isSpace(text.charCodeAt(p))) return 1;
  if (/(?:[.!?]["”’)\]]*\s+|\n\s*)$/.test(text.slice(Math.max(0, p - 8), p))) return 5;
  return isSpace(text.charCodeAt(p - 1)) ? 3 : 0;
}

/** Text may be cut at p where whitespace meets a word, or at its end: a token boundary in any context. */
function headEnds(text: string, p: number): boolean {
  return p === text.length || isSpace(text.charCodeAt(p - 1)) !== isSpace(text.charCodeAt(p));
}

/** The tail starts at a word, so an edit before it can end with its space: "[+final +]council". */
function tailStarts(text: string, q: number): boolean {
  return q === 0 || q === text.length || (isSpace(text.charCodeAt(q - 1)) && !isSpace(text.charCodeAt(q)));
}

/**
 * An insertion or deletion that starts with whitespace and is followed by the same whitespace
 * slides one token right: "the [+final +]council", not "the[+ final+] council".
 */
function slideToWords(runs: SizedRun[], a: BlockTokens, b: BlockTokens): SizedRun[] {
  let ia = 0;
  let ib = 0;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const prev = runs[i - 1];
    const next = runs[i + 1];
    if (run.op !== 'equal' && prev?.op === 'equal' && next?.op === 'equal' && next.count > 0) {
      const tokens = run.op === 'insert' ? b : a;
      const start = run.op === 'insert' ? ib : ia;
      const first = tokens.texts[start];
      if (first && isSpace(first.charCodeAt(0)) && tokens.ids[start] === tokens.ids[start + run.count]) {
        prev.count++;
        prev.chars += first.length;
        next.count--;
        next.chars -= first.length;
        ia++;
        ib++;
      }
    }
    if (run.op !== 'insert') ia += run.count;
    if (run.op !== 'delete') ib += run.count;
  }
  return runs;
}

/** Words added or removed per run; characters are already counted. */
function measured(runs: SizedRun[], a: BlockTokens, b: BlockTokens): CharRun[] {
  let ia = 0;
  let ib = 0;
  return runs.map((run) => {
    const out: CharRun = { op: run.op, count: run.count, chars: run.chars, words: 0 };
    if (run.op === 'delete') out.words = words(a, ia, run.count);
    else if (run.op === 'insert') out.words = words(b, ib, run.count);
    if (run.op !== 'insert') ia += run.count;
    if (run.op !== 'delete') ib += run.count;
    return out;
  });
}

function sized(runs: EditRun[], a: BlockTokens, b: BlockTokens): SizedRun[] {
  let ia = 0;
  let ib = 0;
  return runs.map((run) => {
    const source = run.op === 'insert' ? b : a;
    const from = run.op === 'insert' ? ib : ia;
    const chars = span(source, from, run.count);
    if (run.op !== 'insert') ia += run.count;
    if (run.op !== 'delete') ib += run.count;
    return { ...run, chars };
  });
}

function spread(runs: CharRun[], older: Block, newer: Block, replaced: boolean): InlineDiff {
  const oldStyled = new StyledText(older);
  const newStyled = new StyledText(newer);
  const ops: InlineOp[] = [];
  const formatChanges: FormatChange[] = [];
  let pa = 0; // character offset in the older block
  let pb = 0;
  let wordsAdded = 0;
  let wordsRemoved = 0;
  let lastChangeEnd = -1; // new-text offset where the previous format change ended
  for (const run of runs) {
    if (run.chars === 0) continue;
    if (run.op === 'delete') {
      wordsRemoved += run.words;
      for (const slice of oldStyled.slice(pa, pa + run.chars)) pushOp(ops, 'delete', slice);
      pa += run.chars;
    } else if (run.op === 'insert') {
      wordsAdded += run.words;
      for (const slice of newStyled.slice(pb, pb + run.chars)) pushOp(ops, 'insert', slice);
      pb += run.chars;
    } else {
      for (const [before, after] of zipSlices(oldStyled.slice(pa, pa + run.chars), newStyled.slice(pb, pb + run.chars))) {
        const from = styleOf(before);
        const to = styleOf(after);
        const restyled = !sameStyle(from, to);
        pushOp(ops, 'equal', after, restyled ? from : undefined);
        if (restyled) {
          const last = formatChanges[formatChanges.length - 1];
          const description = describeStyleChange(from, to);
          if (last && lastChangeEnd === pb && sameStyle(last.before, from) && sameStyle(last.after, to)) last.text += after.text;
          else formatChanges.push({ text: after.text, before: from, after: to, description });
          lastChangeEnd = pb + after.text.length;
        }
        pb += after.text.length;
        pa += before.text.length;
      }
    }
  }
  const changed = replaced || formatChanges.length > 0 || ops.some((op) => op.op !== 'equal');
  return { ops, formatChanges, wordsAdded, wordsRemoved, replaced, changed };
}

function span(tokens: BlockTokens, from: number, count: number): number {
  let chars = 0;
  for (let i = from; i < from + count; i++) chars += tokens.texts[i]!.length;
  return chars;
}

function words(tokens: BlockTokens, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) n += tokens.wordLike[i]!;
  return n;
}

/** Two slicings of the same text, cut at the union of their boundaries. */
function zipSlices(older: StyledSlice[], newer: StyledSlice[]): [StyledSlice, StyledSlice][] {
  if (older.length === 1 && newer.length === 1) return [[older[0]!, newer[0]!]];
  const out: [StyledSlice, StyledSlice][] = [];
  let i = 0;
  let j = 0;
  let oi = 0; // chars consumed inside older[i]
  let nj = 0;
  while (i < older.length && j < newer.length) {
    const o = older[i]!;
    const n = newer[j]!;
    const take = Math.min(o.text.length - oi, n.text.length - nj);
    const text = n.text.slice(nj, nj + take);
    out.push([
      { ...o, text },
      { ...n, text },
    ]);
    oi += take;
    nj += take;
    if (oi === o.text.length) {
      i++;
      oi = 0;
    }
    if (nj === n.text.length) {
      j++;
      nj = 0;
    }
  }
  return out;
}
