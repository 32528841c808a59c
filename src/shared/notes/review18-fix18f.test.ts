/**
 * Round 18 (fix18f): corrections of numbers go through the general object finder and right-fact
 * sentence, not the "misstated a figure" fallback. A range put right at both ends is one figure, told
 * whole (figure-ranges.ts); a sum or a figure its verb tells in the past is "It was" (figure-tense.ts);
 * a measure a clause governs is told with it (measured-clause.ts, and a relative in counting-clause.ts
 * stands for the phrase right before it); a share names its group's place and present-tense deed
 * (share-clauses.ts); an adjective in "-ly" opens a counted noun ("monthly users", token-clause.ts).
 * Invented copy only.
 */
import { describe, expect, it } from 'vitest';
import { noteForEdit } from '../../../tests/support/note-stories';
import { figureIsPast } from './figure-tense';
import { rangeAround } from './figure-ranges';
import { measuredByClause } from './measured-clause';
import { shareWithClause } from './share-clauses';
import { countingClause } from './counting-clause';
import { isSoundHead } from './token-clause';
import { modalDeed, subjectDeed } from './counted-nouns';

const frame = {
  head: 'County reviews the year in figures',
  before: ['The county released its annual report on Tuesday.'],
  after: ['The report will be presented to the board next month.'],
  date: '2026-12-06',
};
const note = (older: string, newer: string) => noteForEdit(frame, older, newer)?.text ?? '';

describe('a range put right at both ends is one figure (figure-ranges.ts)', () => {
  it('tells the range whole, both ways, with what it counts', () => {
    const told = note(
      'Between 12 and 15 barns were damaged in the storm, the report says.',
      'Between 30 and 35 barns were damaged in the storm, the report says.',
    );
    expect(told).toContain('misstated the number of barns damaged');
    expect(told).toContain('between 30 and 35, not between 12 and 15');
  });
  it('reads the range around either end', () => {
    expect(rangeAround('Between 30 and 35 barns were damaged.', '30')).toEqual({ high: '35', told: 'between 30 and 35' });
    expect(rangeAround('It will take from 20 to 25 days.', '25')).toEqual({ high: '25', told: '20 to 25' });
  });
  it('near misses: two figures joined by "and" without "between" are two figures', () => {
    expect(rangeAround('The team scored 30 and allowed 35.', '30')).toBeNull();
    expect(rangeAround('Ortiz, 30, and Lee, 35, were hurt.', '30')).toBeNull();
  });
});

describe('a figure its verb tells in the past is "It was" (figure-tense.ts)', () => {
  it.each([
    ['The county paid $3.4 million for the depot in 2018.', '$3.4', true],
    ['Turnout in the last election was 38%, the clerk said.', '38%', true],
    ['Sales fell 12% in the quarter.', '12%', true],
    ['The fire has burned 900 acres.', '900', false],
    ['The depot will cost $3.4 million.', '$3.4', false],
    ['The clerk earns $80,000 a year.', '$80,000', false],
    ['The county reported revenue of $40 million.', '$40', false],
  ] as const)('%s', (sentence, figure, past) => {
    expect(figureIsPast(sentence, figure)).toBe(past);
  });
  it('a past form with no subject before it is a participle', () => {
    expect(figureIsPast('Leave is paid at the usual rate but capped at $600 a week.', '$600')).toBe(false);
  });
  it('the note says "It was" for a sum paid', () => {
    const told = note('The county paid $4.3 million for the depot in 2018.', 'The county paid $3.4 million for the depot in 2018.');
    expect(told).toContain('It was $3.4 million');
  });
});

