/**
 * The update-note writer on a long article: 10,000 words, a few paragraphs added (quotes, an
 * anonymous official, a video description) and one figure corrected. Goal: p95 ≤ 200 ms.
 *
 * Two readings: `generate` asks for the same note again and again, as the publish dialog does when
 * it is opened twice; `generate_fresh` gives every run a newer text the writer has not read yet (one
 * more sentence in an added paragraph), as each save does. The writer keeps what it read of a text
 * (text-memo.ts), so only the fresh reading says what a save costs; the budget is read on it.
 */
import { proposeNote } from '../../src/shared/notes/propose';
import { articleFromText } from '../../src/shared/notes/eval';
import { countWords } from '../../src/shared/text/words';
import { percentile, timeRuns } from '../stats';

const PEOPLE = [
  'Mayor Ellen Okafor',
  'Councilwoman Rosa Delgado',
  'Police Chief Marcus Hale',
  'Judge Kathryn Marsh',
  'Coach Maria Lindqvist',
];
const PLACES = ['Riverton', 'Port Allen', 'Milford', 'Westfield', 'Ashland', 'Gull Island'];
const TOPICS = ['budget', 'bridge repairs', 'ferry schedule', 'school start times', 'flood barriers', 'bus routes', 'library hours'];

/** A deterministic paragraph of newsroom-like sentences, different for each index. */
function paragraph(i: number): string {
  const person = PEOPLE[i % PEOPLE.length]!;
  const surname = person.split(' ').pop()!;
  const place = PLACES[(i * 7) % PLACES.length]!;
  const topic = TOPICS[(i * 3) % TOPICS.length]!;
  return [
    `${person} said on Tuesday that the ${topic} in ${place} would cost about $${(i % 90) + 10} million over the next ${(i % 7) + 2} years, a figure the council had not seen before meeting number ${i}.`,
    `"We have been over these numbers ${i + 3} times, and they still do not add up for the families in ${place}," ${surname} told reporters after the session.`,
    `Residents who spoke at the hearing were divided, with ${(i % 40) + 5} people asking for a delay and others urging the board to act before the ${topic} gets worse.`,
    `The plan, first proposed in ${2000 + (i % 25)}, would be paid for with a mix of state grants and local bonds, according to documents released by the city.`,
  ].join(' ');
}

function build(extra = ''): { older: string; newer: string; words: number } {
  const paragraphs: string[] = [];
  let words = 0;
  for (let i = 0; words < 10_000; i++) {
    const p = paragraph(i);
    paragraphs.push(p);
    words += countWords(p);
  }
  const older = ['Riverton weighs the cost of a decade of repairs', ...paragraphs].join('\n\n');
  const edited = paragraphs.slice();
  edited[40] = edited[40]!.replace(/about \$\d+ million/, 'about $99 million');
  edited.splice(
    120,
    0,
    '"This is the most important vote we will take this year," said Councilman Ted Varga, who chairs the finance committee.',
  );
  edited.splice(
    260,
    0,
    'According to an official from the state Transportation Department who spoke on condition of anonymity, the grants could be delayed until spring. He said the state had not yet reviewed the plan.',
  );
  edited.splice(
    400,
    0,
    `Meanwhile, local reporter Jana Voss posted what she says is video of the cracked bridge supports on her YouTube channel. In the video, rusted steel beams can be seen beneath the deck.${extra}`,
  );
  const newer = ['Riverton weighs the cost of a decade of repairs', ...edited].join('\n\n');
  return { older, newer, words };
}

export default {
  name: 'notes',
  async run(): Promise<Record<string, number>> {
    const { older, newer, words } = build();
    const a = articleFromText(older);
    const b = articleFromText(newer);
    // Warm up the regular expressions and the JIT before measuring.
    for (let i = 0; i < 3; i++) proposeNote(a, b, { date: '2026-11-06T12:00:00Z' });
    const samples = timeRuns(30, () => proposeNote(a, b, { date: '2026-11-06T12:00:00Z' }));
    // (Each fresh run's newer text is built before the clock starts: only the writer is timed.)
    const fresh = Array.from({ length: 30 }, (_, i) => articleFromText(build(` The clip had been viewed ${i + 120} times by noon.`).newer));
    const freshSamples = timeRuns(30, (i) => proposeNote(a, fresh[i]!, { date: '2026-11-06T12:00:00Z' }));
    const note = proposeNote(a, b, { date: '2026-11-06T12:00:00Z' });
    process.stderr.write(`  article: ${words} words; note: ${note.note}\n`);
    return {
      'notes.generate_ms_p50': percentile(samples, 50),
      'notes.generate_ms_p95': percentile(samples, 95),
      'notes.generate_fresh_ms_p50': percentile(freshSamples, 50),
      'notes.generate_fresh_ms_p95': percentile(freshSamples, 95),
      'notes.article_words': words,
    };
  },
};
