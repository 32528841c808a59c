/**
 * A story's dateline before a label that carries its own day or clock after a comma, AP's way:
 * "LEBANON COUNTY, Pa. — Update, 4:30 p.m.: Interstate 81 is open again.", "MILLEDGEVILLE, Ga. —
 * Update, 5:50 p.m. April 29:" over the new paragraph. Local stations keep the dateline on the
 * newest development at the top of a running story and stamp it with the label, its clock and its
 * day. The dateline set aside, the rest is read as the same line printed without one ("Update, 4:30
 * p.m.: …"), so nothing is read here that the label rules would not read alone.
 *
 * Only a day or a clock may stand between the label's comma and its colon: "DENVER — Update, the
 * council said, will come Monday: …" and "YORK — Correction, however, is not …" are copy. Stations
 * also give the clock "at" or "as of" instead of after a comma ("RENO, Nev. (KOLO) - Update at 3:11
 * p.m.: …"); "DENVER — Update at the council: …" has no day or clock and is copy.
 */
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|March|Mar|April|Apr|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH}(?:\s+\d{4})?)`;
const CLOCK = String.raw`(?:\d{1,2}(?:[:.]\d{2})?\s*[aApP]\.?\s?[mM]\.?(?:\s+[ECMP][SD]?T)?)`;
/** The label's day and clock, in either order, a comma or a space between them. */
const DAY_OR_CLOCK = String.raw`(?:${DAY}|${CLOCK})(?:,?\s+(?:${DAY}|${CLOCK}))?`;
const LABEL_WORD = String.raw`(?:Update|Updated|Correction|Clarification|UPDATED?|CORRECTION|CLARIFICATION)`;
const DATELINE_THEN_DATED_LABEL = new RegExp(
  String.raw`^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\p{L}.'’ -]{1,20})?\s*(?:\([A-Z0-9 .&-]{2,12}\)\s*)?[—–-]\s*(?=${LABEL_WORD}(?:,|\s+(?:at|as of|@))\s*${DAY_OR_CLOCK}\s*:)`,
  'u',
);

/** The printed dateline's length (with its dash) when a label dated after its comma follows it; 0 otherwise. */
export function datelineBeforeDatedLabel(line: string): number {
  return DATELINE_THEN_DATED_LABEL.exec(line)?.[0].length ?? 0;
}
