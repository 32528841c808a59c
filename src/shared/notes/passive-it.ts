/**
 * "… the first agency to adopt the system when it was first introduced in 2014": an "it" that
 * undergoes the deed of a time clause ("it was introduced", "it was built") is the thing the main
 * clause ended on, so the note names it: "misstated the year the system was first introduced".
 * An "it" that acts ("when it lost its biggest customer") may be the main clause's subject as well
 * as its object, and is left alone.
 */
import { tagged } from './topics';

/** "it was first introduced", "it is finally opened": "it", a form of "be", and a past participle. */
const PASSIVE_IT =
  /^it\s+((?:was|is|were|had been|has been|will be)\s+(?:\p{Ll}+ly\s+|first\s+)?\p{Ll}+(?:ed|en|built|made|held|set|sold|shut))\b/u;
/** The thing a main clause ends on: "the system", "its new ferry", "the county's plan". */
const ENDS_ON_THING = /\b(the|its|their)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)$/u;

/** The time clause with its passive "it" named from the main clause before it; the clause as it was otherwise. */
export function namedForIt(clause: string, mainBefore: string): string {
  const passive = PASSIVE_IT.exec(clause);
  if (!passive) return clause;
  const thing = ENDS_ON_THING.exec(mainBefore.trim().replace(/[,;:]$/, ''));
  if (!thing) return clause;
  // Only a thing the tagger reads as a noun phrase ending on its noun ("the system", not "the first").
  const tags = tagged(thing[2]!);
  if (tags.at(-1)?.pos !== 'NOUN' || tags.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return clause;
  return `${thing[1]} ${thing[2]} ${clause.slice(3)}`;
}
