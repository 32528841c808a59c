/**
 * A person moved in custody is a development of a running story, as an arrest is: "was flown to
 * the capital", "had been transferred to Dorset County", "is being held at the county jail",
 * "was booked into the city jail". No event verb of the arrest kind ("detained", "jailed") tells
 * it, so the move is read here. Only a move to a place or a holding (a capital, a jail, a prison),
 * never "was moved to tears" or a meeting "moved to Thursday": a day is a reschedule, not custody.
 */
import { WEEKDAY } from './weekdays';

/** Months and days: what a meeting is moved to, never where a person is taken. */
const WHEN_WORD = new RegExp(
  String.raw`^(?:${WEEKDAY}|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\b`,
  'i',
);

/** Places a person is held: what follows "to the" or "at a" in a custody move. */
const HOLDING = String.raw`(?:[\p{L}-]+\s+){0,3}(?:jail|prison|penitentiary|detention (?:center|centre|facility)|lockup|custody|facility|capital|headquarters|station|courthouse)`;

/** "was flown to Mexico City", "had been transferred to the state prison": a passive move, then where to. */
const MOVED = new RegExp(
  String.raw`\b(?:is|are|was|were|been|being)\s+(?:(?:later|then|since|now)\s+)?(moved|transferred|flown|taken|transported|extradited|airlifted|driven|sent|returned)\s+(?:back\s+)?to\s+(?:(?:the|a|an)\s+${HOLDING}\b|(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}))`,
  // (No "i": a place is known by its capital, "moved to tears" has none.)
  'u',
);
/** "is being held at the state jail", "was booked into the county jail", "remains held without bail". */
const HELD_IN = new RegExp(
  String.raw`\b(?:(?:is|are|was|were|been|being|remains?|remained)\s+(?:being\s+)?held\s+(?:at|in)\s+(?:the|a|an)\s+${HOLDING}\b|(?:is|are|was|were|been)\s+booked\s+into\b|(?:is|are|was|were|been|being|remains?|remained)\s+held\s+without\s+bail)`,
  'u',
);

/** The move's verb ("flown", "held"), which an old line must share for the clause to be old news; '' when none. */
export function custodyMoveWord(clause: string): string {
  const moved = MOVED.exec(clause);
  if (moved && !(moved[2] && WHEN_WORD.test(moved[2]))) return moved[1]!;
  return HELD_IN.exec(clause) ? (/\bbooked\b/i.test(clause) ? 'booked' : 'held') : '';
}

/** Does the clause tell a person moved or held in custody? */
export function tellsCustodyMove(clause: string): boolean {
  return custodyMoveWord(clause) !== '';
}
