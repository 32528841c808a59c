/**
 * "voted to create a committee to redraw | the ferry routes": a cut after "to" and its verb, before
 * the object that verb takes, leaves the verb bare ("… to redraw."). The object opens on a
 * determiner; a cut must stop before the "to", or keep the object. ("went to Dover | the next day":
 * a name after "to" is where, and the cut stands.)
 */
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|some|all|each|every)$/i;

/** Whether cutting between `kept` and the word `next` leaves an infinitive without its object. */
export function leavesInfinitiveBare(kept: string[], next: string): boolean {
  const last = kept.at(-1) ?? '';
  return /^to$/i.test(kept.at(-2) ?? '') && /^\p{Ll}+$/u.test(last) && DETERMINER.test(next);
}
