import { describe, expect, it } from 'vitest';
import { NEAR_DAY, PART_OF_DAY, WEEK, WEEKDAY, WEEKDAY_NAME } from './weekdays';
import { isDateWord } from './edits';

describe('one list of weekdays for every rule', () => {
  it('names the seven days in order, and a day alone only as copy capitalises it', () => {
    expect(WEEK).toHaveLength(7);
    expect(WEEK[0]).toBe('monday');
    expect(WEEKDAY_NAME.test('Thursday')).toBe(true);
    expect(WEEKDAY_NAME.test('thursday')).toBe(false);
    expect(WEEKDAY_NAME.test('Thursdays')).toBe(false);
  });

  it('reads a day, a near day and a part of the day as the rules compose them', () => {
    const dated = new RegExp(String.raw`^(?:${WEEKDAY}|${NEAR_DAY})(?:\s+${PART_OF_DAY})?$`);
    expect(dated.test('Friday night')).toBe(true);
    expect(dated.test('yesterday morning')).toBe(true);
    expect(dated.test('Friday supper')).toBe(false);
  });

  it('is the list the word-level date check uses', () => {
    expect(isDateWord('Saturday')).toBe(true);
    expect(isDateWord('tomorrow')).toBe(true);
    expect(isDateWord('Saturn')).toBe(false);
  });
});
