/**
 * "misstated the date Rich Dauer was released from the hospital. It is Nov. 15": a deed told in the
 * past was done on its day, so the right fact is "It was Nov. 15". Several date readers give "It
 * is" by default and set the past only from their own clause; round 26 counted six refused date
 * notes of fresh20–25 whose judges named "It is" for a past date. Only a head whose deed holds a
 * past form of "be", "have" or "do" ("was released", "were killed", "had been filed") and nothing
 * that looks ahead or still holds ("will", "is scheduled", "must", "are due") is put in the past:
 * "the date Tait is scheduled to appear. It is April 30" stays.
 */

/** A head that names a day, date, year or time by its deed, told "It is". */
const DATED_DEED = /^misstated (?:the (?:date|day|year|month|time)|when) ([^.]+?)\. It is (?!.*\. It )/;
/** A past form that dates a deed done. */
const PAST = /\b(?:was|were|had|did)\b/i;
/** Words that tell a deed still to come or still true. */
const AHEAD =
  /\b(?:will|shall|is|are|am|has|have|must|can|may|might|would|should|could|scheduled|set to|expected|due|plans?|planned to|going to)\b/i;

export function pastDeedTold(phrase: string): string {
  const m = DATED_DEED.exec(phrase);
  if (!m || !PAST.test(m[1]!) || AHEAD.test(m[1]!)) return phrase;
  return phrase.replace(DATED_DEED, (head) => head.replace(/It is $/, 'It was '));
}
