/**
 * A road's state is the news of a traffic update: "All lanes of travel are open", "The bridge
 * remains closed", "Route 9 is now passable". A way that opens or shuts is a development of the
 * story as a toll or a containment figure is, though no event verb ("reopened") tells it. Only ways
 * people travel by; a shop or a pool "is open" tells opening hours, not news.
 */

/** Ways people travel by, and their parts. */
const WAY = String.raw`(?:lanes?|roads?|roadways?|highways?|interstates?|routes?|bridges?|ramps?|exits?|tunnels?|streets?|avenues?|freeways?|motorways?|expressways?|crossings?|passes|pass|traffic|travel|intersections?|Highway|Interstate|Route|Road|Bridge|Street|Avenue|Drive|Boulevard|Parkway|Freeway|Motorway|Expressway|Tunnel|Pass)`;
/** A state a way is in: open, shut or blocked, now, again or still. */
const STATE = String.raw`(?:is|are|was|were|remains?|remained|has been|have been)\s+(?:(?:now|again|still|also|fully|partially|partly|once again|back)\s+)*(open|closed|shut|blocked|passable|impassable|clear)\b`;
const WAY_STATE = new RegExp(String.raw`\b${WAY}(?:\s+(?:of|in|on|at|near|to)?\s*[\p{L}\d'’.-]+){0,4}?\s+${STATE}`, 'iu');
/** "open to cyclists on weekends", "open from 9 to 5", "open until 8": hours and uses, not a development. */
const STANDING_HOURS =
  /\b(?:open|closed)\s+(?:to\s+(?:cyclists|pedestrians|the public on)|from\s+\d|until\s+\d|daily|on weekends|every\b|year-round|seasonally)/i;

/** Does the clause tell a way's state ("all lanes of travel are open")? */
export function tellsWayState(clause: string): boolean {
  return WAY_STATE.test(clause) && !STANDING_HOURS.test(clause);
}

/** The state word itself ("open"), which an old line must share for the clause to be old news; '' when none. */
export function wayStateWord(clause: string): string {
  return tellsWayState(clause) ? (WAY_STATE.exec(clause)?.[1] ?? '') : '';
}
