/**
 * Evaluates the update/correction note writer against notes newsrooms really published.
 * `node --import tsx scripts/eval-notes.ts [--split dev|held-out|all] [--json FILE] [--verbose] [--show-held-out]`
 * (`npm run eval:notes -- --split dev`). Tune on `dev` only; `held-out` is for the report.
 *
 * Each case in tests/notes-eval/cases/<name>/ has expected.json { kind, date, note, noteLine?,
 * sources, facts?, set, importOnly? } and, unless importOnly, old.txt and new.txt (headline, blank
 * line, paragraphs). Cases without a set are dev. Reported per split:
 * - kind: the proposed kind equals the newsroom's;
 * - facts: share of the reference note's `facts` the proposed note names (factPresent: its numbers,
 *   names and quoted words, and two thirds of its other words by stem); factsVerbatim, the share
 *   found word for word, is printed beside it;
 * - uninvolved names: names in the proposed note that stand nowhere in the changed material;
 * - AP label: every proposed note opens "Update, Nov. 6:" / "Correction, Nov. 6:";
 * - grammar: the proposed note passes checkNoteGrammar (src/shared/notes/grammar.ts);
 * - note lines imported: the site's own note line, put under the article and read by the text
 *   importer, lands in `notes` with the newsroom's kind (and its date when the line prints one);
 * - copy read as notes: every body paragraph of old.txt and new.txt, put as the last paragraph
 *   and as the first under the headline of a neutral article, read by the text importer; counted
 *   when it is taken out of the body as a note although it is not the case's own note line (nor
 *   its text) nor a note another case records (a page's older note, kept in its text as printed;
 *   known from the cases' own records, never from the importer under test). Taking copy for a note loses
 *   the reporter's words, so this must stay 0; dev offenders are printed as COPY lines.
 * - sources recall/precision and ROUGE-L F1, as before.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { proposeNote } from '../src/shared/notes/propose';
import { articleFromText, rougeL, sameSource } from '../src/shared/notes/eval';
import { checkNoteGrammar } from '../src/shared/notes/grammar';
import { uninvolvedNames, factPresent, factPresentVerbatim } from '../src/shared/notes/eval';
import { parseTextArticle } from '../src/shared/import/text';
import { readNoteLine } from '../src/shared/import/frame-lines';
import { bodyPlainText } from '../src/shared/article/content';

interface Expected {
  kind: 'update' | 'correction' | 'none';
  date: string;
  note: string;
  noteLine?: string;
  sources: string[];
  facts?: string[];
  set?: string;
  importOnly?: boolean;
}

const argv = process.argv.slice(2);
const flag = (name: string) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const split = flag('--split') ?? 'all';
if (!['dev', 'held-out', 'all'].includes(split)) throw new Error(`--split must be dev, held-out or all, not "${split}"`);
const jsonFile = flag('--json');
const verbose = argv.includes('--verbose');
const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'notes-eval', 'cases');
const AP_LABEL = /^(?:Update|Correction), (?:Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{1,2}: \S/;

interface Tally {
  cases: number;
  kindRight: number;
  facts: number;
  factsFound: number;
  factsVerbatim: number;
  uninvolved: number;
  notes: number;
  apLabel: number;
  grammatical: number;
  lines: number;
  linesImported: number;
  paragraphs: number;
  copyAsNotes: number;
  labelledNotes: number;
  sourcesExpected: number;
  sourceHits: number;
  sourcesProposed: number;
  sourcesRight: number;
  rouge: number;
}
const tally = (): Tally => ({
  cases: 0,
  kindRight: 0,
  facts: 0,
  factsFound: 0,
  factsVerbatim: 0,
  uninvolved: 0,
  notes: 0,
  apLabel: 0,
  grammatical: 0,
  lines: 0,
  linesImported: 0,
  paragraphs: 0,
  copyAsNotes: 0,
  labelledNotes: 0,
  sourcesExpected: 0,
  sourceHits: 0,
  sourcesProposed: 0,
  sourcesRight: 0,
  rouge: 0,
});
const tallies: Record<string, Tally> = { dev: tally(), 'held-out': tally() };
const rows: Record<string, unknown>[] = [];
const afterLabel = (note: string) => note.replace(/^[^:]*:\s*/, '');
const out = (line: string) => process.stdout.write(line + '\n');
// Held-out cases are never read case by case while tuning: their lines print only on request.
const showHeldOut = argv.includes('--show-held-out');
let currentSet = 'dev';
const caseOut = (line: string) => {
  if (currentSet !== 'held-out' || showHeldOut) out(line);
};

