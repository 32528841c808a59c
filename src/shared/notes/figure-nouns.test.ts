/**
 * A figure named by the noun beside it or the verb that values it. Every example is invented.
 */
import { describe, expect, it } from 'vitest';
import { figureOfNoun } from './figure-nouns';

describe('a figure named by its noun', () => {
  it('reads a value, a sum by its kind and a span before its thing', () => {
    expect(figureOfNoun('The deal is valued at $2.4 billion at list prices.', '$2.4')).toBe('the value of the deal');
    expect(figureOfNoun('Ana Roe: theft, held in jail in lieu of $12,000 bond.', '$12,000')).toBe('the amount of the bond');
    expect(figureOfNoun('The talks aim to end the rebels’ 12-year insurgency.', '12')).toBe(
      "the number of years of the rebels' insurgency",
    );
  });

  it('leaves a sum before a common noun, an age and a bare figure alone (near misses)', () => {
    expect(figureOfNoun('Crews found $40,000 cash in the car.', '$40,000')).toBe('');
    expect(figureOfNoun('A 12-year-old boy was hurt.', '12')).toBe('');
    expect(figureOfNoun('The county hired 12 workers.', '12')).toBe('');
  });
});
