import { SPOKEN, sentencesOf } from './outlet-owns-error';

/**
 * A British or Canadian paper's apology opening on the day its piece ran and what "we" reported:
 * "On 29 March and 1 April last year we reported that …", "On 16 September we published an article
 * headed “…” which claimed that …", "On July 12, 2011, in an article titled "…," we reported that
 * …", "In articles we wrote and published … on Dec. 18, 2010 and Jan. 2, 2011, … we stated that …".
 * What follows in the item (or the next paragraph) undoes it; the opening alone is the newsroom's:
 * copy tells what a source reported, and a follow-up story says "On Monday we reported" with a
 * weekday, not the calendar date a corrections item gives. Under the copy only; in quotes, or with
 * who said it after, it is a speaker's words.
 */
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const CALENDAR_DAY = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?)`;
const DAYS = String.raw`${CALENDAR_DAY}(?:,?\s+\d{4})?(?:\s+(?:and|&)\s+${CALENDAR_DAY}(?:,?\s+\d{4})?)?(?:\s+(?:last|this) year)?`;
const WE_VERB = String.raw`we\s+(?:(?:wrongly|incorrectly|mistakenly|falsely|erroneously)\s+)?(?:reported|stated|said|wrote|published|alleged|claimed|suggested|described|printed|ran|implied)\b`;
/** "In an article titled "…," ": the piece named between the day and "we". */
const PIECE_BETWEEN = String.raw`(?:in\s+(?:an?|our|the)\s+(?:\p{L}+\s+){0,2}?(?:article|story|report|column|editorial|piece|feature)s?\b[^,"“]{0,40},?\s*(?:(?:titled|headed|headlined|entitled)\s+)?["“‘][^"”’]{1,160}["”’],?\s+)?`;
const DATED_WE = new RegExp(String.raw`^On\s+(?:the\s+)?${DAYS},?\s+${PIECE_BETWEEN}${WE_VERB}`, 'iu');
/** (A month or a title shortened with a stop does not end the clause: "on Dec. 18, 2010".) */
const PIECES_WE_RAN = new RegExp(
  String.raw`^In\s+(?:an?\s+|the\s+|two\s+|several\s+)?(?:articles?|stories|story|reports?|columns?|editorials?)\s+(?:that\s+)?we\s+(?:wrote|published|ran|printed)(?:\s+(?:and|&)\s+(?:published|posted|printed|ran))?\b(?:[^.]|(?<=\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|St|Mr|Mrs|Ms|Dr))\.){0,240}?,["”’]?\s+${WE_VERB}`,
  'iu',
);

const ABBREVIATED = String.raw`(?:[^.]|(?<=\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|St|Mr|Mrs|Ms|Dr))\.)`;
/** "In our edition of 20th February 1996, we stated …": the piece, then its calendar day, then "we". */
const IN_PIECE_DATED_WE = new RegExp(
  String.raw`^(?:In\s+(?:an?|our|the)|Following\s+our)\s+(?:edition|issue|article|story|report|column|editorial)\b${ABBREVIATED}{0,160}?\b${DAYS},?\s+(?:in which\s+)?${WE_VERB}`,
  'iu',
);

export function opensOnDatedWeReported(item: string): boolean {
  const first = sentencesOf(item)[0]!;
  if (SPOKEN.test(first)) return false;
  return DATED_WE.test(first) || PIECES_WE_RAN.test(first) || IN_PIECE_DATED_WE.test(first);
}
