/**
 * A story's dateline before a label that opens on its clock: "JACKSONVILLE, Fla. - 8:15 a.m. UPDATE:
 * Officials said …", "DENVER (KDVR) — 6:40 p.m. Update: …". Local stations stamp each development of
 * a running story with its clock and then the label, and keep the dateline on the newest one, at
 * the top of the copy. The dateline set aside, the rest is read as the same line printed without
 * one ("8:15 a.m. UPDATE: …"), so nothing is read here that the label rules would not read alone.
 *
 * Only a clock (AP's "8:15 a.m.", a UK "8.15pm") and a label word with its colon or dash may follow
 * the dateline: "DENVER — 8:15 a.m. traffic was heavy …" and "DENVER — 8 a.m. Updates to the bus
 * schedule take effect Monday." are copy.
 */
const DATELINE_THEN_CLOCK_LABEL =
  /^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\p{L}.'’ -]{1,20})?\s*(?:\([A-Z0-9 .&-]{2,12}\)\s*)?[—–-]\s*(?=\d{1,2}(?:[:.]\d{2})?\s*[aApP]\.?[mM]\.?\s+(?:UPDATED?|CORRECTION|CLARIFICATION|Update|Updated|Correction|Clarification)\s*[:—–-])/u;

/** The printed dateline's length (with its dash) when a clock-first label follows it; 0 otherwise. */
export function datelineBeforeClockLabel(line: string): number {
  return DATELINE_THEN_CLOCK_LABEL.exec(line)?.[0].length ?? 0;
}
