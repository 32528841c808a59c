/**
 * What a dated clause carries that is no part of its event, so the note can tell the event whole
 * and short ("misstated when a man and a woman were arrested in Baldwin County"):
 * - an aside set off by commas between a subject and its verb ("The man who …, setting fires and
 *   touching off a search, was found"), or where a person is from ("from the Orlando, Fla., area");
 * - what follows the date and only says how or why ("… on Tuesday in connection with a scheme",
 *   "… on Monday morning hiding in a hayloft", "… after a chase").
 */

/** ", setting off bombs … and touching off a manhunt,": a participle's aside, three words or more, before the verb. */
const PARTICIPLE_ASIDE = /,\s+\p{Ll}+ing\s+[^,]+?\s+[^,]+?,\s+(?=(?:was|were|is|are|had|has|have|\p{Ll}+ed)\b)/gu;
/** "from the Orlando, Fla., area", "from Dunmore": where the people of the subject come from, just before its verb. */
const ORIGIN = /\s+from\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*,?\s+){1,4}(?:area\s+|region\s+)?(?=(?:were|was|are|is|had|have|has)\s)/u;
/** What follows the date that ends the event: a manner, a reason or a second deed. */
const EVENT_ENDS =
  /^\s*(?:\p{Ll}+ing\b|in connection with\b|in relation to\b|after\b|before\b|as\b|while\b|because\b|amid\b|following\b|for allegedly\b)/u;

/** The words before the date without asides that are not the event's. */
export function withoutAsides(before: string): string {
  return before.replace(PARTICIPLE_ASIDE, ' ').replace(/\s+/g, ' ').trim();
}

/** The words before the date without where the subject's people are from: for a clause too long or broken by commas. */
export function withoutOrigin(before: string): string {
  return before.replace(ORIGIN, ' ').replace(/\s+/g, ' ').trim();
}

/** Does the text after the date only say how, why or what next (so the clause before it is the event)? */
export function eventEndsAtDate(rest: string): boolean {
  return EVENT_ENDS.test(rest);
}
