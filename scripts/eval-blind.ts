/**
 * Re-measures the note writer on the blind revision sets kept in tests/notes-blind/ (README there).
 * `node --import tsx scripts/eval-blind.ts [--set NAME] [--json FILE] [--packet DIR] [--record DIR]`
 * (`npm run eval:blind -- --set fresh18a`).
 *
 * Every pair's OLD and NEW are read and the note written in-process, the way `copydesk update-note
 * OLD NEW --date 2026-12-06` does it (readSource, then proposeNote with the default house style),
 * and the note is looked up in the set's judged.tsv: printable (a judge said yes to this exact note
 * for this pair), not printable, or never judged. Reported per set and category, with a total
 * "known printable" figure and every unjudged note listed.
 * - `--json FILE`: every pair's set, id, category, note and verdict ("unjudged" when none).
 * - `--packet DIR`: DIR/pairs.md, the unjudged notes only in the blind judging format (README), and
 *   DIR/notes.tsv (set/pair, letter, note, build) for `--record`.
 * - `--record DIR`: after a judge wrote DIR/verdicts.tsv for a packet, appends each verdict to its
 *   set's judged.tsv (build from DIR/notes.tsv, judge named by DIR's folder name); writes no notes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { proposeNote } from '../src/shared/notes';
import { readSource } from '../src/cli/article-source';
import { BLIND_DATE, BLIND_ROOT, blindSetNames, loadBlindSet, noteAsJudged, recordVerdicts, tallyBlind, verdictOf } from './blind-sets';
import type { BlindSet, ScoredNote } from './blind-sets';

const argv = process.argv.slice(2);
const flag = (name: string) => {
  const at = argv.indexOf(name);
  if (at < 0) return undefined;
  const value = argv[at + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
  return value;
};
const known = new Set(['--set', '--json', '--packet', '--record']);
for (let i = 0; i < argv.length; i += 2)
  if (!known.has(argv[i]!)) throw new Error(`Unknown option "${argv[i]}"; options: ${[...known].join(', ')} (each with a value)`);

const names = blindSetNames();
const only = flag('--set');
if (only !== undefined && !names.includes(only)) throw new Error(`--set must be one of ${names.join(', ')}, not "${only}"`);
const sets = (only ? [only] : names).map((name) => loadBlindSet(name));

/** The commit whose writer wrote the notes ("+dirty" when src/ has changes not committed). */
function build(): string {
  const cwd = join(BLIND_ROOT, '..', '..');
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd, encoding: 'utf8' }).trim();
    return dirty ? `${head}+dirty` : head;
  } catch {
    return 'unknown';
  }
}

const recordDir = flag('--record');
if (recordDir) {
  console.log(`${recordVerdicts(resolve(recordDir), sets)} verdicts added to judged.tsv`);
  process.exit(0);
}

/** Folds a judged packet back: one judged.tsv line per verdict, build and judge named. */
async function noteFor(oldFile: string, newFile: string): Promise<string> {
  const noStore = () => {
    throw new Error('blind pairs are files; no store is opened');
  };
  const older = await readSource(oldFile, noStore);
  const newer = await readSource(newFile, noStore);
  return noteAsJudged(proposeNote(older.article, newer.article, { date: `${BLIND_DATE}T12:00:00`, style: {} }).note);
}

const made = build();
const scored: ScoredNote[] = [];
for (const set of sets)
  for (const pair of set.pairs) {
    const note = await noteFor(pair.oldFile, pair.newFile);
    scored.push({ set: set.name, pair: pair.id, category: pair.category, note, verdict: verdictOf(set, pair.id, note) });
  }

const pad = (text: string | number, width: number) => String(text).padEnd(width);
console.log(`Blind sets in tests/notes-blind, notes written by ${made} dated ${BLIND_DATE}`);
let all = { pairs: 0, yes: 0, no: 0, unjudged: 0 };
for (const [setName, byCategory] of tallyBlind(scored)) {
  console.log(`\n${setName}`);
  console.log(`  ${pad('category', 13)}${pad('pairs', 7)}${pad('printable', 11)}${pad('not', 5)}unjudged`);
  const total = { pairs: 0, yes: 0, no: 0, unjudged: 0 };
  for (const [category, tally] of [...byCategory].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`  ${pad(category, 13)}${pad(tally.pairs, 7)}${pad(tally.yes, 11)}${pad(tally.no, 5)}${tally.unjudged}`);
    for (const key of ['pairs', 'yes', 'no', 'unjudged'] as const) total[key] += tally[key];
  }
  console.log(`  ${pad('total', 13)}${pad(total.pairs, 7)}${pad(total.yes, 11)}${pad(total.no, 5)}${total.unjudged}`);
  all = { pairs: all.pairs + total.pairs, yes: all.yes + total.yes, no: all.no + total.no, unjudged: all.unjudged + total.unjudged };
}
console.log(
  `\nknown printable: ${all.yes}/${all.pairs} (not printable ${all.no}, unjudged ${all.unjudged}: at most ${all.yes + all.unjudged}/${all.pairs} if every unjudged note were printable)`,
);
const unjudged = scored.filter((note) => note.verdict === 'unjudged');
if (unjudged.length) {
  console.log(`\nunjudged notes (${unjudged.length}; --packet DIR gives them to a judge):`);
  for (const note of unjudged) console.log(`  ${note.set}/${note.pair} (${note.category}): ${note.note}`);
}

const jsonFile = flag('--json');
if (jsonFile) {
  writeFileSync(
    jsonFile,
    JSON.stringify(
      {
        build: made,
        date: BLIND_DATE,
        total: all,
        notes: scored.map(({ set, pair, category, note, verdict }) => ({ set, pair, category, note, verdict })),
      },
      null,
      1,
    ) + '\n',
  );
  console.log(`\nwrote ${jsonFile}`);
}

const packetDir = flag('--packet');
if (packetDir) writePacket(resolve(packetDir));

/** The judging packet: only notes no judge has seen, one per pair (X), in the blind format. */
function writePacket(dir: string): void {
  mkdirSync(dir, { recursive: true });
  if (existsSync(join(dir, 'verdicts.tsv'))) throw new Error(`${dir} already holds verdicts.tsv; give the packet a new folder`);
  const bySet = new Map<string, BlindSet>(sets.map((set) => [set.name, set]));
  const out = [`# Blind sets in tests/notes-blind: proposed notes no judge has seen (${unjudged.length})\n`];
  const lines = ['pair\tletter\tnote\tbuild'];
  for (const note of unjudged) {
    const set = bySet.get(note.set)!;
    const pair = set.pairs.find((candidate) => candidate.id === note.pair)!;
    out.push(
      `## ${note.set}/${note.pair}  (${pair.category}, expected kind: ${pair.kind})\n` +
        `- files: ${join(set.dir, pair.id)}/old.txt and new.txt\n` +
        `- what changed: ${pair.changed}\n` +
        `- builder's reference note: ${pair.reference}\n` +
        `- **X**: ${note.note}\n\n`,
    );
    lines.push(`${note.set}/${note.pair}\tX\t${note.note}\t${made}`);
  }
  writeFileSync(join(dir, 'pairs.md'), out.join(''));
  writeFileSync(join(dir, 'notes.tsv'), lines.join('\n') + '\n');
  const count = `${unjudged.length} note${unjudged.length === 1 ? '' : 's'}`;
  console.log(`\nwrote ${join(dir, 'pairs.md')} (${count}) and notes.tsv; after judging, --record ${dir}`);
}
