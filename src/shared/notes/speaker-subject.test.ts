/**
 * Round 26 (fix26n): a reported clause's pronoun is the speaker named right before the verb of
 * saying (speaker-subject.ts). Invented copy only.
 */
import { describe, expect, it } from 'vitest';
import { speakerSubject } from './speaker-subject';
import { valueClauses } from './value-clause';

// (A body by its name's last word: "it" agrees with no bare pair of capitals, which may be a person's, review 27 F3.)
const article = 'Residents were asked about the ferry by Tarn Polling Group. Tarn Polling Group said it polled 900 people in March.';

describe('a reported clause opened on a pronoun', () => {
  it('is told of the speaker before the verb', () => {
    expect(speakerSubject('it polled 900 people', 'Tarn Polling Group said it polled 900 people in March.', article)).toBe(
      'Tarn Polling Group polled 900 people',
    );
    expect(
      speakerSubject(
        'she counted 40 boats',
        'Harbor master Ana Ruiz said that she counted 40 boats.',
        'The harbor master, Ana Ruiz, met Lee Park.',
      ),
    ).toBe('Ana Ruiz counted 40 boats');
  });
  it('names no one when the capitals before the verb open the sentence as a common word', () => {
    expect(speakerSubject('it polled 900 people', 'Officials said it polled 900 people.', 'Officials said it polled 900 people.')).toBe('');
  });
  // (Review 27 F22: "they" was refused before any capitals were read; the agreement case instead.)
  it('names no one whom the pronoun does not agree with', () => {
    expect(speakerSubject('it cost $5 million', 'Ann Roe said it cost $5 million.', 'Ann Roe said it cost $5 million.')).toBe('');
  });
  it('names no one when the clause is not right after the verb', () => {
    expect(speakerSubject('it polled 900 people', 'Tarn Polling Group said on Monday that in March it polled 900 people.', article)).toBe(
      '',
    );
  });
});

describe('a second verb joined by "and"', () => {
  const claim = (older: string, newer: string) => valueClauses(older, newer)?.claim ?? '';
  it('shares the subject that opens the sentence', () => {
    expect(
      claim(
        'The storm toppled trees across the island and brought gusts up to 70 mph.',
        'The storm toppled trees across the island and brought gusts up to 60 mph.',
      ),
    ).toBe('The storm brought gusts up to 70 mph');
  });
  it('shares the auxiliaries only with a participle that takes no object', () => {
    expect(
      claim(
        'Ruiz was arrested Monday over the theft and remanded for four days.',
        'Ruiz was arrested Monday over the theft and remanded for two days.',
      ),
    ).toBe('Ruiz was remanded for four days');
    expect(claim('Police were called to the pier and arrested 3 men.', 'Police were called to the pier and arrested 4 men.')).toBe('');
  });
  it('is not read after a comma or a second clause', () => {
    expect(claim('The storm toppled trees, and brought gusts of 70 mph.', 'The storm toppled trees, and brought gusts of 60 mph.')).toBe(
      '',
    );
  });
});
