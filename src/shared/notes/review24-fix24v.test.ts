/**
 * Round 24 (fix24v): the reader of a corrected value's clause (value-clause.ts, lede-start.ts) on
 * invented copy: the value's noun phrase runs through a compound's hyphens, a fronted phrase is
 * told after its clause (or kept in front when the clause can't be cut), a headline or dateline run
 * into the lede is no part of the clause, and a value in the subject of a clause joined by "and",
 * reported by a speaker or after a fronted phrase is read from that subject. Near misses refuse.
 */
import { describe, expect, it } from 'vitest';
import { valueClauses } from './value-clause';
import { ledeStart } from './lede-start';
import { tagged } from './topics';

const right = (older: string, newer: string) => valueClauses(older, newer)?.right ?? null;

describe('the value phrase through a compound (value-clause.ts)', () => {
  it('keeps the noun a hyphened value describes', () => {
    expect(right('The county bought a 40-acre site near the river.', 'The county bought a 45-acre site near the river.')).toBe(
      'The county bought a 45-acre site',
    );
    expect(
      right('The new library is 12,000-square-feet, twice the old one.', 'The new library is 21,000-square-feet, twice the old one.'),
    ).toBe('The new library is 21,000-square-feet');
    expect(
      right("Volunteers cleaned the floors at three neighbor's houses.", "Volunteers cleaned the floors at two neighbor's houses."),
    ).toBe("Volunteers cleaned the floors at two neighbor's houses");
  });
  it('never reads a spaced dash as a compound', () => {
    expect(
      right('The plan - 40 pages long - was approved by the board.', 'The plan - 45 pages long - was approved by the board.'),
    ).toBeNull();
  });
});

describe('a fronted phrase (value-clause.ts)', () => {
  it('is told after a clause whose infinitive runs on', () => {
    expect(
      right(
        'In 2018, the museum opened a new wing to house its map collection.',
        'In 2019, the museum opened a new wing to house its map collection.',
      ),
    ).toBe('the museum opened a new wing to house its map collection in 2019');
  });
  it('stays in front when the clause cannot be cut short', () => {
    expect(
      right(
        'On March 3, Alvarez announced her long-awaited novel would arrive next spring.',
        'On March 4, Alvarez announced her long-awaited novel would arrive next spring.',
      ),
    ).toBe('On March 4, Alvarez announced her long-awaited novel would arrive next spring');
  });
  it('is told after the main clause a figure in the subject opens', () => {
    expect(
      right(
        'By noon on Friday, nearly 70 percent of the ballots had been counted.',
        'By noon on Friday, nearly 75 percent of the ballots had been counted.',
      ),
    ).toBe('nearly 75 percent of the ballots had been counted by noon on Friday');
  });
  it('refuses a clause that runs on past its comma', () => {
    expect(
      right(
        'In 2018, the museum opened a new wing, which now holds its maps, charts and globes from three centuries of trade.',
        'In 2019, the museum opened a new wing, which now holds its maps, charts and globes from three centuries of trade.',
      ),
    ).not.toMatch(/(?:to|his|her|its|a|the) in 2019$/);
  });
});

describe('the subject of a joined or reported clause (value-clause.ts)', () => {
  it('reads a figure in the subject after "and"', () => {
    expect(
      right(
        'Crews searched the woods and a 52-year-old hiker from Dover was found on the ridge.',
        'Crews searched the woods and a 57-year-old hiker from Dover was found on the ridge.',
      ),
    ).toBe('a 57-year-old hiker from Dover was found on the ridge');
  });
  it('reads a figure in the clause a speaker reports', () => {
    expect(
      right(
        'The district said that 14 teachers had resigned over the summer.',
        'The district said that 16 teachers had resigned over the summer.',
      ),
    ).toBe('16 teachers had resigned over the summer');
    expect(
      right(
        'The treasurer said costs for the major rebuilding of the pier are at 412,000.',
        'The treasurer said costs for the major rebuilding of the pier are at 421,000.',
      ),
    ).toBe('costs for the major rebuilding of the pier are at 421,000');
  });
  it('leaves a verb of saying that takes an object, and a passive, as they read', () => {
    expect(right('The council added $40,000 to the parks budget.', 'The council added $45,000 to the parks budget.')).toBe(
      'The council added $45,000',
    );
    expect(right('Officers said the car was reported stolen at 9 p.m.', 'Officers said the car was reported stolen at 10 p.m.')).not.toBe(
      'stolen at 10 p.m.',
    );
  });
});

describe('a headline or dateline run into the lede (lede-start.ts)', () => {
  it('tells the lede only', () => {
    expect(
      right(
        'Ferry service resumes after storm The ferry operator on Monday restored service to the island.',
        'Ferry service resumes after storm The ferry operator on Tuesday restored service to the island.',
      ),
    ).toBe('The ferry operator restored service to the island on Tuesday');
    expect(
      right(
        'Transit bill clears senate SPRINGFIELD (AP) - The state senate on Monday passed the transit bill.',
        'Transit bill clears senate SPRINGFIELD (AP) - The state senate on Tuesday passed the transit bill.',
      ),
    ).toBe('The state senate passed the transit bill on Tuesday');
  });
  it('finds no break at a title after a preposition, a verb or "and"', () => {
    for (const s of ['A report by The Times on Tuesday found the service restored.', 'She told The Post and The Globe on Tuesday.'])
      expect(ledeStart(tagged(s), tagged(s).length - 1)).toBe(0);
  });
});

describe('a name the tagger splits (value-clause.ts)', () => {
  it('reads a capitalized word between two names as the name', () => {
    expect(
      right(
        'Mayor Ted Moreno, a former teacher, opened the library on Monday.',
        'Mayor Ted Moreno, a former teacher, opened the library on Tuesday.',
      ),
    ).toBe('Mayor Ted Moreno opened the library on Tuesday');
  });
});
