/**
 * Round 24 (fix24d): an update told by what its added copy says, credited as reported speech. A
 * speaker who "assured", "explained" or "stressed" that something is so is read apart from what
 * they said; the reported clause's pronoun for its own speaker is named by the credit ("the Harbor
 * Trust said it is …"); a negated deed ("did not open") is a verb whatever its tag; a speaker's
 * "report that …" is told as the news with its credit after it; and a surname alone is named as
 * the article first names them. Invented copy only; each shape has near misses.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { rankedParts, toldClauses } from './ranked-news';
import { surnameInFull } from './names';
import { wholeClause } from './whole-clause';
import { DEFAULT_HOUSE_STYLE } from './style';
import { inventedStory } from '../../../tests/support/note-stories';

const DATE = '2026-09-14';
const HEAD = 'Storm closes Marrow Bay ferry routes';
const BEFORE = [
  'A storm closed every ferry route across Marrow Bay on Sunday as winds reached 70 mph.',
  'Port director Hal Brinkworth said crews spent the night securing boats in the harbor.',
];
const t = DEFAULT_HOUSE_STYLE.templates;

const noteFor = (added: string[], before = BEFORE) =>
  proposeNote(inventedStory(HEAD, before), inventedStory(HEAD, [...before, ...added]), { date: DATE }).note;

describe('a speaker read apart from what they asserted (whole-clause.ts)', () => {
  it('reads a verb that asserts with its "that" as saying, for a body named with its "of"', () => {
    expect(wholeClause('The Bank of Marrow has assured that it is lending more money to ferry operators.')).toEqual({
      clause: 'it is lending more money to ferry operators',
      speaker: 'the Bank of Marrow',
    });
    expect(wholeClause('Brinkworth stressed that the terminal would reopen on Friday.')?.speaker).toBe('Brinkworth');
  });

  it("never reads the one told as the reported clause's subject", () => {
    // ("told Quill the ferry …": who heard it is no subject of what was said.)
    expect(wholeClause('Officer Dana Pratt told Quill the ferry made no stop when it was boarded.')?.speaker ?? '').not.toBe(
      'Officer Dana Pratt',
    );
    // A deed before "that" stays a deed: a court that ruled is no speaker.
    expect(wholeClause('The Marrow court ruled that the ferry company was at fault.')?.speaker ?? '').toBe('');
  });
});

describe('the reported clause told with its credit (ranked-news.ts)', () => {
  it("names a reported clause's pronoun for its speaker by the credit before it", () => {
    expect(
      toldClauses({ clause: 'it is lending more money', speaker: 'the Bank of Marrow', score: 6, event: true, speakerSubject: true }),
    ).toEqual(['the Bank of Marrow said it is lending more money']);
  });

  it('tells a body assuring what it does as the news, credited', () => {
    const note = noteFor(['The Bank of Marrow has assured that it is lending more money to ferry operators hit by the storm.']);
    expect(note).toContain('the Bank of Marrow said it is lending more money');
    expect(note).not.toMatch(/Additional comments/);
  });

  it('reads a negated deed as an event, whatever the tagger makes of its verb', () => {
    const note = noteFor(['Gull Rock and Seal Point terminals did not open at all on Monday morning.']);
    expect(note).toContain('Gull Rock and Seal Point terminals did not open');
  });

  it("tells a speaker's report as the news with the credit after it", () => {
    const parts = rankedParts(
      ["Brinkworth's report that the storm was the worst to hit the bay in 30 years"],
      [],
      t,
      '',
      'Port director Hal Brinkworth said crews worked all night. Brinkworth said the storm was the worst to hit the bay in 30 years.',
    );
    expect(parts).toEqual(['the news that the storm was the worst to hit the bay in 30 years, Hal Brinkworth said']);
    // Near miss: a report whose clause opens on a pronoun no credit names stays as made.
    const made = "Brinkworth's report that they were the worst hit in 30 years";
    expect(rankedParts([made], [], t, '', 'Port director Hal Brinkworth said crews worked all night.')).toEqual([made]);
  });
});

describe('a surname named as the article first names them', () => {
  it('gives the given name and surname, never a body or a title run on before them', () => {
    expect(surnameInFull('Woodrum', 'Forecaster at NWS Marrow Carla Woodrum said. Woodrum added more.')).toBe('Carla Woodrum');
    expect(surnameInFull('Young', 'Utility President J.T. Young said so.')).toBe('J.T. Young');
    // A title's tail after "of" is left off; a surname the article never gives in full stays alone.
    expect(surnameInFull('Rowe', 'Assistant Superintendent of Instruction Ned Rowe spoke.')).toBe('Ned Rowe');
    expect(surnameInFull('Rowe', 'Rowe spoke.')).toBe('');
  });
});
