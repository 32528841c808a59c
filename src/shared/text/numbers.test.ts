import { describe, expect, it } from 'vitest';
import { numberWord, numberWordValue, ordinalValue, SPELLED_CARDINAL, SPELLED_PLURAL_CARDINAL } from './numbers';

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

  it('spells a whole number to twenty, and no other', () => {
    expect(numberWord(6)).toBe('six');
    expect(numberWord(13)).toBe('thirteen');
    expect(numberWord(20)).toBe('twenty');
    expect(numberWord(21)).toBeUndefined();
    expect(numberWord(2.5)).toBeUndefined();
  });

  it('reads an ordinal in words or figures', () => {
    expect(ordinalValue('Seventh')).toBe(7);
    expect(ordinalValue('thirteenth')).toBe(13);
    expect(ordinalValue('12th')).toBe(12);
    expect(ordinalValue('second-hand')).toBe(0);
  });

  it('gives every reader one pattern of spelled counts, whole words only', () => {
    const whole = new RegExp(`^${SPELLED_CARDINAL}$`, 'i');
    for (const word of ['one', 'Seventeen', 'seventy', 'forty-one', 'zero']) expect(whole.test(word)).toBe(true);
    // ("seventeen" must not stop at "seven", nor "seventy" at "seven", inside a longer pattern.)
    expect(new RegExp(`^(${SPELLED_CARDINAL}) days$`).exec('seventeen days')?.[1]).toBe('seventeen');
    expect(whole.test('several')).toBe(false);
    const plural = new RegExp(`^${SPELLED_PLURAL_CARDINAL}$`, 'i');
    expect(plural.test('thirteen')).toBe(true);
    expect(plural.test('one')).toBe(false);
    expect(plural.test('zero')).toBe(false);
  });
});