/** The site's note line under the article, read back by the text importer. */
function importsLine(line: string, expected: Expected, articleText: string): { ok: boolean; why: string } {
  const imported = parseTextArticle(`${articleText.trim()}\n\n${line}\n`);
  const notes = imported.notes ?? [];
  const note = notes[notes.length - 1];
  if (!note) return { ok: false, why: 'not read as a note' };
  if (expected.kind !== 'none' && note.kind !== expected.kind) return { ok: false, why: `read as ${note.kind}` };
  const printed = readNoteLine(line, true);
  const want = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}))?/.exec(expected.date);
  if (printed?.month !== undefined && want && note.date.slice(5, 10) !== `${want[2]}-${want[3]}`)
    return { ok: false, why: `dated ${note.date}` };
  if (printed?.hour !== undefined && want?.[4] && note.date.slice(11, 13) !== want[4]) return { ok: false, why: `timed ${note.date}` };
  return { ok: true, why: '' };
}

/** Neutral copy around the paragraph read, so nothing but the paragraph itself can be a note. */
const GUARD_HEAD = 'Council weighs a new budget';
const GUARD_COPY = ['The city council met Monday to weigh the budget for next year.', 'A vote is expected next month.'];

/** The body paragraphs of a case text (headline set aside), as articleFromText splits them. */
function bodyParagraphs(text: string): string[] {
  const chunks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((c) => c.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
  return chunks.slice(1);
}

/**
 * Where the importer would take a paragraph of copy out of the body as a note: put last under the
 * copy, or first under the headline. Returns the positions ('end', 'top') at which it is taken.
 */
function takenAsNote(paragraph: string): string[] {
  const taken: string[] = [];
  for (const [where, lines] of [
    ['end', [GUARD_HEAD, ...GUARD_COPY, paragraph]],
    ['top', [GUARD_HEAD, paragraph, ...GUARD_COPY]],
  ] as const) {
    const imported = parseTextArticle(lines.join('\n\n') + '\n');
    if (imported.notes?.length) taken.push(where);
  }
  return taken;
}

/**
 * The notes the cases themselves record: every case's `note` and `noteLine` in the split, with and
 * without its label. A page's older notes, kept in its text as printed, are the notes of the
 * other cases of its series (README: a series is read backwards, newest note first), so the
 * record says which paragraphs are notes — never the importer under test, or copy it wrongly
 * reads as a note would be exempt from the guard that should catch it.
 */
function recordedNotes(splitWanted: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(root)) {
    const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Expected;
    const set = expected.set === 'held-out' ? 'held-out' : 'dev';
    if (splitWanted !== 'all' && set !== splitWanted) continue;
    for (const n of [expected.note, expected.noteLine]) if (n) out.push(n, n.replace(/^[^:]{1,60}:\s*/, ''));
  }
  return out;
}

/**
 * A note the page prints in the copy under a note's own label ("7/10/12 UPDATE: …", "Editor's
 * note: the model our tester used is discontinued …"): a note as printed, wherever it stands, not
 * copy. Counted apart (labelledNotes), so the guard sees only unlabelled copy.
 */
const LABELLED_NOTE =
  /^(?:[\d/.]+\s+)?(?:updates?|updated|corrections?|clarifications?|editor['’]s note|editors['’] note|note)\b[^:.]{0,40}:\s/i;

const sameWords = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
const recorded = new Set(recordedNotes(split).map((n) => n.replace(/\s+/g, ' ').trim()));

