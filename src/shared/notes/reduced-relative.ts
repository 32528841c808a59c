/**
 * "a payments startup based in Austin", "a man arrested in Corbin": a noun with a participle after
 * it is a relative clause with its "that is" left out, no clause of its own. Cut at the place, it used
 * to reach the note as "misstated where a payments startup based"; told whole it is "where the
 * payments startup is based". A participle of standing ("based", "located") still is; any other
 * was done ("where the man was arrested"). The clause unchanged when it has an auxiliary or ends
 * on no participle.
 */
import { isPluralNoun } from './plurals';
import { tagged } from './topics';

/** Participles that tell where a thing stands, not a deed done once. */
const STANDING = /^(?:based|located|headquartered|situated|housed|stationed|registered|incorporated)$/i;

export function reducedRelativeTold(clause: string): string {
  const tokens = tagged(clause);
  const last = tokens.at(-1);
  if (!last || tokens.length < 2 || !/^\p{Ll}+(?:ed|en)$/u.test(last.text)) return clause;
  const subject = tokens.slice(0, -1);
  // ("a ticketing startup": an "-ing" before a noun is its modifier, no verb.)
  const verbal = (t: (typeof tokens)[number], k: number) =>
    t.pos === 'AUX' || (t.pos === 'VERB' && !(/ing$/.test(t.lower) && subject[k + 1]?.pos === 'NOUN'));
  if (subject.some((t, k) => verbal(t, k) || t.pos === 'PUNCT' || t.pos === 'PRON')) return clause;
  if (!['NOUN', 'PROPN'].includes(subject.at(-1)!.pos) || !['DET', 'NOUN', 'ADJ', 'NUM', 'PROPN'].includes(subject[0]!.pos)) return clause;
  const noun = clause
    .slice(0, clause.length - last.text.length)
    .trim()
    .replace(/^(?:a|an)\s+/i, 'the ');
  const plural = isPluralNoun(subject.at(-1)!.text);
  const be = STANDING.test(last.text) ? (plural ? 'are' : 'is') : plural ? 'were' : 'was';
  return `${noun} ${be} ${last.text}`;
}
