/**
 * Evaluates the update/correction note writer against notes a newsroom would write.
 * `node --import tsx scripts/eval-notes.ts [--json FILE] [--verbose]`
 * Each case in tests/notes-eval/cases/<name>/ has old.txt, new.txt (headline, blank line, paragraphs)
 * and expected.json { kind, date, note, sources }. Reports kind accuracy, recall and precision of the
 * sources the reference note credits, names invented (capitalized words of the proposed note found
 * nowhere in the new article) and ROUGE-L F1 of the note text (after the label; the label is
 * formulaic and would flatter the score).
 * `--compromise` also scores the alternative we measured against: compromise 14 naming the sources
 * (people() and organizations() of the added sentences, titles trimmed), with its time per case.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { proposeNote } from '../src/shared/notes/propose';
import { articleFromText, inventedNames, rougeL, sameSource } from '../src/shared/notes/eval';
import { bodyPlainText } from '../src/shared/article/content';

interface Expected {
  kind: 'update' | 'correction' | 'none';
  date: string;
  note: string;
  sources: string[];
  /** 'held-out': written after the rules were tuned, never tuned against. */
  set?: string;
}

const argv = process.argv.slice(2);
const jsonAt = argv.indexOf('--json');
const jsonFile = jsonAt >= 0 ? argv[jsonAt + 1] : undefined;
const verbose = argv.includes('--verbose');
const withCompromise = argv.includes('--compromise');
type Nlp = (text: string) => { people(): { out(f: 'array'): string[] }; organizations(): { out(f: 'array'): string[] } };
const nlp: Nlp | null = withCompromise ? ((await import('compromise')).default as unknown as Nlp) : null;
const alt = { hits: 0, right: 0, proposed: 0, ms: 0 };
const TITLES = /^(?:(?:Gov|Sen|Rep|Gen|Sgt|Dr|Lt|Col|Capt)\.|President|Prime|Minister|Secretary|General|Mayor|Judge|Chief|Executive|Coach|Sheriff|Detective|Councilwoman|Councilman|Circuit|Fire|Police)\s+/;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'notes-eval', 'cases');

const afterLabel = (note: string) => note.replace(/^[^:]*:\s*/, '');
const rows: Record<string, unknown>[] = [];
let kindRight = 0;
let sourceHits = 0;
let sourceExpected = 0;
let sourceProposedRight = 0;
let sourceProposed = 0;
let invented = 0;
let rougeSum = 0;
const heldOut = { cases: 0, kindRight: 0, hits: 0, expected: 0, right: 0, proposed: 0, invented: 0, rouge: 0 };

for (const name of readdirSync(root).sort()) {
  const dir = join(root, name);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  const older = articleFromText(readFileSync(join(dir, 'old.txt'), 'utf8'));
  const newer = articleFromText(readFileSync(join(dir, 'new.txt'), 'utf8'));
  const started = performance.now();
  const proposed = proposeNote(older, newer, { date: expected.date });
  const ms = performance.now() - started;
  const credited = [...new Set(proposed.changes.filter((c) => c.type === 'added' || c.type === 'corrected').flatMap((c) => c.sources))];
  const hits = expected.sources.filter((s) => credited.some((c) => sameSource(c, s))).length;
  const right = credited.filter((c) => expected.sources.some((s) => sameSource(c, s))).length;
  if (nlp) {
    const started = performance.now();
    const sentences = proposed.changes.filter((c) => c.type === 'added').flatMap((c) => c.evidence);
    const names = new Set<string>();
    for (const sentence of sentences) {
      const doc = nlp(sentence);
      for (const found of [...doc.people().out('array'), ...doc.organizations().out('array')]) {
        let name = found.replace(/[.,;:'’"“”]+$/g, '').replace(/['’]s$/, '').trim();
        while (TITLES.test(name)) name = name.replace(TITLES, '');
        if (name) names.add(name);
      }
    }
    alt.ms += performance.now() - started;
    const list = [...names];
    alt.hits += expected.sources.filter((x) => list.some((c) => sameSource(c, x))).length;
    alt.right += list.filter((c) => expected.sources.some((x) => sameSource(c, x))).length;
    alt.proposed += list.length;
    if (verbose) process.stdout.write(`     compromise: ${JSON.stringify(list)}\n`);
  }
  const newText = `${newer.headline}\n${bodyPlainText(newer)}`;
  const madeUp = inventedNames(afterLabel(proposed.note), newText);
  const rouge = expected.note === '' && proposed.note === '' ? 1 : rougeL(afterLabel(proposed.note), afterLabel(expected.note));
  kindRight += proposed.kind === expected.kind ? 1 : 0;
  sourceHits += hits;
  sourceExpected += expected.sources.length;
  sourceProposedRight += right;
  sourceProposed += credited.length;
  invented += madeUp.length;
  rougeSum += rouge;
  if (expected.set === 'held-out') {
    heldOut.cases++;
    heldOut.kindRight += proposed.kind === expected.kind ? 1 : 0;
    heldOut.hits += hits;
    heldOut.expected += expected.sources.length;
    heldOut.right += right;
    heldOut.proposed += credited.length;
    heldOut.invented += madeUp.length;
    heldOut.rouge += rouge;
  }
  rows.push({ name, kind: proposed.kind, expectedKind: expected.kind, rouge: Math.round(rouge * 1000) / 1000, credited, expectedSources: expected.sources, invented: madeUp, note: proposed.note, expectedNote: expected.note, ms: Math.round(ms * 10) / 10 });
  const mark = proposed.kind === expected.kind ? 'ok ' : 'KIND';
  process.stdout.write(`${mark} ${name.padEnd(36)} rouge ${rouge.toFixed(2)}  ${proposed.note || '(no note)'}\n`);
  if (verbose) {
    process.stdout.write(`     expected: ${expected.note || '(no note)'}\n`);
    process.stdout.write(`     credited: ${JSON.stringify(credited)}  expected: ${JSON.stringify(expected.sources)}${madeUp.length ? `  INVENTED ${JSON.stringify(madeUp)}` : ''}\n`);
  }
}

const n = rows.length;
const summary = {
  cases: n,
  kindAccuracy: kindRight / n,
  sourceRecall: sourceExpected ? sourceHits / sourceExpected : 1,
  sourcePrecision: sourceProposed ? sourceProposedRight / sourceProposed : 1,
  namesInvented: invented,
  rougeL_F1: rougeSum / n,
  heldOut: heldOut.cases
    ? {
        cases: heldOut.cases,
        kindAccuracy: heldOut.kindRight / heldOut.cases,
        sourceRecall: heldOut.expected ? heldOut.hits / heldOut.expected : 1,
        sourcePrecision: heldOut.proposed ? heldOut.right / heldOut.proposed : 1,
        namesInvented: heldOut.invented,
        rougeL_F1: heldOut.rouge / heldOut.cases,
      }
    : null,
};
const compromiseSummary = nlp
  ? { sourceRecall: sourceExpected ? alt.hits / sourceExpected : 1, sourcePrecision: alt.proposed ? alt.right / alt.proposed : 1, msTotal: alt.ms }
  : undefined;
process.stdout.write('\n' + JSON.stringify(compromiseSummary ? { ...summary, compromise: compromiseSummary } : summary, null, 2) + '\n');
if (jsonFile) writeFileSync(jsonFile, JSON.stringify({ summary, cases: rows }, null, 2) + '\n');
