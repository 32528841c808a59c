/**
 * Round 22 (fix22n): a corrected figure, date, time or place whose head names only its kind ("a
 * figure", "a time", "the number of beds") is told by the clause that carried it (value-clause.ts):
 * "incorrectly reported that fare income was up 12 percent. It was up 21 percent."
 * Invented copy only: shapes that must fire and near misses that must not.
 */
import { describe, expect, it } from 'vitest';
import { harborBoardStory, noteForEdit } from '../../../tests/support/note-stories';
import { valueClauses, verblessHead } from './value-clause';

const note = (older: string, newer: string) => noteForEdit(harborBoardStory, older, newer)?.text ?? '';

describe('a figure, time or place told by its own clause', () => {
  it('tells a percentage by the clause joined with "and" it stands in, not the whole sentence', () => {
    expect(
      note(
        'Fuel costs for the twelve months to June 30 came in at $4.1 million and fare income was up 12 percent to $41 million, with two routes added during the year.',
        'Fuel costs for the twelve months to June 30 came in at $4.1 million and fare income was up 21 percent to $41 million, with two routes added during the year.',
      ),
    ).toContain('incorrectly reported that fare income was up 12 percent. It was up 21 percent.');
  });
  it('tells a time by its clause, an aside between subject and verb left out and "that" told as "the"', () => {
    expect(
      note('That vote, at the Tarn Harbor hall, will start at 5 p.m.', 'That vote, at the Tarn Harbor hall, will start at 6 p.m.'),
    ).toContain('incorrectly reported that the vote will start at 5 p.m. It will start at 6 p.m.');
  });
  it('skips an aside that holds a list to reach the subject, and reads its head noun for the pronoun', () => {
    expect(
      valueClauses(
        'Dock-related costs, such as fuel, crews and moorings, are about 34% of all harbor spending.',
        'Dock-related costs, such as fuel, crews and moorings, are about 43% of all harbor spending.',
      ),
    ).toMatchObject({ claim: 'Dock-related costs are about 34%', headed: 'costs are about 43%' });
  });
  it('reads the noun a relative clause hangs on as its subject', () => {
    expect(
      valueClauses(
        'Once unbeaten, with ticket sales that peaked over 90% at times, the ferry line now runs half empty.',
        'Once unbeaten, with ticket sales that peaked over 70% at times, the ferry line now runs half empty.',
      ),
    ).toMatchObject({ claim: 'ticket sales peaked over 90%', right: 'ticket sales peaked over 70%' });
  });
  it('tells a participle set after its noun with the copula the main verb gives', () => {
    expect(
      valueClauses(
        'The new terminal, designed to hold 420 passengers, will open next spring.',
        'The new terminal, designed to hold 240 passengers, will open next spring.',
      ),
    ).toMatchObject({ claim: 'The new terminal is designed to hold 420 passengers' });
  });
});

describe('near misses: no clause is told', () => {
  it('refuses a participle with no auxiliary as the verb ("firing for passes of …")', () => {
    expect(
      valueClauses(
        'Ana Ruiz was sharp early, firing for scoring passes of 20 yards to Lee Park and 65 yards to Sam Cole.',
        'Ana Ruiz was sharp early, firing for scoring passes of 20 yards to Lee Park and 55 yards to Sam Cole.',
      ),
    ).toBeNull();
  });
  it('refuses a noun phrase after a preposition as a subject', () => {
    expect(
      valueClauses(
        'He appeared at Tarn District Court two days later charged with the theft of three boats.',
        'He appeared at Tarn District Court two days later charged with the theft of two boats.',
      ),
    ).toBeNull();
  });
  it('refuses a subject cut short that disagrees with its verb', () => {
    expect(
      valueClauses(
        "One of the harbor's most famous pilots has been honored for a rescue from nearly 30 years ago.",
        "One of the harbor's most famous pilots has been honored for a rescue from nearly 40 years ago.",
      ),
    ).toBeNull();
  });
  it('keeps a count whose clause opens on "there": the note says nothing more', () => {
    const told = note('This term there were 38 pupils in the harbor school.', 'This term there were 33 pupils in the harbor school.');
    expect(told).not.toContain('incorrectly reported that there');
  });
  it('reads a head with a clause and a verb as specific, one with no verb as kind only', () => {
    expect(verblessHead('the number of passengers the ferry carried')).toBe(false);
    expect(verblessHead('the year of the treaty')).toBe(false);
    expect(verblessHead('the day Senator Ana Ruiz of Tarn')).toBe(true);
  });
});

describe('a person is never "It" (merge review of round 22)', () => {
  it('gives no pronoun to a subject told by age or by what the person does', () => {
    expect(valueClauses('The 41-year-old has 63 league appearances.', 'The 41-year-old has 36 league appearances.')?.headed).toBe('');
    expect(valueClauses('The skipper has 63 league appearances.', 'The skipper has 36 league appearances.')?.headed).toBe('');
  });
  it('near miss: a thing still takes "It"', () => {
    expect(valueClauses('The fleet has 63 vessels.', 'The fleet has 36 vessels.')?.headed).toBe('fleet has 36 vessels');
  });
});
