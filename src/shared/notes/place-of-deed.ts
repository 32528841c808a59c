/**
 * A place set after a deed and its object ("Republicans postponed the vote in the Senate",
 * "crews closed the bridge at Elm Ford") says where THAT deed was done: the nearest verb before the
 * place, not the sentence's main clause ("his comments came just before …"). The correction asks it
 * so: "misstated where Republicans postponed the vote. It was in the House, not the Senate."
 */
import { tagged } from './topics';
import { lowerOpening } from './names';
import { speechVerbs } from './speech-verbs';

/** Prepositions that set a place after a deed. */
const PLACE_PREPOSITION = /^(?:in|at)$/i;
/** Words that open a clause: the subject starts after them (a verb of saying opens what was said). */
const OPENER = new RegExp(
  String.raw`^(?:before|after|while|as|since|until|when|where|because|and|but|that|though|although|if|once|${speechVerbs('said', 'says', 'told', 'reported', 'announced', 'added')})$`,
  'i',
);
/** Pronouns a note cannot stand on alone as the doer. */
const PRONOUN = /^(?:it|they|he|she|we|i|you|this|that)$/i;

export interface PlaceOfDeed {
  /** "where Republicans postponed the vote". */
  what: string;
  /** "in the House": the place with its preposition and article, as the sentence gives them. */
  right: string;
  past: boolean;
}

/** Where the nearest deed before `place` was done, or null when the sentence is no such shape. */
export function placeOfDeed(sentence: string, place: string): PlaceOfDeed | null {
  const tokens = tagged(sentence);
  const words = tokens.map((t) => t.text);
  const first = place.split(/\s+/)[0]!;
  const at = words.findIndex((w, k) => w === first && place.split(/\s+/).every((p, j) => words[k + j] === p));
  if (at < 2) return null;
  // "in the Senate": the preposition, an article perhaps, then the place.
  let prep = at - 1;
  const article = /^the$/i.test(words[prep]!) ? 'the ' : '';
  if (article) prep--;
  if (prep < 1 || !PLACE_PREPOSITION.test(words[prep]!)) return null;
  // Back over the deed's object (an article, modifiers and a noun, at most four words) to its verb.
  let v = prep - 1;
  const object: string[] = [];
  while (v >= 0 && object.length < 4 && ['NOUN', 'DET', 'ADJ', 'NUM'].includes(tokens[v]!.pos) && !/[,;:]/.test(words[v]!)) {
    object.unshift(words[v]!);
    v--;
  }
  if (v < 1 || tokens[v]!.pos !== 'VERB' || !/ed$/.test(words[v]!) || !object.length || tokens[prep - 1]!.pos !== 'NOUN') return null;
  // The doer: a name or a plural noun right before the verb, with an article if it has one.
  let s = v - 1;
  const doer: string[] = [];
  while (s >= 0 && doer.length < 3 && ['PROPN', 'NOUN', 'DET', 'ADJ'].includes(tokens[s]!.pos) && !OPENER.test(words[s]!)) {
    doer.unshift(words[s]!);
    s--;
  }
  // The doer opens its clause: the sentence's start, or a word that opens one.
  if (!doer.length || (s >= 0 && !OPENER.test(words[s]!) && !/^[,;:]$/.test(words[s]!))) return null;
  if (doer.length === 1 && PRONOUN.test(doer[0]!)) return null;
  // ("The council", "Workers" opening the sentence are "the council", "workers": names.ts's reading.)
  const who = s < 0 ? lowerOpening(doer.join(' '), sentence) : doer.join(' ');
  return { what: `where ${who} ${words[v]} ${object.join(' ')}`, right: `${words[prep]!.toLowerCase()} ${article}${place}`, past: true };
}
