/**
 * The tense a right date or time is told in, read from its clause's own first verb: "the keynote
 * begins", "the council will vote", "the hearing is set" are still ahead ("It is 1 p.m."); "the crash
 * happened", "was arrested" are done ("It was 6:15 p.m."). The time reader used to know only "is",
 * "are", "has" as present, so a deed in "-s" ("begins", "opens", "starts") was told "It was".
 * '' when the clause has no verb: the caller keeps its own reading.
 */
import { IRREGULAR_PAST } from './past-forms';
import { tagged } from './topics';
import { withMissedVerb } from './well-formed-deed';

export function clauseTense(clause: string): 'is' | 'was' | '' {
  // ("The sale and growing of hemp became legal": a gerund in the subject is no tense.)
  const verb =
    withMissedVerb(tagged(clause)).find((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !/\p{Ll}ing$/u.test(t.lower))?.lower ?? '';
  return verb ? verbTense(verb) : '';
}

/** The tense of one verb, the first of its group: "begins", "will", "is" → 'is'; "happened", "was", "left" → 'was'. */
export function verbTense(verb: string): 'is' | 'was' {
  const lower = verb.toLowerCase();
  if (/^(?:will|shall|is|are|am|has|have|does|do|'s|'re)$/.test(lower)) return 'is';
  return /ed$/.test(lower) || IRREGULAR_PAST.test(lower) || /^(?:was|were|had|did)$/.test(lower) ? 'was' : 'is';
}
