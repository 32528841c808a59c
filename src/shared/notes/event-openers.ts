/**
 * A line that opens on the event it follows: "Following a collision on Route 9, north of the Elk
 * River, police say all lanes are open." The opening names what the story is already about; the
 * news is the clause after it. The opening is a noun phrase (no verb of its own), and may carry a
 * place set off by commas ("…, north of the Elk River,"), which belongs to it, not to the clause.
 * "After he fled, …" opens a clause of its own and is left to the clause rules.
 */
import { hasFiniteVerb } from './topics';

/** "Following the crash,", "After a two-alarm fire on Elm Street,", "In the wake of the storm,". */
const EVENT_OPENING = /^(?:following|after|in the wake of|in the aftermath of)\s+([^,]{3,90}),\s+/i;
/** A place set off after it: "north of the Elk River,", "east of Orlin,", "near Dace Falls,". */
const PLACE_ASIDE =
  /^(?:(?:just\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of|near|outside|in|at)\s+[^,]{2,40},\s+/i;

/** The sentence without an opening that names the event it follows, or the sentence as it was. */
export function withoutEventOpening(s: string): string {
  const opening = EVENT_OPENING.exec(s);
  if (!opening || hasFiniteVerb(opening[1]!)) return s;
  let rest = s.slice(opening[0].length);
  const place = PLACE_ASIDE.exec(rest);
  if (place) rest = rest.slice(place[0].length);
  // What is left must be a clause with its verb, or the opening was the sentence.
  return hasFiniteVerb(rest) ? rest : s;
}
