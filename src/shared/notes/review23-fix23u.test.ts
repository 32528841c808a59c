/**
 * Round 23 (fix23u): an update's told clause loses the words that lean on the copy around it
 * (leaning-words.ts: a day counted from the dateline, "however", a closing "as well"), and a clause
 * that only points back at the sentence before it ranks below any clause with content of its own, its
 * echoing voice credited in place of a bare credit (pointing-back.ts). Invented copy only.
 */
import { describe, expect, it } from 'vitest';
import { inventedStory } from '../../../tests/support/note-stories';
import { withoutLeaningWords } from './leaning-words';
import { echoedBy, pointsBack } from './pointing-back';
import { proposeNote } from './propose';

const HEAD = 'Harbor board weighs new ferry contract';
const BODY = [
  'The Tarn Harbor board met on Tuesday to weigh a new ferry contract for the island routes.',
  'Board chair Mirela Dostal said the contract would cut crossing times by a third.',
];

/** The note when one paragraph is added at the end of the invented story. */
function noteForAdded(...added: string[]): string {
  return proposeNote(inventedStory(HEAD, BODY), inventedStory(HEAD, [...BODY, ...added]), { date: '2026-03-04' }).note;
}

describe('words that lean on the copy around them go from a told clause', () => {
  it('drops a day counted from the dateline from a past clause', () => {
    expect(withoutLeaningWords('nine ferries were held in port yesterday')).toBe('nine ferries were held in port');
    expect(withoutLeaningWords('the harbor closed its north gate this morning')).toBe('the harbor closed its north gate');
  });
  it('keeps the day of a time set ahead, a day that owns a noun and a quoted day', () => {
    expect(withoutLeaningWords('the ferries will not run this morning')).toBe('the ferries will not run this morning');
    expect(withoutLeaningWords('the board said today’s vote was final')).toBe('the board said today’s vote was final');
    expect(withoutLeaningWords('Dostal called it “a good day today” for riders')).toBe('Dostal called it “a good day today” for riders');
  });
  it('drops a contrast set off after the subject and a closing echo', () => {
    expect(withoutLeaningWords('Councilor Brandvold, however, opposed the contract')).toBe('Councilor Brandvold opposed the contract');
    expect(withoutLeaningWords('the board approved a second contract as well')).toBe('the board approved a second contract');
  });
  it('tells "later Thursday" by its weekday alone', () => {
    expect(withoutLeaningWords('the ferry was to return to port later on Thursday')).toBe('the ferry was to return to port Thursday');
  });
  it('in a note: the added clause is told without its "however"', () => {
    const note = noteForAdded('Councilor Oskar Brandvold, however, voted against the contract on Wednesday.');
    expect(note).toContain('Brandvold voted against the contract');
    expect(note).not.toMatch(/however/);
  });
});

describe('a clause that points back at the sentence before it', () => {
  it('is read by its demonstrative subject or its echoing verb', () => {
    expect(pointsBack('This view was echoed by Councilor Oskar Brandvold')).toBe(true);
    expect(pointsBack('The same concern was raised by the ferry union')).toBe(true);
    expect(pointsBack('Councilor Brandvold seconded the motion')).toBe(true);
    expect(echoedBy('This view was echoed by Councilor Oskar Brandvold, a board member')).toBe('Councilor Oskar Brandvold');
  });
  it('is not read in a clause with content of its own', () => {
    expect(pointsBack('The board approved the contract on Wednesday')).toBe(false);
    expect(pointsBack('That is why the board met')).toBe(false);
    expect(echoedBy('The board approved the contract on Wednesday')).toBe('');
  });
  it('in a note: an echo is never told as the news (a guard)', () => {
    const note = noteForAdded(
      'This view was echoed by Councilor Oskar Brandvold, a board member since 2019. He said riders had waited long enough.',
    );
    expect(note).not.toMatch(/news that the view|was echoed/);
  });
});
