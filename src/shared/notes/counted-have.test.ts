/**
 * Round 26 (fix26n): "have" with a count for its object is no cut the note check refuses
 * (counted-have.ts). Invented copy only.
 */
import { describe, expect, it } from 'vitest';
import { endsOnCountedHave, isHaveWithCount } from './counted-have';
import { checkNoteGrammar } from './grammar';

describe('"to have" with a count', () => {
  const at = (sentence: string) => isHaveWithCount(sentence, sentence.indexOf('to have'));
  it('is an infinitive with its object', () => {
    expect(at('The new shed is designed to have 120 moorings.')).toBe(true);
    expect(at('The club is said to have about 300 members.')).toBe(true);
    expect(at('The club expects to have more than 40 boats.')).toBe(true);
  });
  it('is not read so before anything else', () => {
    expect(at('The board wants to have a say.')).toBe(false);
    expect(at('The members want to have.')).toBe(false);
  });
  it('passes the note check', () => {
    const note =
      'An earlier version of this article incorrectly reported that the new shed is designed to have 140 moorings. It is designed to have 120 moorings.';
    expect(checkNoteGrammar(note)).toEqual([]);
    expect(checkNoteGrammar('An earlier version of this article reported details on have.').length).toBeGreaterThan(0);
  });
});

describe('a count whose clause ends on its verb', () => {
  it('ends the sentence whole', () => {
    expect(endsOnCountedHave('An earlier version misstated the number of members the Tarn Rowing Club has.')).toBe(true);
    expect(endsOnCountedHave('An earlier version misstated the number of boats the two clubs have.')).toBe(true);
  });
  it('is no clause when "has" follows a relative or a function word', () => {
    expect(endsOnCountedHave('An earlier version misstated the number of boats that has.')).toBe(false);
    expect(endsOnCountedHave('An earlier version misstated the number of boats it has.')).toBe(false);
    expect(endsOnCountedHave('An earlier version misstated the date the board has.')).toBe(false);
  });
  it('passes the note check, a cut "has" still refused', () => {
    expect(checkNoteGrammar('An earlier version of this article misstated the number of members the Tarn Rowing Club has.')).toEqual([]);
    expect(checkNoteGrammar('An earlier version of this article misstated the number of boats that has.').length).toBeGreaterThan(0);
  });
});
