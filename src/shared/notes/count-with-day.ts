/**
 * A toll told with the day it reached its figure: "the number of injured rose to 4 on Monday after
 * two crew members were hurt" → "rose to 5 on Tuesday after a dock worker was hurt". The day moved
 * because the count moved: the old line was true on Monday, and the new one is the later count —
 * an update. What follows the day ("after a dock worker was hurt") says why the count moved, the
 * news of the same development, not a fact of the old line put right.
 *
 * Only a count that moves by its verb ("rose to", "climbed to", "reached", "stood at") with its
 * day set right after the figure counts; a day put right on its own, a day that moved back, or a
 * figure whose day stayed is a fact put right as before.
 */
import { plainText } from './sentences';
import { stampMovedForward } from './stamps';
import { PART_OF_DAY, WEEKDAY } from './weekdays';

/** "rose to 5 on Tuesday", "reached 11 by Sunday", "stood at 40 as of Friday night". */
const COUNT_ON_DAY = new RegExp(
  String.raw`\b(?:rose|risen|climbed|increased|jumped|grew|reached|hit|stood at|stands at|went up|ticked up)\s+(?:to\s+)?(?:at least\s+|more than\s+)?([\d,]+|\p{Ll}+)\s+(?:\p{Ll}+\s+){0,2}?(?:on\s+|by\s+|as of\s+)?(${WEEKDAY}(?:\s+${PART_OF_DAY})?)`,
  'u',
);
/** The verbs a count moves or stands by, before its figure. */
const COUNT_VERB = String.raw`(?:rose|risen|climbed|increased|jumped|grew|reached|hit|stood at|stands at|went up|ticked up|was|is)`;

/**
 * "the number of injured rose to 5" → "injured": what a count names as its own subject, when the
 * figure is the one it moved to; '' otherwise.
 */
export function numberOfWhat(line: string, figure: string): string {
  const value = figure.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(
    String.raw`\bthe\s+number\s+of\s+((?:\p{Ll}+\s+){0,2}?\p{Ll}+)\s+(?:has\s+|had\s+)?${COUNT_VERB}\s+(?:to\s+)?(?:at least\s+|more than\s+)?${value}(?![\d\p{L}])`,
    'iu',
  ).exec(plainText(line));
  return m?.[1] ?? '';
}

/** What says why a count moved, opening the clause after its day. */
const REASON = /^,?\s*(?:after|as|when|following|because|with)\b/i;

/** The count's figure, its day and where the clause after the day begins, or null. */
function countOnDay(line: string): { figure: string; day: string; end: number } | null {
  const m = COUNT_ON_DAY.exec(line);
  return m ? { figure: m[1]!, day: m[2]!, end: m.index + m[0].length } : null;
}

/** True when both lines tell a count with its day, the figure changed and the day moved forward. */
export function countMovedWithDay(older: string, newer: string): boolean {
  const [was, now] = [countOnDay(plainText(older)), countOnDay(plainText(newer))];
  if (!was || !now || was.figure === now.figure || /,\s+not\s/i.test(plainText(newer))) return false;
  return stampMovedForward(was.day, now.day, true);
}

/**
 * True when `words` (a fix's text) stands, in `line`, in the clause that says why the count moved
 * ("… on Tuesday | after a dock worker was hurt"): the news of the development, not a fix.
 */
export function reasonForCount(line: string, words: string): boolean {
  const text = plainText(line);
  const count = countOnDay(text);
  if (!count || !words.trim()) return false;
  const rest = text.slice(count.end);
  if (!REASON.test(rest)) return false;
  const clause = rest.split(/[,;]\s+(?!(?:after|as|when|following|because)\b)|\.\s/)[0]!;
  return clause.includes(words.trim());
}
