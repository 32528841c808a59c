/**
 * A clause lifted from its sentence's start: lower case as `lowerOpening` reads it, and a common
 * noun the tagger knows ("Work on the tunnel", "Tickets go", "Vendor applications are due") lower
 * case too, names keeping theirs. One home for the date reader (event-of-date.ts) and the innermost
 * clause reader (innermost-deed.ts), which used to keep a narrower copy and printed "when Vendor
 * applications are due".
 */
import { lowerOpening, readsAsName } from './names';
import { knownPlural, tagged } from './topics';

export function clauseOpening(clause: string, articleText: string): string {
  const lowered = lowerOpening(clause, articleText);
  const first = /^\p{Lu}\p{Ll}+(?=\s+\p{Ll})/u.exec(lowered)?.[0];
  if (!first) return lowered;
  // ("Applications are due": a plural the tagger takes for a name, never capitalized mid-sentence.)
  const pos = tagged(lowered)[0]?.pos;
  if (pos !== 'NOUN' && !(pos === 'PROPN' && /s$/.test(first) && !readsAsName(first, articleText) && knownPlural(first))) return lowered;
  return lowered.charAt(0).toLowerCase() + lowered.slice(1);
}