for (const name of readdirSync(root).sort()) {
  const dir = join(root, name);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  const set = expected.set === 'held-out' ? 'held-out' : 'dev';
  if (split !== 'all' && set !== split) continue;
  currentSet = set;
  const t = tallies[set]!;
  const hasTexts = existsSync(join(dir, 'new.txt')) && existsSync(join(dir, 'old.txt'));
  const newRaw = hasTexts
    ? readFileSync(join(dir, 'new.txt'), 'utf8')
    : 'A headline for the note line\n\nThe article text is not kept for this case.';
  const row: Record<string, unknown> = { name, set };
  const line = expected.noteLine ?? expected.note;
  if (line) {
    const imported = importsLine(line, expected, newRaw);
    t.lines++;
    t.linesImported += imported.ok ? 1 : 0;
    row.imported = imported.ok;
    if (!imported.ok) caseOut(`LINE ${name.padEnd(40)} ${imported.why}: ${line.slice(0, 90)}`);
  }
  if (hasTexts) {
    for (const file of ['old.txt', 'new.txt']) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const paragraph of bodyParagraphs(text)) {
        t.paragraphs++;
        const taken = takenAsNote(paragraph);
        if (!taken.length) continue;
        const own = [expected.noteLine, expected.note].some(
          (n) => !!n && (sameWords(n, paragraph) || sameWords(n.replace(/^[^:]{1,60}:\s*/, ''), paragraph)),
        );
        if (own || recorded.has(paragraph.replace(/\s+/g, ' ').trim())) continue;
        if (LABELLED_NOTE.test(paragraph)) {
          t.labelledNotes++;
          continue;
        }
        t.copyAsNotes++;
        caseOut(`COPY ${name.padEnd(40)} ${file} ${taken.join('+')}: ${paragraph.slice(0, 110)}`);
      }
    }
  }
  if (expected.importOnly || !hasTexts) {
    rows.push(row);
    continue;
  }
  const older = articleFromText(readFileSync(join(dir, 'old.txt'), 'utf8'));
  const newer = articleFromText(newRaw);
  const started = performance.now();
  const proposed = proposeNote(older, newer, { date: expected.date });
  const ms = performance.now() - started;
  const newText = `${newer.headline}\n${bodyPlainText(newer)}`;
  const text = afterLabel(proposed.note);
  t.cases++;
  t.kindRight += proposed.kind === expected.kind ? 1 : 0;
  const facts = expected.facts ?? [];
  const found = facts.filter((f) => factPresent(f, proposed.note));
  t.facts += facts.length;
  t.factsFound += found.length;
  t.factsVerbatim += facts.filter((f) => factPresentVerbatim(f, proposed.note)).length;
  const strangers = proposed.note ? uninvolvedNames(text, proposed.changes, newText) : [];
  t.uninvolved += strangers.length;
  const problems = proposed.note ? checkNoteGrammar(text, newText) : [];
  if (proposed.note) {
    t.notes++;
    t.apLabel += AP_LABEL.test(proposed.note) ? 1 : 0;
    t.grammatical += problems.length === 0 ? 1 : 0;
  }
  const credited = [...new Set(proposed.changes.filter((c) => c.type === 'added' || c.type === 'corrected').flatMap((c) => c.sources))];
  t.sourcesExpected += expected.sources.length;
  t.sourceHits += expected.sources.filter((s) => credited.some((c) => sameSource(c, s))).length;
  t.sourcesProposed += credited.length;
  t.sourcesRight += credited.filter((c) => expected.sources.some((s) => sameSource(c, s))).length;
  const rouge = expected.note === '' && proposed.note === '' ? 1 : rougeL(text, afterLabel(expected.note));
  t.rouge += rouge;
  Object.assign(row, {
    kind: proposed.kind,
    expectedKind: expected.kind,
    facts: `${found.length}/${facts.length}`,
    missingFacts: facts.filter((f) => !found.includes(f)),
    uninvolved: strangers,
    grammar: problems.map((p) => p.detail),
    note: proposed.note,
    expectedNote: expected.note,
    ms: Math.round(ms * 10) / 10,
  });
  rows.push(row);
  const mark = proposed.kind === expected.kind ? 'ok  ' : 'KIND';
  caseOut(`${mark} ${name.padEnd(40)} facts ${found.length}/${facts.length}  ${proposed.note || '(no note)'}`);
  if (verbose || strangers.length || problems.length) {
    if (verbose) caseOut(`       expected: ${expected.note || '(no note)'}`);
    if (facts.length > found.length) caseOut(`       missing facts: ${JSON.stringify(facts.filter((f) => !found.includes(f)))}`);
    if (strangers.length) caseOut(`       UNINVOLVED ${JSON.stringify(strangers)}`);
    for (const p of problems) caseOut(`       GRAMMAR ${p.rule}: ${p.detail}`);
  }
}

const pct = (a: number, b: number) => (b ? Math.round((1000 * a) / b) / 10 : 100);
const summarize = (t: Tally) => ({
  cases: t.cases,
  kindAccuracy: pct(t.kindRight, t.cases),
  factsPresent: pct(t.factsFound, t.facts),
  factsCounted: t.facts,
  factsVerbatim: pct(t.factsVerbatim, t.facts),
  uninvolvedNames: t.uninvolved,
  apLabel: pct(t.apLabel, t.notes),
  grammar: pct(t.grammatical, t.notes),
  noteLinesImported: pct(t.linesImported, t.lines),
  noteLinesCounted: t.lines,
  copyReadAsNotes: t.copyAsNotes,
  paragraphsRead: t.paragraphs,
  labelledNotesInCopy: t.labelledNotes,
  sourceRecall: pct(t.sourceHits, t.sourcesExpected),
  sourcePrecision: pct(t.sourcesRight, t.sourcesProposed),
  rougeL_F1: t.cases ? Math.round((1000 * t.rouge) / t.cases) / 1000 : 0,
});
const summary: Record<string, ReturnType<typeof summarize>> = {};
for (const set of ['dev', 'held-out']) if (split === 'all' || split === set) summary[set] = summarize(tallies[set]!);
if (!showHeldOut && split !== 'dev') out('\n(held-out cases are totals only; --show-held-out prints them case by case)');
out('\n' + JSON.stringify(summary, null, 2));
if (jsonFile) writeFileSync(jsonFile, JSON.stringify({ summary, cases: rows }, null, 2) + '\n');
