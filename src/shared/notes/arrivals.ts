/**
 * A journey finished or begun is an event in a running story: a crew "arrived back in Houston", a
 * ship "docked in Valletta", a plane "landed safely", a delegation "left for Geneva", the hostages
 * "were flown home". The verb tells the move done; where and when it ended come with it.
 */

/** Verbs of a move completed, in the past: arrival, landing, departure, a return home. */
const ARRIVED =
  /\b(?:arrived|landed|docked|berthed|touched down|splashed down|departed|set sail|set off|left for|headed home|flew home|flown home|came home|made it home|made landfall|reached (?:home|shore|safety|the (?:shore|coast|summit|border|port|harbou?r|hospital|airport)))\b/;

/** Does the clause tell a move completed ("arrived back in Denver on June 3")? */
export function tellsArrival(clause: string): boolean {
  return ARRIVED.test(clause);
}
