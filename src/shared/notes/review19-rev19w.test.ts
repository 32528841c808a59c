/**
 * Round nineteen review fixes (rev19w): a bare figure a name owns is a score only where it ends its
 * clause, a pronoun names the sentence's person only when the article tells them by it, a long
 * title's person keeps their whole name, a rank word's count is no date, a person is no place.
 * Invented copy only.
 */
import { describe, expect, it } from 'vitest';
import { ownedScore } from './owned-scores';
import { ownSubjectNamed } from './own-subject-pronoun';
import { withoutLongTitle } from './titled-subjects';
import { apDates } from './ap-dates';
import { distanceBetween } from './distance-between';
import { modifies, tagged } from './topics';

describe('a bare figure a phrase goes on from is no score (owned-scores.ts)', () => {
  it('reads no score before "in", "was" or "to"', () => {
    expect(ownedScore("The merger would add to Brisco's 1,200 in Tarn.", '1,200')).toBe('');
    expect(ownedScore("Mayor Hale's 77 was a worry for voters.", '77')).toBe('');
    expect(ownedScore("The plan adds 300 to Velta's 4,000 to make a new total.", '4,000')).toBe('');
  });
  it('near miss: a figure that ends its clause is still a score', () => {
    expect(ownedScore('The reply followed Dara Quill’s brisk 97, and the visitors lost.', '97')).toBe("Dara Quill's score");
  });
});

describe('a pronoun names the sentence’s person only as the article tells them (own-subject-pronoun.ts)', () => {
  const article = (s: string) => `Tessa Marlow runs a bakery in Alva. ${s} She said the ovens were new.`;
  it('leaves a "his" on a woman the article calls "she"', () => {
    const s = 'And Tessa Marlow, back in the town where his shop opened in 2012, was smiling.';
    expect(ownSubjectNamed('misstated the year his shop opened. It was 2012', s, article(s))).toBe(
      'misstated the year his shop opened. It was 2012',
    );
  });
  it('leaves an object "her" alone', () => {
    const s = 'And Tessa Marlow, who moved in 2012, the year the council sent her a warning, was smiling.';
    expect(ownSubjectNamed('misstated the year the council sent her a warning. It was 2012', s, article(s))).toBe(
      'misstated the year the council sent her a warning. It was 2012',
    );
  });
  it('near miss: a "her" before a noun, on a woman the article calls "she", is hers', () => {
    const s = 'And Tessa Marlow, back in the town where her shop opened in 2012, was smiling.';
    expect(ownSubjectNamed('misstated the year her shop opened. It was 2012', s, article(s))).toBe(
      "misstated the year Tessa Marlow's shop opened. It was 2012",
    );
  });
});

describe('a long title keeps its person’s whole name (titled-subjects.ts)', () => {
  it('keeps a three-word name', () => {
    expect(withoutLongTitle('Harbor Police Chief Ada Lee Quill said the road would reopen', 'Harbor Police Chief Ada Lee Quill')).toBe(
      'Ada Lee Quill said the road would reopen',
    );
  });
  it('near miss: a title with "of" in it still gives the last two words', () => {
    expect(
      withoutLongTitle('Deputy Minister of Ports and Harbours Ada Quill said', 'Deputy Minister of Ports and Harbours Ada Quill'),
    ).toBe('Ada Quill said');
  });
});

describe('a rank word’s count is no date (ap-dates.ts)', () => {
  it('leaves "the top 10 May releases"', () => {
    expect(apDates('It was among the top 10 May releases')).toBe('It was among the top 10 May releases');
  });
  it('near miss: a day before its month still moves', () => {
    expect(apDates('It was on 10 May 2021')).toBe('It was on May 10, 2021');
  });
});

describe('a person is no place (distance-between.ts)', () => {
  it('reads no distance from a person a "who" tells of', () => {
    expect(distanceBetween('Ruiz, a teacher who lives about 8 miles west of Alva, said.', '8', 'miles')).toBe('');
  });
  it('near miss: a place in apposition', () => {
    expect(distanceBetween('Corby Falls, a village about 8 miles west of Alva, flooded.', '8', 'miles')).toBe(
      'the distance from Corby Falls to Alva',
    );
  });
});

describe('modifies() lives in topics.ts', () => {
  it('reads a verb form before a noun as its modifier', () => {
    const tags = tagged('an armored truck');
    expect(
      modifies(
        tags,
        tags.findIndex((t) => t.lower === 'armored'),
      ),
    ).toBe(true);
  });
});
