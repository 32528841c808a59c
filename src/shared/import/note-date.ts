/**
 * The DATE/TIME part of a note line's grammar (LABEL + DATE/TIME + separator + TEXT, read in
 * note-line.ts): the dates, clocks, weekdays, running counts and month-and-year forms sites print
 * after a label ("Update, Nov. 6, 4:05 p.m. ET:", "Correction 31/7/26:", "UPDATE 2 (10:45 a.m.):").
 */
import { monthFromWord } from '../text/dates';
import { mendLabelHead } from './label-date-slips';

const MONTH_NAME = String.raw`([A-Za-z]{3,9})\.?`;
const DATE_FORMS = [
  {
    re: new RegExp(String.raw`^${MONTH_NAME},?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?`),
    read: (m: RegExpExecArray) => ({ month: monthFromWord(m[1]!), day: Number(m[2]), year: m[3] ? Number(m[3]) : undefined }),
  },
  {
    re: new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_NAME}(?:,?\s+(\d{4}))?`),
    read: (m: RegExpExecArray) => ({ month: monthFromWord(m[2]!), day: Number(m[1]), year: m[3] ? Number(m[3]) : undefined }),
  },
  // "Update - 07, Dec, 2012:": the day, a comma, the month and the year — the year required, so a
  // running count before a date ("UPDATE 2, Nov. 6:") stays a count.
  {
    re: new RegExp(String.raw`^(\d{1,2}),\s+${MONTH_NAME},?\s+(\d{4})\b`),
    read: (m: RegExpExecArray) => ({ month: monthFromWord(m[2]!), day: Number(m[1]), year: Number(m[3]) }),
  },
  { re: /^(\d{4})([-/])(\d{2})\2(\d{2})/, read: (m: RegExpExecArray) => ({ year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) }) },
  // Numeric dates: 03/11/25, 3/11/2025, 11-06-2025 (US, month first); 31/7/26 and 17.01.17 (day
  // first when the first number cannot be a month, or with dots, as UK and Indian sites print them).
  {
    re: /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})\b/,
    read: (m: RegExpExecArray) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const dayFirst = a > 12 || m[2] === '.';
      const year = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
      // Dots read day first, but either number could be the month: an American zone after the
      // clock ("Updated 11.02.23, 11:52 EST") says the site writes the month first.
      const swappable = m[2] === '.' && a <= 12 && b <= 12 && a !== b;
      return dayFirst ? { month: b, day: a, year, ...(swappable ? { swappable } : {}) } : { month: a, day: b, year };
    },
  },
  // "Update 11/6:": month and day with no year, month first unless the first number cannot be one.
  {
    re: /^(\d{1,2})\/(\d{1,2})(?![/\d])/,
    read: (m: RegExpExecArray) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      return a > 12 ? { month: b, day: a, year: undefined } : { month: a, day: b, year: undefined };
    },
  },
];
/**
 * A clock and its zone; the zone in capitals ("ET", "GMT") or, as some sites print it, in lower case
 * ("et"). "at", "as of" or "@" may stand before it ("UPDATE @ 10:48PM EST —", "UPDATE as of 3:00 P.M.",
 * as live pages and local stations print it).
 */
const CLOCK =
  /^(?:[Aa][Tt]\s+|[Aa][Ss]\s+[Oo][Ff]\s+|@\s*)?(\d{1,2})(?:[:.](\d{2}))?(?!\d|:\d)\s*([aApP](?:\.\s?)?[mM]\.?)?(?:\s*(?:[A-Z]{2,4}|(?:[ecmp][sd]?t|gmt|bst|utc|cet|cest)(?![\p{L}])|local time|(?:Pacific|Eastern|Central|Mountain)(?: (?:Standard|Daylight))?(?: [Tt]ime)?)\b(?:[+-]\d{1,2}(?::?\d{2})?)?)?/u;

/** "4:05 p.m." → 16; "12:05 a.m." → 0; a 24-hour clock as it stands. */
export function hour24(hour: number, meridiem: string | undefined): number {
  const pm = /^p/i.test(meridiem ?? '');
  const am = /^a/i.test(meridiem ?? '');
  if (pm && hour < 12) return hour + 12;
  if (am && hour === 12) return 0;
  return hour;
}

export interface Dated {
  month?: number;
  day?: number;
  year?: number;
  hour?: number;
  minute?: number;
  /** "Update 2": a running count, which marks a note as surely as a date. */
  counted?: boolean;
  /** "Update, Thursday: …": a weekday marks a note as surely as a date. */
  weekday?: boolean;
  /** "Update (Oct 2025): …": a month and year with no day. */
  monthYear?: boolean;
  /** What follows the date and clock. */
  rest: string;
}

/** "July 2020", "Oct. 2025": a month and year with no day, which dates a note as surely as a day. */
const MONTH_YEAR = /^([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;
/** A weekday a site prints before or instead of the date: "Tuesday, Nov. 6", "Thu 6 November", "Tuesday evening". */
const WEEKDAY =
  /^(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?,?\s*/i;
/** "Update 2: …", "UPDATE II: …", "Update 2 (10:45 a.m.): …": a running count of updates (not "Update 3:40 p.m."). */
const COUNT = /^\s*#?(?:\d{1,2}|(?:I{1,3}|IV|VI{0,3}|IX|X)(?![\p{L}]))(?=\s*(?::(?!\d)|\(|,\s*(?=\d|\p{L})|[—–-]\s))/u;
/** What may stand between the label and its date: "Update — Oct. 5", "Correction: Feb. 9, 2020: …". */
export const LEAD_SEPARATOR = /^[—–:|-]\s*/;

function startsDated(text: string): boolean {
  const t = text.replace(WEEKDAY, '');
  return WEEKDAY.test(text) || DATE_FORMS.some((f) => f.re.test(t)) || clockAt(t) !== null;
}

/** A clock at the front of `text` ("3:40 p.m.", "9:10am ET", "10.30am GMT", "at 15:40 BST"), or null. */
function clockAt(text: string): { hour: number; minute: number; length: number } | null {
  const word = /^(?:at\s+|as\s+of\s+|@\s*)?(noon|midnight)(?:\s+(?:[A-Z]{2,4}|local time)\b)?/i.exec(text);
  if (word) return { hour: /^noon/i.test(word[1]!) ? 12 : 0, minute: 0, length: word[0].length };
  const clock = CLOCK.exec(text);
  // A bare number is not a clock: it needs minutes or a.m./p.m.
  if (!clock || !(clock[2] || clock[3]) || Number(clock[1]) > 24 || Number(clock[2] ?? 0) > 59) return null;
  return { hour: hour24(Number(clock[1]), clock[3]), minute: clock[2] ? Number(clock[2]) : 0, length: clock[0].length };
}

/** American zones: a site that prints one writes its dates month first. */
const US_ZONE = /\b(?:[ECMP][SD]?T|(?:Eastern|Central|Mountain|Pacific)(?: (?:Standard|Daylight))?(?: [Tt]ime)?)\b/;

function dateAt(text: string): { month?: number; day?: number; year?: number; swappable?: boolean; length: number } | null | false {
  for (const form of DATE_FORMS) {
    const m = form.re.exec(text);
    if (!m) continue;
    const date = form.read(m);
    // A date-shaped run that is no date ("11 minutes", "13/45/2020") makes the line no note.
    if (!date.month || date.month < 1 || date.month > 12 || !date.day || date.day > 31) return false;
    return { ...date, length: m[0].length };
  }
  return null;
}

/**
 * Reads the optional DATE/TIME part of a note line off the front of `text` (what follows the
 * label): [count] [separator] [weekday] [date] [clock] [date], each part optional, in the orders
 * sites print them. Null when a date-shaped run is no date.
 */
export function readDateAndClock(printed: string): Dated | null {
  // "as of March 6, 1;08 p.m.": a day given "as of" and a clock typed with a semicolon (label-date-slips.ts).
  const text = mendLabelHead(printed);
  const counted = COUNT.test(text);
  let rest = text.replace(COUNT, '').replace(/^[\s,([]+/, '');
  if (LEAD_SEPARATOR.test(rest) && startsDated(rest.replace(LEAD_SEPARATOR, ''))) rest = rest.replace(LEAD_SEPARATOR, '');
  const out: Dated = { rest, ...(counted ? { counted } : {}) };
  const weekday = WEEKDAY.exec(rest);
  if (weekday) {
    out.weekday = true;
    rest = rest.slice(weekday[0].length);
  }
  const monthYear = MONTH_YEAR.exec(rest);
  if (monthYear && monthFromWord(monthYear[1]!)) {
    Object.assign(out, { monthYear: true, year: Number(monthYear[2]) });
    rest = rest.slice(monthYear[0].length).replace(/^[\s,]+/, '');
  }
  const date = monthYear && out.monthYear ? null : dateAt(rest);
  if (date === false) return null;
  if (date) {
    Object.assign(out, { month: date.month, day: date.day, year: date.year });
    rest = rest.slice(date.length).replace(/^[\s,]+/, '');
    // "Update, Nov. 6, 2025 — 3:40 p.m. ET: …": a dash may stand between the date and its clock.
    if (/^[—–-]\s*/.test(rest) && clockAt(rest.replace(/^[—–-]\s*/, ''))) rest = rest.replace(/^[—–-]\s*/, '');
  }
  const clock = clockAt(rest);
  if (clock) {
    out.hour = clock.hour;
    out.minute = clock.minute;
    if (date && date.swappable && US_ZONE.test(rest.slice(0, clock.length))) Object.assign(out, { month: date.day, day: date.month });
    rest = rest.slice(clock.length);
    // "Update, 5:07 p.m. Oct. 5: …": the clock may come first.
    const weekdayAfter = WEEKDAY.exec(rest.replace(/^[\s,]+/, ''));
    if (weekdayAfter && out.month === undefined) {
      out.weekday = true;
      rest = rest.replace(/^[\s,]+/, '').slice(weekdayAfter[0].length);
    }
    if (out.month === undefined) {
      // "Updated at 3:40 p.m. ET on Nov. 6, 2024 to include …": "on" may stand before the late date.
      const after = rest
        .replace(/^[\s,]+/, '')
        .replace(WEEKDAY, '')
        .replace(/^on\s+(?=\d|[A-Za-z]{3})/i, '');
      const late = dateAt(after);
      if (late) {
        Object.assign(out, { month: late.month, day: late.day, year: late.year });
        rest = after.slice(late.length);
      }
    }
  }
  out.rest = rest.replace(/^\s*[)\]]?\s*/, '');
  return out;
}
