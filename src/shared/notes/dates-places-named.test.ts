/**
 * Round 26 (fix26p): a corrected day, date, year, time or place is told by the deed it belongs to,
 * not by its kind alone ("misstated a day", "a place in Aurora"): the clause right before the value
 * (nearest-clause.ts), a thing the place locates with its hyphened modifier (located-things.ts), a
 * deed too long to pass the copying check cut before its place phrase (event-cut-short.ts), a "he"
 * carried over a run of sentences that tell him (pronoun-chain.ts), and a past deed told "It was"
 * (dated-deed-tense.ts). Invented copy only.
 */
import { describe, expect, it } from 'vitest';
import { harborBoardStory, noteForEdit } from '../../../tests/support/note-stories';
import { dateOfNearestClause, placeOfNearestClause } from './nearest-clause';
import { locatedThing } from './located-things';
import { eventCutShort } from './event-cut-short';
import { pastDeedTold } from './dated-deed-tense';
import { chainCarried } from './pronoun-chain';

const note = (older: string, newer: string) => noteForEdit(harborBoardStory, older, newer)?.text ?? '';

describe('the clause right before a day, a date or a year (nearest-clause.ts)', () => {
  it('reads the deed a day dates, an age set off by commas left out', () => {
    expect(dateOfNearestClause('Dana Ruiz, 44, was freed Sunday on $200 bail.', 'Sunday')).toEqual({
      what: 'the day Dana Ruiz was freed',
      past: true,
    });
  });
  it('takes the verb after a day that stands between subject and verb', () => {
    expect(dateOfNearestClause('The Tarn county court on Friday delayed the ferry case until May.', 'Friday')?.what).toBe(
      'the day the Tarn county court delayed the ferry case',
    );
  });
  it('reads a year after the clause it ends, cut at its opener', () => {
    expect(dateOfNearestClause('Members pushed hard after a toll set by the Tarn board took effect in 2019.', '2019')?.what).toBe(
      'the year a toll set by the Tarn board took effect',
    );
  });
  it('refuses a clause that opens on a pronoun, holds a quotation or runs long', () => {
    expect(dateOfNearestClause('The board said it announced the fares on Monday.', 'Monday')).toBeNull();
    expect(dateOfNearestClause('Ruiz said the ferry was "a wreck" on Monday.', 'Monday')).toBeNull();
    expect(
      dateOfNearestClause('The old Tarn ferry that served the island routes for forty long years finally sailed Monday.', 'Monday'),
    ).toBeNull();
  });
  it('refuses a range and a bare noun phrase', () => {
    expect(dateOfNearestClause('The ferry season runs from October to May.', 'October')).toBeNull();
    expect(dateOfNearestClause('The new and improved ferry terminal on Monday.', 'Monday')).toBeNull();
  });
});

describe('the clause a place phrase closes (nearest-clause.ts)', () => {
  it('reads where a deed happened, with the preposition given', () => {
    expect(placeOfNearestClause('Rain fell all night as the storm made its first landfall in Corran.', 'Corran')).toEqual({
      what: 'where the storm made its first landfall',
      past: true,
      right: 'in Corran',
    });
  });
  it('reads the thing a place locates when no deed stands before it', () => {
    expect(
      placeOfNearestClause('Speaking after attending the morning wreath-laying ceremony in Holt Park, Ruiz said little.', 'Holt Park'),
    ).toEqual({ what: 'the location of the morning wreath-laying ceremony', past: true, right: 'in Holt Park' });
  });
  it('refuses a noun phrase with a verb form and no clause', () => {
    expect(placeOfNearestClause('The new and improved Harbor Market on Quay Road in Corran opened Tuesday.', 'Corran')).toBeNull();
  });
  it('reads a hyphened modifier as one word (located-things.ts)', () => {
    expect(locatedThing("They met at the town's ribbon-cutting event in Corran.", 'Corran')).toBe(
      "the location of the town's ribbon-cutting event",
    );
  });
});

describe('a deed cut before its place phrase (event-cut-short.ts)', () => {
  it('cuts from the end, the longest first', () => {
    expect(eventCutShort('misstated where Ana Ruiz got a boat moored at her new dock in Corran. It was in Holt, not Corran')).toEqual([
      'misstated where Ana Ruiz got a boat moored at her new dock. It was in Holt, not Corran',
      'misstated where Ana Ruiz got a boat moored. It was in Holt, not Corran',
    ]);
    expect(eventCutShort('misstated the date Ruiz led the crew to a title in Corran at the regatta. It was May 2')).toEqual([
      'misstated the date Ruiz led the crew to a title in Corran. It was May 2',
      'misstated the date Ruiz led the crew to a title. It was May 2',
    ]);
  });
  it('never cuts a phrase of "of" or "on", nor a deed that names another day', () => {
    expect(eventCutShort('misstated the date Ruiz was fined on charges arising from the sinking of a ferry. It was May 2')).toEqual([]);
    expect(eventCutShort('misstated the date Ruiz pleaded guilty Monday in court. It was May 2')).toEqual([]);
  });
});

describe('a past deed told in the past (dated-deed-tense.ts)', () => {
  it('puts "It is" in the past for a deed done', () => {
    expect(pastDeedTold('misstated the date Ruiz was released from the hospital. It is Nov. 15, not Nov. 5')).toBe(
      'misstated the date Ruiz was released from the hospital. It was Nov. 15, not Nov. 5',
    );
  });
  it('keeps "It is" for a deed still to come', () => {
    const ahead = 'misstated the date Ruiz is scheduled to appear in court. It is Nov. 15';
    expect(pastDeedTold(ahead)).toBe(ahead);
    const will = 'misstated the date the ferry will sail. It is Nov. 15';
    expect(pastDeedTold(will)).toBe(will);
  });
});

describe('a "he" carried over a run that tells him (pronoun-chain.ts)', () => {
  const story = 'The Tarn crew signed David Brandt last year. Brandt had sailed only twice before. He trained hard. He won praise.';
  it('names the person before the run', () => {
    expect(
      chainCarried(['He won praise.', 'He trained hard.', 'Brandt had sailed only twice before.'], 'He signed in 2019.', 'he', story),
    ).toBe('David Brandt');
  });
  it('stops at a sentence that names someone else', () => {
    expect(chainCarried(['He won praise from Ada Moss.', 'Brandt had sailed only twice before.'], 'He signed in 2019.', 'he', story)).toBe(
      '',
    );
  });
});

describe('whole notes', () => {
  it('never dates a clause the old line did not tell (token-clause.ts, deedKept)', () => {
    const told = note(
      'The ferry sank about 10:30 p.m. Saturday, officials said.',
      'The ferry left Corran about 3 p.m. Saturday, officials said.',
    );
    expect(told).not.toContain('the time the ferry left');
  });
  it('tells the day of a deed, not "a day"', () => {
    expect(note('Dana Ruiz, 44, was freed Monday on $200 bail.', 'Dana Ruiz, 44, was freed Sunday on $200 bail.')).toContain(
      'misstated the day Dana Ruiz was freed. It was Sunday, not Monday.',
    );
  });
  it('tells where a deed happened, not "a place in" somewhere', () => {
    expect(
      note(
        '3 on Sunday, saw heavy rain with strong winds as the storm made its first landfall in Corran, Westshire.',
        '3 on Sunday, saw heavy rain with strong winds as the storm made its first landfall in Holt, Westshire.',
      ),
    ).toContain('misstated where the storm made its first landfall. It was in Holt, not Corran.');
  });
});
