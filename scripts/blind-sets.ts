/**
 * The blind revision sets kept in tests/notes-blind/<set>/ (see its README.md): reading a set, and
 * scoring a proposed note against the notes judges have already seen. No note writer here, so the
 * shape test (tests/unit/eval-blind.test.ts) and the runner (scripts/eval-blind.ts) share it.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BLIND_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'notes-blind');
/** The date every run gives the writer, so notes stay comparable across runs ("Dec. 6"). */
export const BLIND_DATE = '2026-12-06';
/** What the CLI prints when the writer proposes no note; judges saw it under this text. */
export const NO_NOTE = '(no note: the changes are cosmetic)';

export interface BlindPair {
  id: string;
  category: string;
  kind: string;
  changed: string;
  reference: string;
  oldFile: string;
  newFile: string;
}

export interface JudgedNote {
  pair: string;
  note: string;
  verdict: 'yes' | 'no';
  reason: string;
  build: string;
  judge: string;
}

export interface BlindSet {
  name: string;
  dir: string;
  pairs: BlindPair[];
  judged: JudgedNote[];
}

export function blindSetNames(root = BLIND_ROOT): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'key.tsv')))
    .map((entry) => entry.name)
    .sort();
}

function tsvLines(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t'));
}

export function loadBlindSet(name: string, root = BLIND_ROOT): BlindSet {
  const dir = join(root, name);
  const pairs = tsvLines(join(dir, 'key.tsv')).map((cells): BlindPair => {
    const [id, category, kind, changed, reference] = cells;
    if (!id || !/^p\d\d$/.test(id) || category === undefined || kind === undefined || changed === undefined || reference === undefined)
      throw new Error(`${name}/key.tsv: a line is not "id  category  kind  what changed  reference note": ${cells.join(' | ')}`);
    return { id, category, kind, changed, reference, oldFile: join(dir, id, 'old.txt'), newFile: join(dir, id, 'new.txt') };
  });
  const judgedFile = join(dir, 'judged.tsv');
  const judged = existsSync(judgedFile)
    ? tsvLines(judgedFile)
        .slice(1)
        .map((cells): JudgedNote => {
          const [pair, note, verdict, reason, build, judge] = cells;
          if (!pair || !note || (verdict !== 'yes' && verdict !== 'no'))
            throw new Error(`${name}/judged.tsv: a line is not "pair  note  yes|no  reason  build  judge": ${cells.join(' | ')}`);
          return { pair, note, verdict, reason: reason ?? '', build: build ?? '', judge: judge ?? '' };
        })
    : [];
  return { name, dir, pairs, judged };
}

/** The note as judges saw it: the CLI's plain output on one line ("(no note: …)" when there is none). */
export function noteAsJudged(note: string): string {
  const text = note.replace(/[\n\t]/g, ' ').trimEnd();
  return text === '' ? NO_NOTE : text;
}

/**
 * The verdict judges gave this exact note for this pair, or 'unjudged'. When the same note was
 * judged more than once, the last line of judged.tsv counts (a later judge, who saw it beside
 * another build's note, overrules the first).
 */
export function verdictOf(set: BlindSet, pair: string, note: string): 'yes' | 'no' | 'unjudged' {
  const text = noteAsJudged(note);
  let verdict: 'yes' | 'no' | 'unjudged' = 'unjudged';
  for (const line of set.judged) if (line.pair === pair && line.note === text) verdict = line.verdict;
  return verdict;
}

export interface BlindTally {
  pairs: number;
  yes: number;
  no: number;
  unjudged: number;
}

export interface ScoredNote {
  set: string;
  pair: string;
  category: string;
  note: string;
  verdict: 'yes' | 'no' | 'unjudged';
}

/** Counts per set and category of the notes a run wrote: printable, not printable, never judged. */
export function tallyBlind(scored: ScoredNote[]): Map<string, Map<string, BlindTally>> {
  const bySet = new Map<string, Map<string, BlindTally>>();
  for (const note of scored) {
    const byCategory = bySet.get(note.set) ?? new Map<string, BlindTally>();
    bySet.set(note.set, byCategory);
    const tally = byCategory.get(note.category) ?? { pairs: 0, yes: 0, no: 0, unjudged: 0 };
    byCategory.set(note.category, tally);
    tally.pairs++;
    tally[note.verdict]++;
  }
  return bySet;
}

/** The header every judged.tsv opens with; the loader skips the first line as this header. */
export const JUDGED_HEADER = ['pair', 'note', 'verdict', 'reason', 'build', 'judge'].join('\t');

/**
 * Folds a judge's verdicts (DIR/verdicts.tsv: `set/pair  letter  yes|no  reason`) into each set's
 * judged.tsv, with the note and build from the packet's DIR/notes.tsv and the judge named by DIR's
 * folder. A set judged for the first time gets its judged.tsv with the header, so no verdict is
 * read as one. Returns how many verdicts were added.
 */
export function recordVerdicts(dir: string, sets: BlindSet[]): number {
  const notes = new Map<string, { note: string; build: string }>();
  for (const line of readFileSync(join(dir, 'notes.tsv'), 'utf8').split('\n').slice(1)) {
    const [ref, letter, note, made] = line.split('\t');
    if (ref && letter && note) notes.set(`${ref}\t${letter}`, { note, build: made ?? '' });
  }
  let added = 0;
  for (const line of readFileSync(join(dir, 'verdicts.tsv'), 'utf8').split('\n')) {
    const [ref, letter, verdict, reason] = line.split('\t').map((cell) => cell.trim());
    if (!ref || !letter || !verdict) continue;
    const seen = notes.get(`${ref}\t${letter}`);
    const [setName, pair] = ref.split('/');
    const set = sets.find((candidate) => candidate.name === setName);
    if (!seen || !set || !pair) throw new Error(`verdicts.tsv names ${ref} ${letter}, which the packet's notes.tsv does not hold`);
    const judgedFile = join(set.dir, 'judged.tsv');
    if (!existsSync(judgedFile)) writeFileSync(judgedFile, JUDGED_HEADER + '\n');
    const yes = verdict.toLowerCase().startsWith('y');
    appendFileSync(judgedFile, [pair, seen.note, yes ? 'yes' : 'no', reason ?? '', seen.build, basename(dir)].join('\t') + '\n');
    added++;
  }
  return added;
}
