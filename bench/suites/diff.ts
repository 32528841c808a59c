/**
 * The redline engine on 10,000-word articles (docs/architecture.md, “The redline”): ours (blocks first, then words)
 * against whole-text jsdiff diffWords and diff-match-patch in word mode. jsdiff and dmp run
 * with a time cap so the suite ends; a capped run reports the cap (see *_capped).
 */
import { diffWords } from 'diff';
import DiffMatchPatch from 'diff-match-patch';
import type { ArticleContent } from '../../src/shared/article/article';
import { blocksText, blocksToBody, type Block } from '../../src/shared/article/blocks';
import { newContent } from '../../src/shared/article/content';
import { compareArticles } from '../../src/shared/diff/index';
import { percentile, timeRuns } from '../stats';
import { prng } from '../../tests/support/prng';

const CAP_MS = 2000;
const OUR_RUNS = 21;
const OTHER_RUNS = 3;
/** Cases also timed on bodies without block ids. */
const NO_ID_CASES = new Set(['edits_10pct', 'move_paragraph', 'swap_halves', 'rewrite']);

const COMMON = (
  'the of and to a in that said for on was with is by at as from it his her their has had ' +
  'be will would not but an this who they were are have been more after than about over city council ' +
  'mayor police officials state county budget vote residents school district plan board year new ' +
  'week spokesperson according report department funding tuesday public two three court federal'
).split(' ');
const SYLLABLES = ['ka', 'ren', 'to', 'mi', 'sal', 'ver', 'don', 'ul', 'bri', 'est', 'nor', 'pa', 'lin', 'gar', 'ot', 'che'];

