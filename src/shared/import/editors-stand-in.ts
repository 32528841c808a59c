/**
 * An editor's note about who writes the column this time — "Editor’s note: Former Glean writer Max
 * Sparber is filling in for Brian Lambert for a few days.", "… is on vacation; her column returns
 * next week." — tells readers of the byline, not of a change to the piece. Undated and naming no
 * change or error it is no update note (like the asides and provenance notes note-line.ts sets
 * aside). "Editor’s note: Ana Ruiz, who is filling in for the columnist, corrected the figures."
 * names a change and stays a note (the caller checks the change and error words).
 */
const STAND_IN =
  /\b(?:is|are) (?:filling in|sitting in|standing in|substituting|writing) for\b|\b(?:is|are) (?:on|away on) (?:vacation|leave|holiday|assignment|a break|book leave|sabbatical)\b|\b(?:column|blog|newsletter) (?:will )?returns?\b|\bguest (?:columnist|writer|blogger|editor)\b/i;

export function tellsOfStandIn(text: string): boolean {
  return STAND_IN.test(text);
}
