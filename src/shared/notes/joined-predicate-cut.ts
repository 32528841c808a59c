/**
 * A cut right after the verb of a second predicate: "Varga was moved to Dorset County and was being
 * held | at the state jail". The joined verb ("and was being held") lost where or what it was, and
 * reads as something else (held how? held back?). A predicate joined by "and" or "but" keeps what
 * its verb needs, or goes whole: the cut falls before the join ("Varga was moved to Dorset County").
 * A joined predicate that kept its object ("and arrested the driver | near the station") is whole.
 */
import { tagged } from './topics';

const JOIN = /^(?:and|but)$/i;
/** Parts of a bare verb group: "was being held", "later was taken", "was not". */
const VERB_GROUP = new Set(['AUX', 'VERB', 'ADV', 'PART']);

/** Does the cut end on a joined verb group, with words it still needs left after the cut? */
export function cutsJoinedPredicate(kept: string[], words: string[]): boolean {
  if (kept.length >= words.length) return false;
  if (/[,;:]$/.test(kept.at(-1)!)) return false;
  const at = kept.findLastIndex((w) => JOIN.test(w));
  if (at < 1 || at === kept.length - 1) return false;
  const tail = tagged(kept.slice(at + 1).join(' '));
  return tail.length > 0 && tail.every((t) => VERB_GROUP.has(t.pos)) && tail.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}
