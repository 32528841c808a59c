/**
 * The days of the week as copy tells them: news this week is dated by its day ("said Tuesday", "on
 * Friday night", "late Sunday"), and many rules read past such a day to the news. One list for all of
 * them, so a rule never misses a day another rule knows. A leaf module: it imports nothing, so any
 * rule file may take it at load time.
 */

/** The week in order, lower-cased, for rules that count days apart ("Tuesday" → "Thursday" is two). */
export const WEEK: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** A weekday by name: "Tuesday". Rules that read lower-cased words add the `i` flag. */
export const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;

/** A day told from the dateline: "today", "tonight", "yesterday". */
export const NEAR_DAY = String.raw`(?:today|tonight|yesterday)`;

/** A part of the day told after the day: "Tuesday night", "Friday morning". */
export const PART_OF_DAY = String.raw`(?:morning|afternoon|evening|night)`;

/** A weekday's name alone, capitalised as copy prints it ("Tuesday", not "tuesday"). */
export const WEEKDAY_NAME = new RegExp(String.raw`^${WEEKDAY}$`);
