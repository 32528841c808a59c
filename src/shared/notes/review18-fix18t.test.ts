/**
 * Round 18 (fix18t): dates, times and places put right are told through the general readers, and a
 * clause the readers lift is a clause or nothing: a weekday keeps its comma before its date, a range
 * of days is one date, a deed in the present is still ahead, a pronoun after "after" names the main
 * clause's subject, a hyphened modifier stays in its noun phrase, a verb of motion keeps where it
 * goes, a subordinator or a verb the tagger read as a noun never reaches the note, and a weekday's
 * name mistyped is a slip. All copy invented.
 */
import { describe, expect, it } from 'vitest';
import { noteForEdit } from '../../../tests/support/note-stories';
import { innermostDeed } from './innermost-deed';
import { wellFormedDeed } from './well-formed-deed';
import { clauseTense } from './clause-tense';
import { pronounAsMainSubject } from './subordinate-pronoun';
import { withDateComma } from './event-of-date';
import { dateWordMistyped } from './date-word-slips';
import { isDateWord, respelled } from './edits';
import { reducedRelativeTold } from './reduced-relative';

const frame = {
  head: 'Harbor town plans for a busy spring',
  before: ['Officials in Pellham spent the winter preparing for the season, the town manager said.'],
  after: ['More details are expected at the next council meeting.'],
  date: '2026-11-06',
};
const note = (older: string, newer: string) => noteForEdit(frame, older, newer).note;
const swap = (line: string, wrong: string, right: string) => note(line.replace('@', wrong), line.replace('@', right));

describe('well-formed-deed: a lifted clause is a subject and its verb, or nothing', () => {
  it.each(['the ferry docked', 'the two councils signed the water-sharing pact', 'Mara Quist says it opened', 'permits are due'])(
    'reads %s',
    (deed) => expect(wellFormedDeed(deed)).toBe(true),
  );
  it.each(['although another calf was born', 'the the board', 'announced the plan', 'the board and', 'while the crew slept'])(
    'declines %s',
    (deed) => expect(wellFormedDeed(deed)).toBe(false),
  );
});

describe('innermost-deed: the clause it builds', () => {
  it('keeps a hyphened modifier in the noun phrase a relative stands for', () => {
    expect(innermostDeed('Senators debated a water-sharing accord that the two states signed in 2017.', '2017')?.deed).toBe(
      'the two states signed the water-sharing accord',
    );
  });
  it('keeps where a verb of motion goes, and tells a present deed as still ahead', () => {
    const read = innermostDeed('The ferry service moves to the north pier in April, the port said.', 'April');
    expect(read?.deed).toBe('the ferry service moves to the north pier');
    expect(read?.past).toBe(false);
  });
  it('keeps an adjective after "be": the deadline is what the subject is', () => {
    expect(innermostDeed('Boat permits are due by Monday, Feb. 2, the clerk said.', 'Monday, Feb. 2')?.deed).toBe('Boat permits are due');
  });
  it('near misses: a past deed stays past; a clause after a subordinator is read without it', () => {
    expect(innermostDeed('The ferry docked at the north pier in April.', 'April')?.past).toBe(true);
    expect(innermostDeed('Staff were thrilled although another calf was born in April.', 'April')?.deed).toBe('another calf was born');
  });
});

describe('clause-tense', () => {
  it.each([
    ['the parade begins', 'is'],
    ['the vote will be held', 'is'],
    ['the crash happened', 'was'],
    ['the crowd left', 'was'],
    ['the crowd', ''],
  ])('%s', (clause, tense) => expect(clauseTense(clause)).toBe(tense));
});

describe('subordinate-pronoun', () => {
  it('names the main subject', () => {
    expect(pronounAsMainSubject('she was stopped', 'A 40-year-old driver')).toBe('the 40-year-old driver was stopped');
    expect(pronounAsMainSubject('they were seen', 'Two hikers')).toBe('Two hikers were seen');
  });
  it('near misses: a subject that does not agree, or is itself a pronoun', () => {
    expect(pronounAsMainSubject('he was seen', 'Two hikers')).toBe('he was seen');
    expect(pronounAsMainSubject('he was seen', 'He')).toBe('he was seen');
  });
});

