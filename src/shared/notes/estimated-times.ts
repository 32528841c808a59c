/**
 * Traffic and outage desks give a time as a noun: "the estimated time of the highway reopening is
 * 1 p.m.", "the expected time of power restoration is 6 p.m." Told whole, such a line runs on the
 * article's words for too long to be the note's own; told as what is expected it is short and
 * says the same: "the highway was expected to reopen at 1 p.m." Only the deeds such updates time,
 * and only with a thing named before the deed ("the highway", "power"), or nothing would reopen.
 */
import { hedges } from './hedge-words';
const DEED: Record<string, string> = {
  reopening: 'reopen',
  opening: 'open',
  clearing: 'clear',
  closing: 'close',
  closure: 'close',
  restoration: 'be restored',
  repair: 'be repaired',
  completion: 'be completed',
};

const TIMED =
  /^(?:the\s+)?(?:estimated|expected|anticipated|projected)\s+(?:time|hour)\s+(?:of|for)\s+((?:the\s+)?[\p{L}\d'’-]+(?:\s+[\p{L}\d'’-]+){0,3}?)\s+(reopening|opening|clearing|closing|closure|restoration|repair|completion)\s+(?:is|was)\s+(?:now\s+)?((?:about\s+|around\s+|approximately\s+)?\d.*)$/iu;

/** The clause told as what is expected ("the highway was expected to reopen at 1 p.m."), or as it was. */
export function expectedAtTime(clause: string): string {
  const m = TIMED.exec(clause.trim());
  if (!m) return clause;
  const thing = m[1]!.replace(/^The\b/, 'the');
  return `${thing} was expected to ${DEED[m[2]!.toLowerCase()]} at ${m[3]!.replace(new RegExp(`^(?:${hedges('about', 'around', 'approximately')})\\s+`, 'i'), 'about ')}`;
}
