/**
 * Language machinery chosen by measurement: wink-nlp (wink-eng-lite-web-model: sentences, POS tags,
 * entities) against the note writer's own rules, task by task, on accuracy and time.
 * `node --import tsx scripts/eval-nlp.ts [--split dev|held-out|all]` (dev by default: never tune on held-out).
 *
 * Tasks:
 * 1. Sentence boundaries on newsroom copy (abbreviations, initials, quotes that end after the stop):
 *    a labelled set of our own making below; errors counted per boundary.
 * 2. Who added material comes from: the sources the newsroom's note credits (expected.json
 *    `sources`) against the rules' attribution (proposeNote's credited sources) and against wink's
 *    proper-noun runs in the added sentences (titles trimmed the way names.ts trims them).
 * 3. Time: reading 10,000 words of the corpus' own copy (rules: sentences + name runs; wink: readDoc
 *    with sentences, POS and entities), median of 7 runs.
 * 4. What added material is about: on every update case, the reference facts named by "details on
 *    <topics>" when the topics come from (a) the rules' subject phrase of each added paragraph, (b)
 *    wink's tags chunked and ranked by topics.ts, (c) compromise's noun phrases ranked by the same
 *    share of words new to the article; with the time each takes on the added sentences alone.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { proposeNote } from '../src/shared/notes/propose';
import { articleFromText, sameSource } from '../src/shared/notes/eval';
import { splitSentences } from '../src/shared/notes/sentences';
import { nameRuns, personName, isTitleWord } from '../src/shared/notes/names';
import nlpCompromise from 'compromise';
import { articleSentences } from '../src/shared/notes/sentences';
import { factPresent } from '../src/shared/notes/eval';
import { isCleanTopic, subjectPhrase } from '../src/shared/notes/describe';
import { pickTopics, salientTopics, wordKey } from '../src/shared/notes/topics';

const nlp = winkNLP(model);
const its = nlp.its;
const argv = process.argv.slice(2);
const split = argv.includes('--split') ? argv[argv.indexOf('--split') + 1] : 'dev';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'notes-eval', 'cases');
const out = (line: string) => process.stdout.write(line + '\n');

// ---------------------------------------------------------------- 1. sentence boundaries

/** Paragraphs of our own making, each split by hand into its sentences. */
const LABELLED: string[][] = [
  ['Gen. Mark Alder of the U.S. Army arrived at 9 a.m. Tuesday.', 'He left an hour later.'],
  ['"We are not done," said Sen. Ana Ortiz, D-Calif.', 'The vote is set for Nov. 6.'],
  ['The company, Harbor Foods Inc., lost $4.2 million.', 'Its shares fell 3.5% in New York.'],
  ['J. R. Ellison, 61, was named chief on Monday.', 'Ellison replaces Dr. Ruth Amble, who retired.'],
  ['"Is this the end?" she asked.', '"No," he said.'],
  ['The St. Louis office opened in 1998.', 'It closed in Sept. 2021, according to the filing.'],
  ['Officials in Washington, D.C., said the plan would cost about $40 million.', 'The council meets again on Jan. 12.'],
  ['Prof. Lee told reporters the results were "very clear."', 'Others disagreed.'],
  ['The No. 2 official, Lt. Col. Dana Price, spoke first.', 'Price said the base was secure.'],
  ['The storm hit at 3:40 p.m. Crews arrived within the hour.'].flatMap((p) => [
    p.slice(0, p.indexOf('Crews') - 1),
    p.slice(p.indexOf('Crews')),
  ]),
  ['Reporting by Ana Lutz in Seoul; Editing by Tom Greer'],
  ['"I think so. I hope so," Mercer said.', 'The bridge reopened Friday.'],
];