describe('a measure a clause governs is told with it (measured-clause.ts)', () => {
  it('names the units and the clause', () => {
    expect(measuredByClause('The path runs 9 miles along the canal.', '9', 'distance')).toBe('the distance the path runs');
    expect(
      note(
        'Crews held the Mill Creek fire, which has burned 2,400 acres, at the ridge.',
        'Crews held the Mill Creek fire, which has burned 4,200 acres, at the ridge.',
      ),
    ).toContain('misstated the area the Mill Creek fire has burned');
  });
  it('a relative stands for the phrase right before it, not the head of a preposition before that', () => {
    expect(countingClause('Crews gained ground against the Mill Creek fire, which has burned 900 acres.', '900')).toBe(
      'the Mill Creek fire has burned',
    );
  });
  it('near misses: a lone capital opening the sentence may be a name; a figure no verb takes has no clause', () => {
    expect(measuredByClause('The gusts reached 70 mph.', '70', 'speed')).toBe('the speed the gusts reached');
    expect(measuredByClause('Gusts reached 70 mph.', '70', 'speed')).toBe('');
    expect(measuredByClause('The truck was going 70 mph.', '70', 'speed')).toBe('');
    expect(measuredByClause('The path is 9 miles long.', '9', 'distance')).toBe('');
  });
});

describe("a share names its group's place and its deed (share-clauses.ts)", () => {
  it('keeps the place and a present-tense verb with its object', () => {
    expect(shareWithClause('pupils at the academy walk to school each day.')).toBe(
      'the share of pupils at the academy who walk to school each day',
    );
    expect(
      note(
        'About 31% of pupils at the academy walk to school, the survey found.',
        'About 13% of pupils at the academy walk to school, the survey found.',
      ),
    ).toContain('the share of pupils at the academy who walk to school');
  });
  it('near misses: a verb of being or saying is no deed; a long clause is left out', () => {
    expect(shareWithClause('pupils at the academy are girls.')).toBe('');
    expect(shareWithClause('pupils said they walk.')).toBe('');
    expect(shareWithClause('pupils walk to the old stone school on the hill above the river by the mill.')).toBe('');
  });
});

describe('an adjective in "-ly" opens a counted noun (token-clause.ts)', () => {
  it('keeps "the number of monthly users", not an adverb', () => {
    expect(isSoundHead('the number of monthly users', 'It has 4 million monthly users.')).toBe(true);
    expect(isSoundHead('the number of nearly users', 'It has nearly 4 million users.')).toBe(false);
  });
});

describe('a counted noun with a modal does what the modal says (counted-nouns.ts)', () => {
  it('keeps the modal, the verb and its particle', () => {
    expect(modalDeed('nurses', ['would', 'walk', 'out'])).toBe('nurses who would walk out');
    expect(
      note(
        'Between 300 and 400 nurses would walk out on Friday, the union said.',
        'Between 500 and 600 nurses would walk out on Friday, the union said.',
      ),
    ).toContain('the number of nurses who would walk out');
  });
  it('near misses: no modal, or no verb after it', () => {
    expect(modalDeed('nurses', ['walked', 'out', 'Friday'])).toBe('');
    expect(modalDeed('nurses', ['would', 'not', 'say'])).toBe('');
  });
});

describe('a figure with its scale word keeps the unit after it (figures.ts)', () => {
  it('tells the measure with the clause, the unit both ways and the past', () => {
    const told = note(
      'The reservoir held 2.1 million gallons at the start of the month.',
      'The reservoir held 2.1 billion gallons at the start of the month.',
    );
    expect(told).toContain('misstated the volume the reservoir held. It was 2.1 billion gallons, not 2.1 million gallons');
  });
});

describe('a count opening its sentence does its verb (counted-nouns.ts)', () => {
  it('tells the verb with its object, and keeps the hedge on the count', () => {
    expect(subjectDeed('volunteers', ['cleaned', 'the', 'beach', 'on', 'Saturday.'])).toBe('volunteers who cleaned the beach');
    expect(subjectDeed('runners', ['took', 'part', 'in', 'the', 'race.'])).toBe('runners who took part');
    const told = note(
      'More than 600 volunteers took part in the cleanup, organizers said.',
      'More than 800 volunteers took part in the cleanup, organizers said.',
    );
    expect(told).toContain('misstated the number of volunteers who took part. The correct number is more than 800');
  });
  it('near misses: a bare "-ed" may be a participle; a verb of being or saying is no deed', () => {
    expect(subjectDeed('fires', ['reported', 'Saturday', 'were', 'out.'])).toBe('');
    expect(subjectDeed('fires', ['were', 'reported.'])).toBe('');
    expect(subjectDeed('officials', ['said', 'the', 'plan', 'failed.'])).toBe('');
  });
});