function vocabulary(random: () => number): string[] {
  const words = new Set<string>(COMMON);
  while (words.size < 3000) {
    let word = '';
    const n = 2 + Math.floor(random() * 3);
    for (let i = 0; i < n; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(word);
  }
  return [...words];
}

class Writer {
  private readonly random: () => number;
  private readonly words: string[];
  constructor(seed: number) {
    this.random = prng(seed);
    this.words = vocabulary(this.random);
  }
  int(n: number): number {
    return Math.floor(this.random() * n);
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  /** Zipf-like: common words often, the long tail rarely. */
  word(): string {
    const r = this.random();
    return this.words[Math.floor(this.words.length * r * r * r)]!;
  }
  paragraph(): string[] {
    const out: string[] = [];
    const target = 60 + this.int(61);
    while (out.length < target) {
      const length = 8 + this.int(18);
      for (let i = 0; i < length; i++) {
        let w = this.word();
        if (i === 0) w = w[0]!.toUpperCase() + w.slice(1);
        if (i === length - 1) w += '.';
        else if (this.chance(0.06)) w += ',';
        out.push(w);
      }
    }
    return out;
  }
}

type Draft = { id: string; words: string[] }[];

/** ids: false gives the positional ids of a body saved without NodeState (alignment by hashes). */
function article(draft: Draft, ids = true): { content: ArticleContent; text: string } {
  const blocks: Block[] = draft.map((p, i) => ({
    id: ids ? p.id : `b${i}`,
    type: 'paragraph',
    runs: [{ text: p.words.join(' '), format: 0 }],
  }));
  return { content: newContent({ headline: 'Council weighs budget', body: blocksToBody(blocks) }), text: blocksText(blocks) };
}

function baseDraft(writer: Writer): Draft {
  const draft: Draft = [];
  let count = 0;
  while (count < 10_000) {
    const words = writer.paragraph();
    draft.push({ id: `bk${draft.length.toString(36)}q`, words });
    count += words.length;
  }
  return draft;
}

/** Change a share of the words, scattered: a third replaced, a third deleted, a third inserted. */
function scatterEdits(draft: Draft, share: number, writer: Writer): Draft {
  const out = draft.map((p) => ({ id: p.id, words: [...p.words] }));
  const total = out.reduce((n, p) => n + p.words.length, 0);
  const edits = Math.round(total * share);
  for (let e = 0; e < edits; e++) {
    const p = out[writer.int(out.length)]!;
    const at = writer.int(p.words.length);
    const kind = e % 3;
    if (kind === 0) p.words[at] = writer.word();
    else if (kind === 1 && p.words.length > 10) p.words.splice(at, 1);
    else p.words.splice(at, 0, writer.word());
  }
  return out;
}

function cases(): Record<string, [Draft, Draft]> {
  const writer = new Writer(20261125);
  const base = baseDraft(writer);
  const moved = [...base];
  const [paragraph] = moved.splice(Math.floor(base.length * 0.2), 1);
  moved.splice(Math.floor(base.length * 0.8), 0, paragraph!);
  const half = Math.floor(base.length / 2);
  return {
    edits_1pct: [base, scatterEdits(base, 0.01, writer)],
    edits_3pct: [base, scatterEdits(base, 0.03, writer)],
    edits_10pct: [base, scatterEdits(base, 0.1, writer)],
    move_paragraph: [base, moved],
    swap_halves: [base, [...base.slice(half), ...base.slice(0, half)]],
    rewrite: [base, base.map((p) => ({ id: p.id, words: writer.paragraph() }))],
  };
}

function dmpWords(a: string, b: string): boolean {
  // Word mode, like dmp's line mode: each distinct word (or run of spaces) becomes one character.
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = CAP_MS / 1000;
  const codes = new Map<string, string>();
  const encode = (text: string) => {
    let out = '';
    for (const token of text.split(/(\s+)/)) {
      if (!token) continue;
      let code = codes.get(token);
      if (code === undefined) codes.set(token, (code = String.fromCharCode(codes.size + 1)));
      out += code;
    }
    return out;
  };
  const start = performance.now();
  dmp.diff_main(encode(a), encode(b), false);
  return performance.now() - start >= CAP_MS;
}

export default {
  name: 'diff',
  async run(): Promise<Record<string, number>> {
    const figures: Record<string, number> = {};
    for (const [name, [before, after]] of Object.entries(cases())) {
      const older = article(before);
      const newer = article(after);
      for (let i = 0; i < 3; i++) compareArticles(older.content, newer.content); // warm up
      const ours = timeRuns(OUR_RUNS, () => compareArticles(older.content, newer.content));
      const diff = compareArticles(older.content, newer.content);
      figures[`diff.${name}.ours_ms_p50`] = percentile(ours, 50);
      figures[`diff.${name}.ours_ms_p95`] = percentile(ours, 95);
      // The fastest run: the cost without other work on a shared machine.
      figures[`diff.${name}.ours_ms_min`] = Math.min(...ours);
      figures[`diff.${name}.ours_degraded`] = diff.degraded ? 1 : 0;
      figures[`diff.${name}.ours_blocks_moved`] = diff.stats.blocksMoved;
      if (NO_ID_CASES.has(name)) {
        const [a, b] = [article(before, false).content, article(after, false).content];
        compareArticles(a, b);
        figures[`diff.${name}.ours_noids_ms_p50`] = percentile(
          timeRuns(OUR_RUNS, () => compareArticles(a, b)),
          50,
        );
      }

      let capped = 0;
      const jsdiff = timeRuns(OTHER_RUNS, () => {
        if (diffWords(older.text, newer.text, { timeout: CAP_MS }) === undefined) capped = 1;
      });
      figures[`diff.${name}.jsdiff_ms_p50`] = percentile(jsdiff, 50);
      figures[`diff.${name}.jsdiff_capped`] = capped;

      let dmpCapped = 0;
      const dmp = timeRuns(OTHER_RUNS, () => {
        if (dmpWords(older.text, newer.text)) dmpCapped = 1;
      });
      figures[`diff.${name}.dmp_ms_p50`] = percentile(dmp, 50);
      figures[`diff.${name}.dmp_capped`] = dmpCapped;
    }
    return figures;
  },
};
