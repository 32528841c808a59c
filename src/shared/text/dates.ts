/**
 * Dates as newsrooms write them. Times are ISO 8601 strings; an offset, when present, is kept.
 * Formatting reads the wall-clock fields written in the string, never the machine's time zone,
 * so "Published: 06 Nov. 2024, 11:43" in Seoul stays 11:43 wherever the desk opens it.
 */
export const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
/** Months spelled out, as UK notes and long dates print them. */
export const FULL_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  /** "+09:00", "Z" or "" when the string had no offset. */
  offset: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

export function wallClock(iso: string): WallClock | null {
  const m = ISO.exec(iso.trim());
  if (!m) return null;
  return {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    offset: m[7] ?? '',
  };
}

/** ISO 8601 from wall-clock fields, keeping the offset as given. */
export function isoFromWallClock(w: WallClock): string {
  const p = (n: number, len = 2) => String(n).padStart(len, '0');
  return `${p(w.year, 4)}-${p(w.month)}-${p(w.day)}T${p(w.hour)}:${p(w.minute)}:00${w.offset}`;
}

/** The current time as ISO 8601 with the machine's offset, e.g. 2026-11-25T14:03:00+01:00. */
export function nowIso(now: Date = new Date()): string {
  const offsetMinutes = -now.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}T${p(now.getHours())}:${p(now.getMinutes())}:${p(now.getSeconds())}${sign}${p(Math.floor(abs / 60))}:${p(abs % 60)}`;
}

function clockOf(iso: string): WallClock {
  const w = wallClock(iso);
  if (!w) throw new Error(`"${iso}" is not a date in ISO 8601 form`);
  return w;
}

/** AP style: "Nov. 6", "June 3", "Sept. 12"; with the year when asked: "Nov. 6, 2024". */
export function apDate(iso: string, withYear = false): string {
  const w = clockOf(iso);
  return `${AP_MONTHS[w.month - 1]} ${w.day}${withYear ? `, ${w.year}` : ''}`;
}

/** AP style clock: "11:34 p.m.", "3 p.m." (no ":00"), "noon", "midnight". */
export function apClock(iso: string): string {
  const w = clockOf(iso);
  if (w.minute === 0 && (w.hour === 0 || w.hour === 12)) return w.hour === 0 ? 'midnight' : 'noon';
  const hour = w.hour % 12 === 0 ? 12 : w.hour % 12;
  return `${hour}${w.minute ? `:${String(w.minute).padStart(2, '0')}` : ''} ${w.hour < 12 ? 'a.m.' : 'p.m.'}`;
}

/** Long form: "November 6, 2024". */
export function longDate(iso: string): string {
  const w = clockOf(iso);
  return `${FULL_MONTHS[w.month - 1]} ${w.day}, ${w.year}`;
}

/** ISO form for house styles that want it: "2024-11-06". */
export function isoDate(iso: string): string {
  const w = clockOf(iso);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** The seed's dateline stamp: "06 Nov. 2024, 11:43". */
export function stampDateTime(iso: string): string {
  const w = clockOf(iso);
  return `${String(w.day).padStart(2, '0')} ${AP_MONTHS[w.month - 1]} ${w.year}, ${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
}

const MONTH_WORDS: Record<string, number> = {};
AP_MONTHS.forEach((m, i) => (MONTH_WORDS[m.replace('.', '').toLowerCase()] = i + 1));
FULL_MONTHS.forEach((m, i) => (MONTH_WORDS[m.toLowerCase()] = i + 1));
MONTH_WORDS['sep'] = 9;
['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'oct', 'nov', 'dec'].forEach(
  (m, i) => (MONTH_WORDS[m] = [1, 2, 3, 4, 6, 7, 8, 10, 11, 12][i]!),
);

export function monthFromWord(word: string): number | undefined {
  return MONTH_WORDS[word.replace('.', '').toLowerCase()];
}

/**
 * Reads the date stamps news sites print: "06 Nov. 2024, 11:43", "Nov. 6, 2024 3:02 p.m.",
 * "November 6, 2024", "2024-11-06T11:43". Returns ISO 8601 without an offset (the wall clock as
 * printed), or null.
 */
export function parseStamp(text: string): string | null {
  const s = text.trim().replace(/\s+/g, ' ');
  if (wallClock(s)) return isoFromWallClock(wallClock(s)!);
  const time = /(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\.?)?/i.exec(s);
  let hour = 0;
  let minute = 0;
  if (time) {
    hour = Number(time[1]);
    minute = Number(time[2]);
    const meridiem = time[3]?.toLowerCase();
    if (meridiem === 'p' && hour < 12) hour += 12;
    if (meridiem === 'a' && hour === 12) hour = 0;
  }
  const dayFirst = /(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})/.exec(s);
  const monthFirst = /([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(s);
  let year: number, month: number | undefined, day: number;
  if (dayFirst && monthFromWord(dayFirst[2]!)) {
    day = Number(dayFirst[1]);
    month = monthFromWord(dayFirst[2]!);
    year = Number(dayFirst[3]);
  } else if (monthFirst && monthFromWord(monthFirst[1]!)) {
    month = monthFromWord(monthFirst[1]!);
    day = Number(monthFirst[2]);
    year = Number(monthFirst[3]);
  } else {
    return null;
  }
  if (!month || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  return isoFromWallClock({ year, month, day, hour, minute, offset: '' });
}
