/**
 * Round 22 (fix22d): an update told by its best-ranked clause (ranked-news.ts, whole-clause.ts). The
 * added copy's finite clauses are ranked by what a reader learns; the best is told as the news in
 * place of a side noun ("Details on …") or a bare credit ("Comments from …"), a reported clause with
 * "X said"; no "details on" tail follows a clause, and a "report that" with no verb is told as what
 * its speaker said. Invented copy only; each shape has near misses.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { rankedClauses, rankedParts, toldClauses } from './ranked-news';
import { wholeClause } from './whole-clause';
import { DEFAULT_HOUSE_STYLE } from './style';
import { inventedStory } from '../../../tests/support/note-stories';

const DATE = '2026-08-19';
const HEAD = 'Flooding closes roads in Pellham County';
const BEFORE = [
  'Flash flooding closed several roads across Pellham County on Tuesday after a night of heavy rain.',
  'Emergency crews worked through the morning to pump water from low-lying streets.',
];
const t = DEFAULT_HOUSE_STYLE.templates;

/** The note when the revision adds `added` after the story's paragraphs. */
const noteFor = (added: string[], before = BEFORE) =>
  proposeNote(inventedStory(HEAD, before), inventedStory(HEAD, [...before, ...added]), { date: DATE });

describe('the main clause read whole by its structure (whole-clause.ts)', () => {
  it('leaves out an opening connective and an appositive after the subject', () => {
    expect(
      wholeClause(
        'Meanwhile, The Pellham Rotary Club, the oldest service club in the county, has named the flood crews its Volunteers of the Year.',
      )?.clause,
    ).toBe('the Pellham Rotary Club has named the flood crews its Volunteers of the Year');
  });

  it('credits a reported clause to its speaker, a short quoted phrase kept in its marks', () => {
    const read = wholeClause('Ostrander said the driver was listed in "serious but stable condition" on Tuesday night.');
    expect(read).toEqual({ clause: 'the driver was listed in "serious but stable condition" on Tuesday night', speaker: 'Ostrander' });
  });

  it('gives nothing for a line that opens on a quotation or has no finite verb', () => {
    expect(wholeClause('"We have never seen water like this," Ostrander said.')).toBeNull();
    expect(wholeClause('A long night for the crews of Pellham County and the towns around it.')).toBeNull();
  });
});

describe('the added clauses ranked by what a reader learns (ranked-news.ts)', () => {
  const older = ['Flooding closes roads', ...BEFORE].join('\n');
  const article = (lines: string[]) => [older, ...lines].join('\n');

  it('ranks an event with a definite subject above a pronoun no one names', () => {
    const lines = [
      'They were also asked to keep away from the river.',
      'The county board approved $2 million in emergency repairs on Wednesday.',
    ];
    const ranked = rankedClauses(
      lines.map((text) => ({ text, before: older, speaker: '' })),
      older,
      article(lines),
      t,
    );
    expect(ranked[0]!.clause).toMatch(/^the county board approved \$2 million in emergency repairs/);
    expect(ranked[0]!.event).toBe(true);
    expect(ranked.at(-1)!.score).toBeLessThan(ranked[0]!.score);
  });

  it('tells a reported clause with its speaker after it, then before it', () => {
    expect(toldClauses({ clause: 'the bridge reopened', speaker: 'Ostrander', score: 6, event: true })).toEqual([
      'the bridge reopened, Ostrander said',
      'Ostrander said the bridge reopened',
    ]);
    expect(toldClauses({ clause: 'Ostrander closed the bridge', speaker: 'Ostrander', score: 6, event: true })).toEqual([
      'Ostrander closed the bridge',
    ]);
  });

  it('credits no speaker already in the clause’s opening words, shortened or whole (merge review of round 22)', () => {
    expect(
      toldClauses({ clause: 'Tarn Valley Police were treating the fire as deliberate', speaker: 'Valley', score: 6, event: true }),
    ).toEqual(['Tarn Valley Police were treating the fire as deliberate']);
    // Near miss: a speaker named only later in the clause is still credited.
    expect(
      toldClauses({ clause: 'the ferry resumed service after Ostrander cleared it', speaker: 'Ostrander', score: 6, event: true })[0],
    ).toBe('the ferry resumed service after Ostrander cleared it, Ostrander said');
  });

  it('drops a vacuous tail and a credit of the voice the news names beside the news', () => {
    expect(rankedParts(['the news that Ostrander closed the bridge', 'additional details'], [], t)).toEqual([
      'the news that Ostrander closed the bridge',
    ]);
    expect(rankedParts(['the news that Ostrander closed the bridge', 'comments from Ostrander'], [], t)).toEqual([
      'the news that Ostrander closed the bridge',
    ]);
    // (Near miss: another voice's comments say something the news does not.)
    expect(rankedParts(['the news that Ostrander closed the bridge', 'comments from Mayor Lund'], [], t)).toEqual([
      'the news that Ostrander closed the bridge',
      'comments from Mayor Lund',
    ]);
  });

  it('tells the best event clause in place of side nouns and bare credits, and only there', () => {
    const ranked = [
      { clause: 'residents were patient', score: 5, speaker: '', event: false },
      { clause: 'the bridge reopened on Friday', score: 7, speaker: '', event: true },
    ];
    expect(rankedParts(['additional comments from Ostrander', 'details on the river'], ranked, t)).toEqual([
      'the news that the bridge reopened on Friday',
    ]);
    // (Near misses: no clause that tells an event, or a count beside them that is the news already.)
    expect(rankedParts(['additional comments from Ostrander', 'details on the river'], ranked.slice(0, 1), t)).toEqual([
      'additional comments from Ostrander',
      'details on the river',
    ]);
    expect(rankedParts(['new death toll', 'details on the river'], ranked, t)).toEqual(['new death toll', 'details on the river']);
  });
});

describe('an update told by its best clause', () => {
  it('tells the news in place of a side noun, its opening capital lowered', () => {
    const note = noteFor([
      'Traffic on the county roads is being cut by half by allowing only trucks on the bridge at any one time. Heavy trucks, including gravel haulers, are banned from the valley road.',
    ]);
    expect(note.text).toContain('news that heavy trucks are banned from the valley road');
    expect(note.text).not.toMatch(/Details on/);
  });

  it('tells what a speaker reported, not only whose comments they were', () => {
    const note = noteFor(['Ostrander said the driver was listed in "serious but stable condition" on Tuesday night.']);
    expect(note.text).toMatch(/news that the driver was listed in "serious but stable condition" on Tuesday night, Ostrander said/);
  });

  it('near miss: an opinion with no event stays the speaker’s comments', () => {
    const note = noteFor(['Ostrander said the county should have cleared the drains sooner.']);
    expect(note.text).not.toMatch(/news that/);
  });
});
