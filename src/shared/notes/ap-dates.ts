/**
 * A date the right fact gives is told in AP style whatever the article printed: a month with a day
 * abbreviated ("September 29, 2022" → "Sept. 29, 2022", "February 14" → "Feb. 14") and a day set
 * before its month, as British copy prints it, moved after ("18 June 1988" → "June 18, 1988"). A
 * month alone or with a year only keeps its name ("October 2016"), as AP writes it. Review 19's
 * judges asked for it on real copy. Only the right fact's sentences are read: the head quotes nothing
 * dated.
 */
import { AP_MONTHS, FULL_MONTHS } from '../text/dates';

const MONTH = FULL_MONTHS.join('|');
/** "Tuesday Feb. 2, 2021": a weekday before its date, which AP sets off by a comma. */
const WEEKDAY_BEFORE_DATE = new RegExp(
  `\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+(?=(?:${AP_MONTHS.map((m) => m.replace('.', '\\.')).join('|')})\\s+\\d)`,
  'g',
);
const apMonth = (name: string) => AP_MONTHS[FULL_MONTHS.indexOf(name)]!;

/** `text` with every month-and-day date in AP style. */
export function apDates(text: string): string {
  return text
    .replace(
      // ("the top 10 May releases": a count a rank word opens is no day.)
      new RegExp(`(?<!\\b(?:top|bottom|first|last|next|past|final|best|worst)\\s+)\\b(\\d{1,2})\\s+(${MONTH})(?:,?\\s+(\\d{4}))?\\b`, 'g'),
      (_m, day: string, month: string, year?: string) => `${apMonth(month)} ${Number(day)}${year ? `, ${year}` : ''}`,
    )
    .replace(new RegExp(`\\b(${MONTH})\\s+(?=\\d{1,2}\\b(?!:))`, 'g'), (_m, month: string) => `${apMonth(month)} `)
    .replace(WEEKDAY_BEFORE_DATE, '$1, ');
}

/** The correction phrase with its right fact (what follows its first sentence) in AP dates. */
export function withApDates(phrase: string, head: string): string {
  return phrase.startsWith(head) ? head + apDates(phrase.slice(head.length)) : phrase;
}
