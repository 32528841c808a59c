/**
 * A speaker set between commas inside the clause it credits: "Rivera flew home on May 3 and, the
 * agency said, will begin therapy next week"; "The bridge, officials say, will reopen Monday";
 * "Crews had power back by noon, the utility confirmed, and schools will open as usual". The words
 * on both sides are one clause, the speaker's: lifted out, the clause reads whole and is credited
 * as said. (A speaker after the clause, before an aside with no verb — ", the office said, the
 * fastest pace since May" — is news-clause.ts's MID_ATTRIBUTION; this is the case where the clause
 * goes on after the speaker.)
 * Read from structure: a short noun phrase with no verb of its own, a lower-case verb of saying
 * (so "the winner, Ahmed Said, will race" keeps its name), a comma, and a clause that goes on with a
 * finite verb. A relative clause ("Ruiz, who said, …") names no speaker.
 */
import { hasFiniteVerb, tagged } from './topics';

/** ", the county health department said on Tuesday, " — the speaker and the verb, between commas. */
const INSET =
  /,\s+((?:the\s+|a\s+|an\s+)?[^,;:"“”()]{1,50}?)\s+((?:also\s+)?(?:said|says|say|confirmed|confirms|added|noted|told\s+(?:reporters|the\s+\p{L}+(?:\s+\p{L}+)?)))(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|earlier|later|late\s+\p{L}+))?,\s+(?=\p{Ll})/u;

/** Words that open a clause of their own, not a speaker: "who said", "which they said". */
const NOT_A_SPEAKER = /^(?:who|whom|whose|which|that|when|where|while|as|if|because|but|and|or|so|then|however)\b/i;

/** A speaker's words: nouns, names, determiners, adjectives — no verb of its own (a capitalized one is a name). */
function namesOnlyASpeaker(words: string): boolean {
  if (NOT_A_SPEAKER.test(words) || words.split(/\s+/).length > 8) return false;
  return !tagged(words).some(
    (t) => (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP') && !/^\p{Lu}/u.test(t.text) && t.lower !== 'of' && t.lower !== 'for',
  );
}

export interface InsetSpeaker {
  /** The clause with the speaker lifted out ("Rivera flew home on May 3 and will begin therapy"). */
  clause: string;
  /** "confirmed" for a confirmation, else "said". */
  verb: 'confirmed' | 'said';
}

/** The clause without a speaker set inside it, or null when the line has none. */
export function withoutInsetSpeaker(line: string): InsetSpeaker | null {
  const inset = INSET.exec(line);
  if (!inset || !namesOnlyASpeaker(inset[1]!)) return null;
  const before = line.slice(0, inset.index);
  const after = line.slice(inset.index + inset[0].length);
  // The clause must go on: a verb after the speaker, and something before it to go on from.
  if (before.trim().split(/\s+/).length < 2 || !hasFiniteVerb(after)) return null;
  // "… and, the agency said, will begin …", "The bridge, officials say, will reopen": the inset
  // sat inside one clause, closed up with a space. "…, the utility said, and schools …": a second
  // clause keeps the comma before its "and".
  // "…, NASA said, and will spend …": a second verb of the same subject closes up too.
  const [first, second] = tagged(after);
  const inside =
    /\b(?:and|or|but)$/i.test(before.trim()) ||
    ['VERB', 'AUX'].includes(first?.pos ?? '') ||
    (/^(?:and|or|but)$/i.test(first?.text ?? '') && ['VERB', 'AUX'].includes(second?.pos ?? ''));
  return {
    clause: `${before.replace(/\s+$/, '')}${inside ? ' ' : ', '}${after}`,
    verb: /confirm/i.test(inset[2]!) ? 'confirmed' : 'said',
  };
}
