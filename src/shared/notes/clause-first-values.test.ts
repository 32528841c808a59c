/**
 * Round 25 (fix25h): a figure, date, time or place correction is told by the clause that carried
 * its value when its head counts a singular ("the number of MVP"; specific-head.ts); a count
 * told "The correct number is …" after a claim holding another figure of its kind is refused
 * (second-figure.ts); an age in brackets after a name is that person's age (figures.ts). Invented
 * copy only. A weekday's date in brackets is read as AP sets it off (bracketed-date.ts).
 */
import { describe, expect, it } from 'vitest';
import { harborBoardStory, noteForEdit } from '../../../tests/support/note-stories';
import { headNamesMeasureAndOwner } from './specific-head';
import { secondFigure } from './second-figure';
import { ageOf } from './figures';
import { bracketedDate } from './bracketed-date';
import { valueClauses } from './value-clause';

const note = (older: string, newer: string) => noteForEdit(harborBoardStory, older, newer)?.text ?? '';

describe('a head kept before the clause names its owner and what it counts', () => {
  const kept = [
    'the age of the Tarn man',
    "the skipper's age",
    'the number of ferry routes',
    'the number of deckhands hired',
    'the number of people hurt',
    'the number of T20Is',
    'the day the harbor board met',
  ];
  const clauseFirst = [
    'the distance',
    'the number of pilot',
    'the number of rider roster',
    'the number of recovered',
    'the year he joined the board',
  ];
  it('reads each head', () => {
    expect([...kept, ...clauseFirst].filter((head) => headNamesMeasureAndOwner(head))).toEqual(kept);
  });
  it('keeps a possessive head that names the measure', () => {
    expect(note('Dana Ruiz, 44, was named the new pilot.', 'Dana Ruiz, 47, was named the new pilot.')).toContain(
      "misstated Dana Ruiz's age. It is 47, not 44.",
    );
  });
});

describe('"The correct number" after a claim with a second figure of its kind', () => {
  it('is read as ambiguous', () => {
    expect(secondFigure('the 8,000-square-foot shed will hold about 200 boats', '8,000')).toBe(true);
    expect(secondFigure('the board bought 12 boats in 2019', '12')).toBe(false);
    expect(secondFigure('turnover closed at Tk73.69 million, a 41.1 per cent jump', '41.1 per cent')).toBe(false);
  });
  it('never tells a count after a claim about another figure', () => {
    expect(
      note('The 8,000-square-foot shed will hold about 200 boats.', 'The 6,000-square-foot shed will hold about 200 boats.'),
    ).not.toContain('will hold about 200 boats. The correct number is 6,000');
  });
});

describe('an age in brackets after a name', () => {
  it("is the person's age", () => {
    expect(ageOf('The men were named as Dana Ruiz (44), Lee Park (35) and Ann Cole (28), all of Tarn.', '44')).toBe("Dana Ruiz's age");
    expect(ageOf('The board owns 44 boats (44) in all.', '44')).toBe('');
  });
  it('names the person in the note, not the next one listed', () => {
    expect(
      note(
        'The arrested men were named as Dana Ruiz (44), Lee Park (35) and Ann Cole (28), all of Tarn.',
        'The arrested men were named as Dana Ruiz (47), Lee Park (35) and Ann Cole (28), all of Tarn.',
      ),
    ).toContain("misstated Dana Ruiz's age. It is 47, not 44.");
  });
});

describe("a weekday's date in brackets", () => {
  it('is read set off by commas', () => {
    expect(bracketedDate('The board met Monday (March 12) to hire a pilot.')).toBe('The board met Monday, March 12, to hire a pilot.');
    expect(bracketedDate('The board met on Monday (March 12).')).toBe('The board met on Monday, March 12.');
    expect(bracketedDate('The board (its five members) met.')).toBe('The board (its five members) met.');
  });
  it("lets the value's clause read a date put right inside the brackets", () => {
    expect(
      valueClauses(
        'The Tarn Harbor board voted during a special meeting Monday (March 12) to hire a new pilot.',
        'The Tarn Harbor board voted during a special meeting Monday (March 5) to hire a new pilot.',
      ),
    ).toMatchObject({
      claim: 'The Tarn Harbor board voted during a special meeting Monday, March 12',
      right: 'The Tarn Harbor board voted during a special meeting Monday, March 5',
    });
  });
});

describe('a past date told after its claim', () => {
  it('takes the past tense', () => {
    const told = note(
      'The Tarn Harbor board voted during a special meeting Monday (March 12) to hire a new pilot.',
      'The Tarn Harbor board voted during a special meeting Monday (March 5) to hire a new pilot.',
    );
    expect(told).toContain('. It was Monday, March 5.');
    expect(told).not.toContain('It is Monday');
  });
});
