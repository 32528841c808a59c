import { afterEach, describe, expect, it } from 'vitest';
import { formatNote } from '../../shared/notes/format';
import { deskNow, noteDateOn } from './note-date';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('the note date is the desk’s local date', () => {
  it('a desk in Seoul at 02:10 on Dec. 5 (17:10 UTC on Dec. 4) writes Dec. 5', () => {
    process.env.TZ = 'Asia/Seoul';
    const now = new Date('2026-12-04T17:10:00Z');
    expect(deskNow(now)).toBe('2026-12-05T02:10:00+09:00');
    expect(formatNote({ kind: 'update', date: noteDateOn(deskNow(now).slice(0, 10), now), text: 'Adds comment.' }).label).toBe(
      'Update, Dec. 5:',
    );
  });

  it('keeps the day the desk chose, with the desk’s clock', () => {
    process.env.TZ = 'America/New_York';
    const now = new Date('2026-12-04T15:30:00Z');
    expect(noteDateOn('2026-12-01', now)).toBe('2026-12-01T10:30:00-05:00');
    expect(noteDateOn('not a day', now)).toBe('2026-12-04T10:30:00-05:00');
  });
});