function boundaryErrors(split: (text: string) => string[]): { errors: number; boundaries: number } {
  let errors = 0;
  let boundaries = 0;
  for (const truth of LABELLED) {
    const got = split(truth.join(' ')).map((s) => s.trim());
    boundaries += truth.length;
    const want = new Set(truth);
    errors += got.filter((s) => !want.has(s)).length + truth.filter((s) => !got.includes(s)).length;
  }
  return { errors, boundaries };
}

const winkSentences = (text: string) => nlp.readDoc(text).sentences().out();
const rulesBoundaries = boundaryErrors(splitSentences);
const winkBoundaries = boundaryErrors(winkSentences);
out(
  `1. sentence boundaries (${rulesBoundaries.boundaries} sentences): rules ${rulesBoundaries.errors} errors, wink ${winkBoundaries.errors} errors`,
);

// ---------------------------------------------------------------- 2. sources of added material

/** wink's proper-noun runs in a sentence, titles trimmed: its candidates for "who said it". */
function winkNames(sentence: string): string[] {
  const doc = nlp.readDoc(sentence);
  const tokens = doc.tokens().out();
  const tags = doc.tokens().out(its.pos);
  const names: string[] = [];
  let run: string[] = [];
  const flush = () => {
    const words = run.filter((w) => !isTitleWord(w));
    if (words.length) names.push(personName(words.join(' ')) || words.join(' '));
    run = [];
  };
  tokens.forEach((t, i) => (tags[i] === 'PROPN' ? run.push(t.replace(/['’]s$/, '')) : flush()));
  flush();
  return names;
}

const tally = {
  expected: 0,
  rulesHit: 0,
  rulesProposed: 0,
  rulesRight: 0,
  winkHit: 0,
  winkProposed: 0,
  winkRight: 0,
  rulesMs: 0,
  winkMs: 0,
};
let copy = '';
for (const name of readdirSync(root).sort()) {
  const dir = join(root, name);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
    sources: string[];
    set?: string;
    importOnly?: boolean;
    date: string;
  };
  const set = expected.set === 'held-out' ? 'held-out' : 'dev';
  if (split !== 'all' && set !== split) continue;
  if (expected.importOnly || !existsSync(join(dir, 'old.txt')) || !existsSync(join(dir, 'new.txt'))) continue;
  const newRaw = readFileSync(join(dir, 'new.txt'), 'utf8');
  copy += `\n\n${newRaw}`;
  const older = articleFromText(readFileSync(join(dir, 'old.txt'), 'utf8'));
  const newer = articleFromText(newRaw);
  let started = performance.now();
  const note = proposeNote(older, newer, { date: expected.date });
  tally.rulesMs += performance.now() - started;
  const rules = [...new Set(note.changes.filter((c) => c.type === 'added' || c.type === 'corrected').flatMap((c) => c.sources))];
  started = performance.now();
  const added = note.changes.filter((c) => c.type === 'added').flatMap((c) => c.evidence);
  const wink = [...new Set(added.flatMap(winkNames))];
  tally.winkMs += performance.now() - started;
  tally.expected += expected.sources.length;
  tally.rulesHit += expected.sources.filter((s) => rules.some((r) => sameSource(r, s))).length;
  tally.winkHit += expected.sources.filter((s) => wink.some((r) => sameSource(r, s))).length;
  tally.rulesProposed += rules.length;
  tally.rulesRight += rules.filter((r) => expected.sources.some((s) => sameSource(r, s))).length;
  tally.winkProposed += wink.length;
  tally.winkRight += wink.filter((r) => expected.sources.some((s) => sameSource(r, s))).length;
}
const pct = (a: number, b: number) => (b ? `${Math.round((1000 * a) / b) / 10}%` : 'n/a');
out(
  `2. sources of added material (${tally.expected} expected, ${split}): rules recall ${pct(tally.rulesHit, tally.expected)} precision ${pct(tally.rulesRight, tally.rulesProposed)}; wink PROPN runs recall ${pct(tally.winkHit, tally.expected)} precision ${pct(tally.winkRight, tally.winkProposed)}`,
);

// ---------------------------------------------------------------- 3. time on 10,000 words

const words = copy.split(/\s+/).filter(Boolean);
const tenThousand = words.slice(0, 10_000).join(' ');
const median = (work: () => void) => {
  const samples: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    work();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b)[3]!;
};
const rulesTime = median(() => {
  for (const s of splitSentences(tenThousand)) nameRuns(s);
});
const winkTime = median(() => {
  const doc = nlp.readDoc(tenThousand);
  doc.sentences().out();
  doc.tokens().out(its.pos);
  doc.entities().out();
});
out(`3. reading ${Math.min(10_000, words.length)} words: rules ${rulesTime.toFixed(1)} ms, wink ${winkTime.toFixed(1)} ms (median of 7)`);

// ---------------------------------------------------------------- 4. topics of added material

const topicTally = { facts: 0, rules: 0, wink: 0, compromise: 0, rulesMs: 0, winkMs: 0, compromiseMs: 0 };
for (const name of readdirSync(root).sort()) {
  const dir = join(root, name);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
    kind: string;
    facts?: string[];
    set?: string;
    importOnly?: boolean;
  };
  const set = expected.set === 'held-out' ? 'held-out' : 'dev';
  if ((split !== 'all' && set !== split) || expected.kind !== 'update' || expected.importOnly || !expected.facts?.length) continue;
  if (!existsSync(join(dir, 'old.txt'))) continue;
  const oldRaw = readFileSync(join(dir, 'old.txt'), 'utf8');
  const newRaw = readFileSync(join(dir, 'new.txt'), 'utf8');
  const oldKeys = new Set(articleSentences(articleFromText(oldRaw)).map((s) => s.key));
  const added = articleSentences(articleFromText(newRaw)).filter((s) => !oldKeys.has(s.key));
  let t = performance.now();
  const seenBlocks = new Set<number>();
  const rules: string[] = [];
  for (const s of added) {
    if (seenBlocks.has(s.block)) continue;
    const topic = subjectPhrase(s.text, newRaw);
    if (topic && isCleanTopic(topic)) {
      rules.push(topic);
      seenBlocks.add(s.block);
    }
  }
  topicTally.rulesMs += performance.now() - t;
  t = performance.now();
  const wink = pickTopics(
    salientTopics(
      added.map((s) => s.text),
      oldRaw,
      newRaw,
    ),
  ).map((x) => x.text);
  topicTally.winkMs += performance.now() - t;
  t = performance.now();
  const old = new Set((oldRaw.match(/[\p{L}\p{N}]+/gu) ?? []).map(wordKey));
  const chunks = added.flatMap((s) => nlpCompromise(s.text).nouns().out('array') as string[]);
  const scored = chunks
    .map((c) => {
      const ws = c.split(/\s+/);
      return { c, score: ws.filter((w) => !old.has(wordKey(w.replace(/[^\p{L}\p{N}']/gu, '')))).length / Math.sqrt(ws.length) };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, 2)
    .map((x) => x.c.replace(/[,.;:]$/, ''));
  topicTally.compromiseMs += performance.now() - t;
  const note = (topics: string[]) => `Details on ${topics.slice(0, 2).join(' and ')}.`;
  for (const fact of expected.facts) {
    topicTally.facts++;
    if (factPresent(fact, note(rules.slice(0, 2)))) topicTally.rules++;
    if (factPresent(fact, note(wink))) topicTally.wink++;
    if (factPresent(fact, note(scored))) topicTally.compromise++;
  }
}
out(
  `4. topics of added material (${topicTally.facts} update facts, ${split}): facts named by rules ${topicTally.rules} (${topicTally.rulesMs.toFixed(1)} ms), wink + topics.ts ${topicTally.wink} (${topicTally.winkMs.toFixed(1)} ms), compromise nouns ${topicTally.compromise} (${topicTally.compromiseMs.toFixed(1)} ms); times are totals over the cases, first call of each included`,
);
