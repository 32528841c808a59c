/**
 * The date a note carries is the desk's: its local day and clock with its offset, never UTC's day
 * (a desk in Seoul publishing at 02:10 on Dec. 5 writes "Dec. 5", not "Dec. 4").
 */
import { nowIso } from '../../shared/text/dates';

/** The desk's day and time with its offset ("2026-12-05T02:10:00+09:00"). */
export function deskNow(now: Date = new Date()): string {
  return nowIso(now);
}

/** The note's time: the day the desk chose, at the desk's current clock and offset. */
export function noteDateOn(day: string, now: Date = new Date()): string {
  const local = deskNow(now);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}${local.slice(10)}` : local;
}
