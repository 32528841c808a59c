/**
 * A cut inside a second joined clause: "the crash was cleared and the highway | was reopened by
 * 1 p.m." Cut after "the highway", the note says the highway was cleared, or nothing at all: the
 * second clause lost its verb and with it its news. A clause joined by "and", "but" or "or" must
 * keep its verb, or go whole ("the crash was cleared"). A noun joined to a noun ("the crash and
 * the fire | were put out") opens no clause: the words after the join reach no verb of their own
 * before the cut, and the first part has no verb either.
 */
import { speechVerbs } from './speech-verbs';
import { tagged } from './topics';
import { objectAwaitsComplement } from './object-complements';

const JOIN = /^(?:and|but|or|yet)$/i;
const isVerb = (pos: string) => pos === 'VERB' || pos === 'AUX';

/** Does the cut keep a joined clause's subject but not its verb? `kept` is the cut, `words` the whole clause. */
export function cutsJoinedClause(kept: string[], words: string[]): boolean {
  const at = kept.findLastIndex((w) => JOIN.test(w));
  if (at < 1) return false;
  const before = kept.slice(0, at).join(' ');
  const tail = kept.slice(at + 1);
  if (!tail.length || !tagged(before).some((t) => isVerb(t.pos))) return false;
  if (tagged(tail.join(' ')).some((t) => isVerb(t.pos))) return false;
  // Only when the words after the join go on to a verb of their own: a clause begun, not a list.
  const rest = words.slice(at + 1);
  const stop = rest.findIndex((w) => /[,;:]$/.test(w));
  // The join is a clause's only when its subject goes straight to that verb ("and the highway
  // was"); "between Port Allen and Milford after a section … washed out" joins two places.
  return subjectThenVerb(rest.slice(0, stop < 0 ? rest.length : stop + 1).join(' '));
}

/** Words a subject is made of: "the Vale Road bridge", "all lanes of travel", "crews". */
const SUBJECT_PART = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART']);

/**
 * Does the clause open on its subject and go straight to its verb ("the highway was reopened",
 * "all lanes of travel are open")? Not when a preposition or a clause of time stands between
 * ("Milford after a section of the road washed out"), nor when the "verb" follows a determiner
 * with no noun, where it is a noun read as a verb ("the forward progress of a fire").
 */
function subjectThenVerb(clause: string): boolean {
  const tokens = tagged(clause);
  const v = tokens.findIndex((t) => isVerb(t.pos));
  // A capital mid-name is no verb: "Dace Falls", "Twin Oaks".
  if (v < 1 || /^\p{Lu}/u.test(tokens[v]!.text)) return false;
  const subject = tokens.slice(0, v);
  if (!subject.every((t) => SUBJECT_PART.has(t.pos) || t.lower === 'of')) return false;
  return ['NOUN', 'PROPN', 'PRON', 'NUM'].includes(subject.at(-1)!.pos);
}

/**
 * Where "and" or "but" with no comma joins two whole clauses: "The crash was cleared and the
 * highway was reopened by 1 p.m." Each side has its own subject and verb, so each is news of its
 * own, told as two. Joined verbs of one subject ("Police stopped the car and arrested the driver")
 * and joined nouns ("The driver and a passenger were hurt") are one clause: `readsAsClause` (the
 * caller's test that a clause opens on its subject) and a verb before the join keep them whole.
 * The offset of the join's start and its length, or null.
 */
export function bareJoin(
  sentence: string,
  hasVerb: (text: string) => boolean,
  readsAsClause: (text: string) => boolean,
): { at: number; length: number } | null {
  for (const m of sentence.matchAll(/\s+(?:and|but)\s+(?!(?:then|also|that|which|who)\b)/g)) {
    const left = sentence.slice(0, m.index);
    const right = sentence.slice(m.index + m[0].length).replace(/[.!?]+$/, '');
    if (left.split(/\s+/).length < 3 || right.split(/\s+/).length < 3) continue;
    // "between Orlin and Dace Falls": the join is inside the span, not between clauses.
    if (/\bbetween\s+(?:\S+\s+){0,3}\S+$/i.test(left)) continue;
    // A speaker's "said" on the left owns both: "Police said the road was shut and the bridge was out".
    if (
      new RegExp(
        String.raw`\b(?:${speechVerbs('said', 'says', 'say', 'told', 'added', 'announced', 'confirmed', 'reported')}|according)\b`,
        'i',
      ).test(left)
    )
      continue;
    // "ordered Ana Reyes and Tom Hale held without bail": two objects sharing one complement (object-complements.ts).
    if (objectAwaitsComplement(left)) continue;
    // The right side must open on a determiner or a name, as a subject does, not on a pronoun that
    // could be an object of the left's verb ("… and him").
    if (!/^(?:the|a|an|its|their|all|both|some|no|\p{Lu})/u.test(right)) continue;
    // Each side its own subject and verb; the right read only to its first comma, where an
    // aside or another place may begin ("… and S, smacked into the tree").
    const rightClause = right.split(/[,;:]/)[0]!;
    if (!subjectThenVerb(left) || !subjectThenVerb(rightClause)) continue;
    if (hasVerb(left) && readsAsClause(rightClause)) return { at: m.index, length: m[0].length };
  }
  return null;
}
