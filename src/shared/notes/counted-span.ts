/**
 * The span a figure counts over. A development's line often opens on when or where its figure holds
 * ("As of Oct. 25, the city has had 17 homicides", "During peak months, the two lines will run 18
 * weekly flights", "By midday on Tuesday, nearly 80 percent of flights had been canceled"), and the
 * clause reader drops that opening to reach the main clause. Told without it, the figure reads as a
 * year's total, a year-round schedule or a second count beside the first: judges of real update
 * notes refused such notes as misleading. So a told clause with a figure keeps the span its line
 * opened on, set after the clause ("… 17 homicides as of Oct. 25"), where it also breaks any run of
 * the article's own words the front would have joined.
 */
import { plainText } from './sentences';
import { tagged } from './topics';
import { WEEKDAY } from './weekdays';

/** A word that only joins the line to the one before it: "Also, …", "Instead, …". */
const JOINING = /^(?:also|instead|meanwhile|however|additionally|in addition|separately|still|now),\s+/i;
/** A leading time or place of a few words, set off by its comma: "As of Oct. 25,", "During peak months,". */
const OPENING_SPAN = /^((?:as of|as at|by|during|in|on|at|since|through|until|within|over|so far)\b[^,;:"“”()]{1,40}),\s+/i;
/** Openings that argue or hedge, not date or place: "In the end,", "On average,", "At least …". */
const NOT_A_SPAN =
  /^(?:in (?:the end|addition|turn|fact|response|contrast|total|other words|particular|short|general|part|theory|practice)|on (?:the other hand|average|balance|top of)|at (?:the same time|least|most|first|last|times|the time)|by (?:contrast|comparison|the way|then)|over (?:time|the years))\b/i;
/** A weekday alone: "On Tuesday", "Late Friday night". */
const BARE_WEEKDAY = new RegExp(String.raw`^(?:(?:on|late|early)\s+)?${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?$`, 'i');
/** What makes the opening a span a reader needs: a figure, a name, a day or month, or a unit of time. */
const ANCHOR = new RegExp(
  String.raw`\d|\s\p{Lu}|\b${WEEKDAY}\b|\b(?:morning|afternoon|evening|night|midday|noon|week|weekend|month|months|year|years|season|quarter|period|peak|hours|days)\b`,
  'u',
);

/**
 * The span the line opens on, lower-cased as it will stand after the clause ("as of Oct. 25"), when
 * the told clause has a figure and leaves the span out; '' otherwise. Never a clause of its own
 * ("Since the storm hit,": a verb), never a span that argues ("In the end,").
 */
export function countedSpan(line: string, clause: string): string {
  if (!/\d/.test(clause)) return '';
  const opened = plainText(line).trim().replace(JOINING, '');
  const opening = OPENING_SPAN.exec(opened);
  const span = opening?.[1]?.trim() ?? '';
  // ("On Monday, the company said rivals could cut …": a span before someone's saying dates the saying;
  // only a span set right before the clause's own subject is its figure's.)
  const subject = clause.split(/\s+/).slice(0, 2).join(' ').toLowerCase();
  if (opening && !opened.slice(opening[0].length).toLowerCase().startsWith(subject)) return '';
  // (A bare weekday, "On Tuesday,", only dates the event; the note's writer leaves it out as before.)
  if (!span || NOT_A_SPAN.test(span) || BARE_WEEKDAY.test(span) || !ANCHOR.test(span)) return '';
  // ("Since the storm hit,", "After officials met,": a span with a verb of its own is a clause.)
  if (tagged(span).some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower)))) return '';
  // (Already told: the reader kept the span, or the clause names its time itself.)
  const body = span.replace(/^\S+(?:\s+of)?\s+/, '').toLowerCase();
  if (clause.toLowerCase().includes(body)) return '';
  return span.charAt(0).toLowerCase() + span.slice(1);
}

/** A time a figure counts to, trailing the words the reader kept: "so far this season", "as of Friday". */
const TRAILING_SPAN = new RegExp(
  String.raw`^(?:so far(?: this (?:year|season|month|week))?|this (?:year|season|month|week)|as of [^,;:"“”()]{2,25}?|during (?:the )?[^,;:"“”()]{2,30}?|over the (?:past|last) [^,;:"“”()]{2,25}?|in the (?:first|second|third|fourth|last|past) [^,;:"“”()]{2,25}?)(?=[,;.]|\s+(?:and|but|while|compared|after|before)|$)`,
  'iu',
);

/**
 * The span trailing the clause's last words in its line that the reader cut ("The county has
 * confirmed 4,210 cases so far this season, compared to …" read as "the county confirmed 4,210
 * cases"), when the clause has a figure; '' otherwise.
 */
export function trailingSpan(line: string, clause: string): string {
  if (!/\d/.test(clause)) return '';
  const words = clause
    .replace(/[.,;]+$/, '')
    .split(/\s+/)
    .slice(-3);
  if (words.length < 3) return '';
  const plain = plainText(line);
  const at = plain.toLowerCase().indexOf(words.join(' ').toLowerCase());
  if (at < 0) return '';
  const after = plain.slice(at + words.join(' ').length).replace(/^\s+/, '');
  const span = TRAILING_SPAN.exec(after)?.[0]?.trim() ?? '';
  if (!span || tagged(span).some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower)))) return '';
  return clause.toLowerCase().includes(span.toLowerCase()) ? '' : span;
}

/**
 * The clause with its span set after it: "Saginaw has had 17 homicides" + "as of Oct. 25". After a
 * clause that ends on an aside set off by a comma ("…, 14 of which involved gunfire"), the span is
 * set off too, so it is read with the whole clause.
 */
export function withCountedSpan(clause: string, span: string): string {
  if (!span) return clause;
  const body = clause.replace(/[.,;]+$/, '');
  // (A figure's own comma, "6,094", sets off nothing.)
  return /,\s/.test(body) ? `${body}, ${span}` : `${body} ${span}`;
}
