import { describe, expect, it } from 'vitest';
import { apDate, parseStamp, stampDateTime } from './dates';

describe('AP dates', () => {
  it('abbreviates the long months and spells out the short ones', () => {
    expect(apDate('2024-11-06T17:36:00')).toBe('Nov. 6');
    expect(apDate('2025-09-12T08:00:00Z')).toBe('Sept. 12');
    expect(apDate('2025-06-03T08:00:00+09:00')).toBe('June 3');
    expect(apDate('2025-03-04')).toBe('March 4');
    expect(apDate('2025-08-01', true)).toBe('Aug. 1, 2025');
  });

  it('reads and writes the stamp news sites print, keeping the wall clock', () => {
    expect(parseStamp('06 Nov. 2024, 11:43')).toBe('2024-11-06T11:43:00');
    expect(parseStamp('Nov. 6, 2024, 3:02 p.m.')).toBe('2024-11-06T15:02:00');
    expect(parseStamp('not a date')).toBeNull();
    expect(stampDateTime('2024-11-06T11:43:00+09:00')).toBe('06 Nov. 2024, 11:43');
  });
});