describe('dates as AP prints them', () => {
  it('sets a comma after a weekday before its date', () => {
    expect(withDateComma('Thursday March 19')).toBe('Thursday, March 19');
    expect(withDateComma('Friday Jan. 16')).toBe('Friday, Jan. 16');
    expect(withDateComma('Oct. 6 1944')).toBe('Oct. 6, 1944');
    expect(withDateComma('Thursday night')).toBe('Thursday night');
  });
  it('a weekday mistyped is a slip, a day for another day is not', () => {
    expect(dateWordMistyped(['Tuesay'], ['Tuesday'], isDateWord, respelled)).toBe(true);
    expect(dateWordMistyped(['Thrusday'], ['Thursday'], isDateWord, respelled)).toBe(true);
    expect(dateWordMistyped(['Tuesday'], ['Thursday'], isDateWord, respelled)).toBe(false);
    expect(dateWordMistyped(['Monday'], ['Mondays'], isDateWord, respelled)).toBe(false);
  });
});

describe('notes through the general readers', () => {
  it('a weekday and its date put right keep their comma', () => {
    const text = swap(
      'The public meeting on the ferry fares is set for @, at the Pellham library.',
      'Tuesday, April 7',
      'Tuesday, April 14',
    );
    expect(text).toContain('It is Tuesday, April 14, not Tuesday, April 7.');
  });
  it('a deadline is told by its clause, not "the date"', () => {
    const text = swap('Applications from vendors are due by @, the town said.', 'Friday, Feb. 6', 'Friday, Feb. 13');
    expect(text).toContain('misstated when applications from vendors are due. It is Friday, Feb. 13');
    expect(text).not.toMatch(/misstated the date\./);
  });
  it('a range of days is told whole', () => {
    const text = swap('The Pellham Kite Festival returns to Shore Park @ with 30 teams.', 'May 8-10', 'May 15-17');
    expect(text).toContain('It is May 15-17, not May 8-10.');
    expect(text).not.toMatch(/of the Pellham Kite Festival returns/);
  });
  it('a time still ahead is "is"', () => {
    const text = swap('The ribbon-cutting begins at @ at the north pier.', '11 a.m.', '2 p.m.');
    expect(text).toContain('It is 2 p.m.');
  });
  it('a pronoun after "after" names who', () => {
    const text = swap('A 19-year-old deckhand was charged with theft after he was detained @, police said.', 'Monday', 'Sunday');
    expect(text).toContain('misstated when the 19-year-old deckhand was detained. It was Sunday');
  });
  it('near miss: a weekday mistyped and put right gets no note', () => {
    const result = noteForEdit(
      frame,
      'The harbor board meets again on Wednsday, March 4, to hear from fishermen.',
      'The harbor board meets again on Wednesday, March 4, to hear from fishermen.',
    );
    expect(result.note).toBeFalsy();
  });
  it('near miss: a day put right for another day still gets its correction', () => {
    const text = swap('The harbor board meets again on @, March 4, to hear from fishermen.', 'Tuesday', 'Wednesday');
    expect(text).toMatch(/Correction/);
    expect(text).toContain('Wednesday');
  });
});

describe('reduced-relative: a participle after its noun is told with its "is" or "was"', () => {
  it.each([
    ['a ticketing startup based', 'the ticketing startup is based'],
    ['two clinics located', 'two clinics are located'],
    ['a man arrested', 'the man was arrested'],
  ])('%s', (clause, told) => expect(reducedRelativeTold(clause)).toBe(told));
  it.each(['the clinic was located', 'the ferry docked at', 'Rivera said'])('near miss: %s stays', (clause) =>
    expect(reducedRelativeTold(clause)).toBe(clause),
  );
});

describe('places put right through the general readers', () => {
  it('a place after a participle is where the noun is based, never "where a startup based"', () => {
    const text = swap('Corvane, a ticketing startup based in @, raised $12 million on Tuesday.', 'Tulsa', 'Omaha');
    expect(text).toContain('misstated where the ticketing startup is based. It is in Omaha, not Tulsa.');
  });
  it('a pronoun subject is named by the sentence before, and a present deed is "is"', () => {
    const result = noteForEdit(
      { ...frame, before: ['Dana Pruitt, a pilot for the ferry line, won the state safety award Thursday.'] },
      'She lives in Corbin with her two sons.',
      'She lives in Halden with her two sons.',
    );
    expect(result.note).toContain('misstated where Dana Pruitt lives. It is in Halden, not Corbin.');
  });
});
