/**
 * Time spent is told by what it is spent on: "will spend the coming weeks | in rehabilitation",
 * "spent two nights | at a shelter", "is spending the summer | recovering". A clause cut after the
 * stretch of time says only that time passes; what fills it is the news. Read from structure: a
 * form of "spend", then at most three words ending on a noun of time, then a phrase or a participle
 * that says how it is spent. "spent $2 million | on repairs" is money, not time, and is left alone.
 */

/** A form of "spend", a stretch of time after it, at the cut's end. */
const SPENT_TIME =
  /\b(?:spend|spends|spent|spending)\s+(?:\S+\s+){0,3}(?:hours?|days?|nights?|weeks?|weekends?|months?|years?|time|summer|winter|spring|autumn|fall|season|holidays?|period)$/i;

/** Does a cut before `next` leave the time spent without what it is spent on? */
export function leavesSpentTimeBare(kept: string[], next: string): boolean {
  return SPENT_TIME.test(kept.slice(-5).join(' ')) && /^(?:in|at|on|with|under|recovering|\p{Ll}+ing)$/iu.test(next);
}
