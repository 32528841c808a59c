/**
 * Round 26 (fix26n): sentence shapes the figure's clause reader returned nothing for (value-clause.ts):
 * a participle describing the subject's noun, a preposition of degree before a counted subject, two
 * nouns joined in a counted subject, a plural after a figure the tagger reads as a verb. Invented copy only.
 */
import { describe, expect, it } from 'vitest';
import { valueClauses } from './value-clause';

const claim = (older: string, newer: string) => valueClauses(older, newer)?.claim ?? '';

describe('the clause reader', () => {
  it('reads a participle before the subject’s noun as describing it', () => {
    expect(
      claim('The existing ferry terminals in Tarn employ 138 people.', 'The existing ferry terminals in Tarn employ 183 people.'),
    ).toBe('The existing ferry terminals in Tarn employ 138 people');
  });
  it('never reads a clause’s verb after an adverb as describing', () => {
    expect(claim('Harbor police quickly arrested 12 men.', 'Harbor police quickly arrested 14 men.')).toMatch(/^Harbor police/);
  });
  it('reads a preposition of degree before a counted subject', () => {
    expect(claim('Over 350 people visited the harbor open day Saturday.', 'Over 450 people visited the harbor open day Saturday.')).toBe(
      'Over 350 people visited the harbor open day Saturday',
    );
    expect(claim('More than 30 boats were damaged in the storm.', 'More than 40 boats were damaged in the storm.')).toBe(
      'More than 30 boats were damaged in the storm',
    );
  });
  it('refuses a degree before a figure that counts nothing named', () => {
    expect(
      claim('More than 2,500 have been moored since the marina opened.', 'More than 1,500 have been moored since the marina opened.'),
    ).toBe('');
  });
  it('reads two nouns joined in a counted subject', () => {
    expect(claim('4,000 boats and trailers are stored at the yard.', '3,000 boats and trailers are stored at the yard.')).toBe(
      '4,000 boats and trailers are stored at the yard',
    );
  });
  it('reads a plural after a figure as the noun it counts', () => {
    expect(
      claim(
        'Okafor finished with 12 carries for 87 yards and Lee had four catches for 40 yards.',
        'Okafor finished with 12 carries for 78 yards and Lee had four catches for 40 yards.',
      ),
    ).toBe('Okafor finished with 12 carries for 87 yards');
  });
});
