import { describe, expect, it } from 'vitest';
import { numberWordValue } from './numbers';

describe('number words', () => {
  it('reads spelled-out numbers in any letter case, and nothing else', () => {
    expect(numberWordValue('zero')).toBe(0);
    expect(numberWordValue('Fourteen')).toBe(14);
    expect(numberWordValue('TWENTY')).toBe(20);
    expect(numberWordValue('ninety')).toBe(90);
    expect(numberWordValue('constructor')).toBeUndefined();
    expect(numberWordValue('14')).toBeUndefined();
    expect(numberWordValue('hundred')).toBeUndefined();
  });
});
