/**
 * Cosmetic slips on real articles: how often the note writer writes a note for an edit that changes
 * no fact. `node --import tsx scripts/eval-slips.ts [--split dev|held-out|all] [--verbose]`
 * (`npm run eval:slips -- --split dev`).
 *
 * The corpus's `kind: none` cases hold one slip each; this makes many more on the same real
 * articles: for every real case with article text, one paragraph of `new.txt` (never the headline)
 * gets one slip of each kind below in its earlier version — a doubled word, a comma dropped, two
 * letters typed in the wrong order, an apostrophe dropped, a hyphen made a space, a "the" dropped.
 * Putting it right is cosmetic, so the right answer is always no note. The slips are drawn from a
 * fixed seed, so a run is repeatable. Tune on `dev` only; `held-out` articles are for the report,
 * printed as totals.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { proposeNote } from '../src/shared/notes/propose';
import { articleFromText } from '../src/shared/notes/eval';

const argv = process.argv.slice(2);
const at = argv.indexOf('--split');
const split = at >= 0 ? argv[at + 1]! : 'all';
if (!['dev', 'held-out', 'all'].includes(split)) throw new Error(`--split must be dev, held-out or all, not "${split}"`);
const verbose = argv.includes('--verbose');
const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'notes-eval', 'cases');

/** A small repeatable generator (the C library's LCG): the same slips on every run. */
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;

type Slip = (paragraph: string) => string | null;
const cutAt = (p: string, re: RegExp, width: number, put = '') => {
  const hits = [...p.matchAll(re)];
  if (!hits.length) return null;
  const k = pick(hits).index!;
  return p.slice(0, k) + put + p.slice(k + width);
};
const SLIPS: Record<string, Slip> = {
  'doubled word': (p) => {
    const words = p.split(' ');
    const k = Math.floor(random() * words.length);
    if (!/^\p{Ll}{3,}$/u.test(words[k]!)) return null;
    words.splice(k, 0, words[k]!);
    return words.join(' ');
  },
  'comma dropped': (p) => cutAt(p, /, /g, 1),
  'letters transposed': (p) => {
    const words = p.split(' ');
    const k = Math.floor(random() * words.length);
    const w = words[k]!;
    if (!/^\p{Ll}{5,}$/u.test(w)) return null;
    const i = 1 + Math.floor(random() * (w.length - 3));
    words[k] = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    return words.join(' ');
  },
  'apostrophe dropped': (p) => cutAt(p, /['’]s\b/g, 1),
  'hyphen as a space': (p) => {
    const hits = [...p.matchAll(/\p{L}-\p{L}/gu)];
    if (!hits.length) return null;
    const k = pick(hits).index! + 1;
    return `${p.slice(0, k)} ${p.slice(k + 1)}`;
  },
  '"the" dropped': (p) => cutAt(p, /\bthe /g, 4),
};

const tally: Record<string, { pairs: number; notes: number; byKind: Record<string, [number, number]> }> = {};
for (const name of readdirSync(root).sort()) {
  if (!name.startsWith('real-') || !existsSync(join(root, name, 'new.txt'))) continue;
  const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as { set?: string };
  const set = expected.set === 'held-out' ? 'held-out' : 'dev';
  const text = readFileSync(join(root, name, 'new.txt'), 'utf8');
  const paragraphs = text.split(/\n\s*\n/);
  for (const [kind, slip] of Object.entries(SLIPS)) {
    // A few tries to find a paragraph the slip fits; the draws happen for every split alike, so
    // running one split gives the same slips as running all.
    for (let tries = 0; tries < 6; tries++) {
      const k = 1 + Math.floor(random() * (paragraphs.length - 1));
      const slipped = paragraphs[k] ? slip(paragraphs[k]) : null;
      if (!slipped || slipped === paragraphs[k]) continue;
      if (split !== 'all' && set !== split) break;
      const older = [...paragraphs];
      older[k] = slipped;
      const note = proposeNote(articleFromText(older.join('\n\n')), articleFromText(text), { date: '2026-11-06' });
      const t = (tally[set] ??= { pairs: 0, notes: 0, byKind: {} });
      const row = (t.byKind[kind] ??= [0, 0]);
      t.pairs++;
      row[0]++;
      if (note.kind !== 'none') {
        t.notes++;
        row[1]++;
        if (verbose && set === 'dev') console.log(`NOTE ${kind.padEnd(18)} ${name}: ${note.note.slice(0, 160)}`);
      }
      break;
    }
  }
}
const summary = Object.fromEntries(
  Object.entries(tally).map(([set, t]) => [
    set,
    {
      pairs: t.pairs,
      notesWrittenForASlip: t.notes,
      noNoteRight: t.pairs ? Math.round((1000 * (t.pairs - t.notes)) / t.pairs) / 10 : 0,
      bySlip: Object.fromEntries(Object.entries(t.byKind).map(([k, [n, bad]]) => [k, `${n - bad}/${n} without a note`])),
    },
  ]),
);
console.log(JSON.stringify(summary, null, 2));
