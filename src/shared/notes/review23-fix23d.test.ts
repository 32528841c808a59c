/**
 * Round 23 (fix23d): the clause ranking is the main path of every update note. Where the added copy
 * has a clause that ranks as news, the note tells it whatever the older paths proposed (a bare
 * credit, "details on …", "X's report that …"); a clause cut before its verb's complement, an act of
 * speaking ("held a news conference") and a subject no one names give way (clause-faults.ts); a
 * quotation is read by what it says, a relative clause after a named subject is a clause of its own,
 * and a partitive subject ("None of the three …") is never read as a speaker. Invented copy only;
 * each shape has near misses.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { actOfSpeaking, cutShort, saidAtOccasion, sayingWithContent, unnamedSubject } from './clause-faults';
import { rankedParts, toldClauses, type RankedClause } from './ranked-news';
import { asideOnSubject, quotedLine, withoutSubordinate } from './whole-clause';
import { DEFAULT_HOUSE_STYLE } from './style';
import { inventedStory } from '../../../tests/support/note-stories';

const DATE = '2026-09-14';
const HEAD = 'Storm closes Marrow Bay ferry routes';
const BEFORE = [
  'A storm closed every ferry route across Marrow Bay on Sunday as winds reached 70 mph.',
  'Crews spent the night securing boats in the harbor, the port authority said.',
];
const t = DEFAULT_HOUSE_STYLE.templates;

/** The note's text when the revision adds `added` after the story's paragraphs. */
const noteFor = (added: string[], before = BEFORE) =>
  proposeNote(inventedStory(HEAD, before), inventedStory(HEAD, [...before, ...added]), { date: DATE }).note;

describe('what keeps a clause from being the news (clause-faults.ts)', () => {
  it('reads a clause cut before its complement against the sentence it was cut from', () => {
    expect(cutShort('Ms. Orrin was unanimously elected', 'Ms. Orrin was unanimously elected as chair of the harbor board.')).toBe(true);
    expect(cutShort('the deckhand fired', 'The deckhand fired at the intruder, striking him in the arm.')).toBe(true);
    expect(cutShort('the port authority confirmed that after a long review')).toBe(true);
    expect(cutShort('the captain had first faced dismissal', 'The captain had first faced dismissal but kept his post.')).toBe(true);
    // Near misses: a verb the sentence ends on, or followed only by when, is whole.
    expect(cutShort('the ferry was cancelled', 'The ferry was cancelled on Monday.')).toBe(false);
    expect(cutShort('the deckhand is expected to recover')).toBe(false);
    expect(cutShort('the port authority confirmed that the ferry was cancelled')).toBe(false);
  });

  it('tells an act of speaking from a deed, and an occasion by what was said at it', () => {
    expect(actOfSpeaking('Senator Ada Holm released the following statement')).toBe(true);
    expect(actOfSpeaking('the Orrin family held a news conference')).toBe(true);
    expect(actOfSpeaking('the Orrin family held a vigil')).toBe(false);
    expect(actOfSpeaking('the port authority cancelled the evening crossings')).toBe(false);
    expect(
      saidAtOccasion('the Orrin family held a news conference outside the terminal on Monday, demanding an inquiry into the sinking'),
    ).toBe('the Orrin family demanded an inquiry into the sinking');
    expect(saidAtOccasion('the Orrin family held a vigil outside the terminal on Monday, lighting candles for the crew')).toBe('');
  });

  it('reads a verb of saying with its object as a deed, not a quotation', () => {
    expect(sayingWithContent('the port authority confirmed the deaths of two crew members')).toBe(true);
    expect(sayingWithContent('Bayline announced plans to buy two new ferries')).toBe(true);
    expect(sayingWithContent('the port authority said the ferry had sunk')).toBe(false);
    expect(sayingWithContent('the captain told reporters')).toBe(false);
  });

  it('finds a subject no sentence of the note names', () => {
    expect(unnamedSubject('his father ran the ferry for 30 years')).toBe(true);
    expect(unnamedSubject('the port authority cancelled the crossings')).toBe(false);
  });
});

