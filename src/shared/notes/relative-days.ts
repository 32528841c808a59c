/**
 * "tomorrow evening" → "this evening", "last week" → "next week": a day told relative to the
 * article's own is one phrase with the part of the day or the span after it. The note quotes the
 * phrase whole ("It is this evening, not tomorrow evening"), never the one word that changed ("It
 * is this, not tomorrow", which review 13a found on real copy). "this plan", "next to" are no days.
 */

const RELATIVE = /^(?:this|tomorrow|yesterday|today|tonight|last|next)$/i;
const FOLLOWS =
  /^(?:morning|afternoon|evening|night|weekend|week|month|year|spring|summer|fall|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** "this evening" for the changed word "this" in its sentence, or '' when it tells no relative day. */
export function relativeDayPhrase(sentence: string, changed: string): string {
  const word = changed.trim().split(/\s+/)[0] ?? '';
  if (!RELATIVE.test(word)) return '';
  const m = new RegExp(`(?<![\\p{L}])(${word})\\s+(\\p{L}+)`, 'iu').exec(sentence);
  if (!m || !FOLLOWS.test(m[2]!)) return '';
  // (A weekday keeps its capital; "tomorrow evening" is lower case mid-note unless it opened the line.)
  return `${m[1]!.toLowerCase()} ${m[2]}`;
}

/** Whether a date phrase is a relative day ("this evening", "tomorrow", "next week"). */
export function isRelativeDay(value: string): boolean {
  const [first, second] = value.trim().split(/\s+/);
  return (
    RELATIVE.test(first ?? '') && (second === undefined ? /^(?:tomorrow|yesterday|today|tonight)$/i.test(first!) : FOLLOWS.test(second))
  );
}
