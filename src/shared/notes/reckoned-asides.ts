/**
 * "On Sept. 9, days before she left for Oslo, Marta Lind signed …": a phrase set off after an
 * opening date that reckons another time from it ("days before …", "a week after the vote",
 * "shortly after dawn") is an aside about the date, not the event it dates; the event is the main
 * clause after it. Review 15 found "misstated the date days before he left …" lifted from such an
 * aside. A name set apart by a pair of dashes ("Lind -- a Norwegian citizen -- signed") is an
 * aside too, and goes, so the clause reads subject, verb, object.
 */

import { tagged } from './topics';
import { SPELLED_CARDINAL } from '../text/numbers';

/** A stretch of time, how it is told: "days", "two weeks", "a few hours", "shortly", "moments". */
const SPAN = String.raw`(?:(?:just|only|shortly|some|about|nearly|almost|barely|a\s+few|several|${SPELLED_CARDINAL}|\d+|a|an|the)\s+){0,2}(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|moments?|shortly|soon|not\s+long|a\s+day|the\s+day|the\s+night|the\s+week|weeks)`;
/** The aside: a span, then a word that reckons it from something else, up to the next comma. */
const RECKONED = new RegExp(
  String.raw`^\s*,\s+${SPAN}\s+(?:before|after|ahead\s+of|following|into|later|earlier|prior\s+to)\b[^,;]{0,80},`,
  'iu',
);
/** A pair of dashes (double hyphens, en or em dashes, or spaced hyphens as plain text prints them) around a short aside. */
const DASH_ASIDE = /\s*(?:--|—|–|(?<=\s)-(?=\s))\s*[^—–,;]{1,60}?\s*(?:--|—|–|(?<=\s)-(?=\s))\s*/gu;

/** The tail after an opening date with a reckoned-time aside cut from its start: ", days before …, Lind signed" → ", Lind signed". */
export function withoutReckonedAside(tail: string): string {
  const m = RECKONED.exec(tail);
  return m ? `, ${tail.slice(m[0].length).trimStart()}` : tail;
}

/** A clause with asides set between dashes cut: "Lind -- a Norwegian citizen -- signed" → "Lind signed". */
export function withoutDashAsides(clause: string): string {
  return clause.replace(DASH_ASIDE, ' ');
}

/** Words that open a clause of their own after the main one: the event told ends before them. */
const SUBORDINATOR = /\s+(?:after|before|because|while|when|once|until|although|though|since|as soon as)\s+(?=\S+\s+\S)/i;

/** A long clause cut before a subordinate clause that follows its verb: "… into a van after his mother fell" → "… into a van". */
export function beforeLaterClause(clause: string): string {
  const m = SUBORDINATOR.exec(clause);
  // (At least a subject, a verb and an object before it: "After the storm …" is no cut.)
  return m && clause.slice(0, m.index).split(/\s+/).length >= 4 ? clause.slice(0, m.index) : clause;
}

/** "… carried the boy into a van to go to the clinic" → "… carried the boy into a van": the deed, without what it was for. */
export function withoutPurpose(clause: string): string {
  for (const m of clause.matchAll(/\s+(?:in order\s+)?to\s+(\p{Ll}+)\b/gu)) {
    if (clause.slice(0, m.index).split(/\s+/).length < 5) continue;
    // ("to go", "to see": an infinitive, not "to the clinic".)
    if (tagged(`they ${m[1]}`)[1]?.pos !== 'VERB') continue;
    // Only after a place the deed went to ("into a van to go", "to a clinic in a van to see"):
    // after an object the infinitive is what was asked or urged of it ("urged lawmakers on the
    // panel to pass"), part of the deed.
    const lead = tagged(clause.slice(0, m.index)).slice(-7);
    const to = lead.findIndex((t) => /^(?:into|onto|to|toward|towards)$/i.test(t.text));
    const place = to >= 0 && lead.slice(to + 1).every((t) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP'].includes(t.pos));
    return place && lead.at(-1)?.pos === 'NOUN' ? clause.slice(0, m.index) : clause;
  }
  return clause;
}
