/**
 * "A judge ordered Ana Reyes and Tom Hale held without bail": some verbs take an object AND a word
 * that completes it ("ordered X held", "found X guilty", "declared X dead", "kept X closed"). Two
 * objects joined by "and" then share that complement, and the join is no boundary between two
 * clauses: cut there, the note read "ordered Ana Reyes and that Tom Hale held without bail". The
 * sign, read from structure: the left side ends on such a verb and its bare object (names or a
 * noun phrase, nothing after it), so the object still waits for its complement.
 */
import { tagged } from './topics';

/** Verbs that take an object and a complement: orders, rulings, declarations. */
// Only verbs whose bare object usually waits for its complement: "police found a gun and the
// driver fled", "the council named a chief and the mayor resigned" are two clauses, so "found",
// "named", "held" and the like are not here.
const OBJECT_COMPLEMENT_VERB =
  /^(?:ordered|orders|order|declared|declares|declare|pronounced|pronounces|deemed|deems|judged|judges|ruled|rules|certified|certifies|rendered|renders)$/i;
/** Words a bare object is made of: "Ana Reyes", "the two men", "all three suspects". */
const OBJECT_PART = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Does the left side of an "and" end on an object-complement verb and its bare object? */
export function objectAwaitsComplement(left: string): boolean {
  const tokens = tagged(left);
  // ("Doctors pronounced the driver": the tagger may read the participle as an adjective.)
  const v = tokens.findLastIndex((t) => t.pos === 'VERB' || t.pos === 'AUX' || OBJECT_COMPLEMENT_VERB.test(t.lower));
  if (v < 0 || v === tokens.length - 1 || !OBJECT_COMPLEMENT_VERB.test(tokens[v]!.lower)) return false;
  const object = tokens.slice(v + 1);
  return object.every((t) => OBJECT_PART.has(t.pos)) && ['NOUN', 'PROPN', 'NUM'].includes(object.at(-1)!.pos);
}
