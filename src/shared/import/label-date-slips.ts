/**
 * Two ways a label's day and clock are typed that the date reader did not know, both seen on city
 * and station pages: the day given "as of", like the clock already is ("Update as of March 6, 1:08
 * p.m.: …" — "Update as of 3:00 P.M." was read), and a clock typed with a semicolon for its colon
 * ("1;08 p.m.", the key beside it). Both are mended on the label's head only — before the colon or
 * dash that opens the note's words — so a sentence that opens "As of March 6, …" after the label
 * ("Update: As of March 6, the road …") stays the note's text, and the note's own words are never
 * rewritten. Each mend keeps the string's length where the reader measures it.
 */

/** "as of" before a day: "as of March 6", "as of Nov. 6, 2025", "as of 3/6". */
const AS_OF_DAY =
  /^as\s+of\s+(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{1,2}\/\d{1,2}\b|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/i;
/** A clock typed "1;08 p.m.": only with its a.m. or p.m., which no other run of figures carries. */
const SEMICOLON_CLOCK = /\b(\d{1,2});(\d{2})(?=\s*[aApP]\.?\s?[mM](?![\p{L}]))/u;

/** The label's head (what follows the label word) with "as of" before a day dropped and a semicolon clock mended. */
export function mendLabelHead(afterLabel: string): string {
  const text = afterLabel.replace(AS_OF_DAY, '');
  // The head ends where the note's words begin: at the first colon or dash with a space after it.
  const end = text.search(/[:—–]\s|\s-{1,3}\s/);
  const head = end < 0 ? text : text.slice(0, end);
  return head.replace(SEMICOLON_CLOCK, '$1:$2') + (end < 0 ? '' : text.slice(end));
}