describe('clauses read by their structure (whole-clause.ts)', () => {
  it('reads a quotation by what it says, with its speaker', () => {
    expect(quotedLine('“The north pier has been closed until further notice,” Orrin said.')).toEqual({
      clause: 'The north pier has been closed until further notice',
      speaker: 'Orrin',
    });
    expect(quotedLine('Orrin said: “The north pier has been closed. It will be inspected.”')?.clause).toBe(
      'The north pier has been closed',
    );
    // Near miss: a paper's own sentence with a quoted phrase is no quotation line.
    expect(quotedLine('Orrin said the north pier was “badly damaged.”')).toBeNull();
  });

  it('tells a relative clause after a named subject on its own', () => {
    expect(asideOnSubject('Tomas Reyes, who signed with the Bayline Gulls for $2 million, also comes from a sailing family.')).toBe(
      'Tomas Reyes signed with the Bayline Gulls for $2 million',
    );
    // Near misses: a common noun before "who", an aside with no verb.
    expect(asideOnSubject('The captain, who signed on in March, also comes from a sailing family.')).toBe('');
    expect(asideOnSubject('Tomas Reyes, a deckhand from Corran, also comes from a sailing family.')).toBe('');
  });

  it('leaves out the clause hung on a main clause', () => {
    expect(withoutSubordinate('the Bayline ferries will not sail this morning while the pier is inspected')).toBe(
      'the Bayline ferries will not sail this morning',
    );
    expect(withoutSubordinate('the deckhand fired at the intruder, striking him in the arm')).toBe('the deckhand fired at the intruder');
    expect(withoutSubordinate('the Bayline ferries will not sail this morning')).toBe('');
  });
});

describe('the ranked clause as the main path of the update note', () => {
  const event = (clause: string, score = 7, speaker = ''): RankedClause => ({ clause, score, speaker, event: true });

  it('tells the best clause in place of a faulty news part, and where only side nouns are left', () => {
    const parts = ['the news that his father ran the ferry for 30 years', 'details on Tomas Reyes'];
    expect(rankedParts(parts, [event('Tomas Reyes signed with the Bayline Gulls for $2 million')], t)).toEqual([
      'the news that Tomas Reyes signed with the Bayline Gulls for $2 million',
    ]);
    // A claim cut short of the clause the ranking reads whole takes the whole clause.
    const added = 'Ms. Orrin was unanimously elected as chair of the harbor board, the port authority said.';
    expect(
      rankedParts(
        ['comments from the port authority that Ms. Orrin was unanimously elected'],
        [event('Ms. Orrin was unanimously elected as chair of the harbor board, the port authority said')],
        t,
        added,
      ),
    ).toEqual(['the news that Ms. Orrin was unanimously elected as chair of the harbor board, the port authority said']);
  });

  it('keeps sound parts as they stand: a claim with its voice and a news part (its bare side noun goes: details-beside-news.ts)', () => {
    const ranked = [event('the pier has been closed', 6, 'Orrin')];
    expect(rankedParts(['additional comments from Orrin that it will be inspected'], ranked, t)).toEqual([
      'additional comments from Orrin that it will be inspected',
    ]);
    const parts = ['the news that the port authority cancelled the evening crossings', 'details on the harbor', 'additional details'];
    expect(rankedParts(parts, [event('the port authority cancelled the evening crossings')], t)).toEqual([
      'the news that the port authority cancelled the evening crossings',
    ]);
  });

  it('credits a post with the article it needs', () => {
    const told = (speaker: string) => toldClauses(event('the pier has been closed', 7, speaker))[0];
    expect(told('Marrow Bay harbor master')).toBe('the pier has been closed, the Marrow Bay harbor master said');
    expect(told('prosecutors')).toBe('the pier has been closed, prosecutors said');
    expect(told('Dana Orrin')).toBe('the pier has been closed, Dana Orrin said');
  });

  it('tells the complement a cut reading lost', () => {
    expect(noteFor(['Ms. Orrin was unanimously elected as chair of the harbor board.'])).toContain(
      'Ms. Orrin was unanimously elected as chair of the harbor board',
    );
  });

  it('tells what was said at a news conference, not that one was held', () => {
    const note = noteFor([
      'The Orrin family held a news conference outside the terminal at 10 a.m., demanding an inquiry into the sinking.',
    ]);
    expect(note).toContain('the Orrin family demanded an inquiry into the sinking');
    expect(note).not.toMatch(/held a news conference/);
  });

  it('tells what a named speaker’s quotation says; a quotation of the speaker’s own “we” stays a credit', () => {
    expect(noteFor(['“The north pier has been closed until further notice,” Orrin said.'])).toContain(
      'the north pier has been closed until further notice, Orrin said',
    );
    expect(noteFor(['“We have closed the north pier until further notice,” Orrin said.'])).not.toMatch(/news that/);
  });

  it('never reads a partitive subject as a speaker', () => {
    const note = noteFor(['None of the three confirmed injuries on the ferry were serious, the port authority said.']);
    expect(note).toContain('none of the three confirmed injuries');
  });
});
