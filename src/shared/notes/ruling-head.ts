/**
 * A court's ruling told at a note's length: "the appeals court ruled that the city's ban on
 * short-term rentals in the harbor district did not violate …" runs past what a note can carry, and
 * a cut from the end would lose what the court decided. The ruling's head is kept: the subject of
 * what was ruled loses the phrase that says which one ("the city's ban on short-term rentals in the
 * harbor district" → "the city's ban"), as a copy chief trims it; the story says which ban.
 */
import { tagged } from './topics';

/** Who rules, then the verb of ruling and "that": "the state appeals court ruled that". */
const RULED_THAT =
  /^((?:\S+\s+){0,8}?(?:court|judge|justices|panel|tribunal|jury|regulator|commission|arbitrator)\s+(?:\S+\s+){0,2}?(?:ruled|found|held|decided|concluded|determined)\s+that\s+)(.+)$/iu;

/** Prepositions that open which one a noun is ("ban on …", "rules for …", "law against …"). */
const WHICH_ONE = /^(?:on|of|in|for|against|over|to|at|from|about)$/i;

/**
 * The clause with the subject of its ruling cut to its head noun phrase; unchanged unless a court's
 * "ruled that" opens it and that subject has such a phrase before its verb. Never cuts a name.
 */
export function rulingHead(clause: string, most: number): string {
  const m = RULED_THAT.exec(clause);
  if (!m || clause.split(' ').length <= most) return clause;
  const head = whichOneCut(m[1]!, m[2]!);
  // Still over length: the law or the forum the ruling rests on, closing the clause, goes too
  // ("… did not violate the owners' rights | under the state constitution"); what was ruled stays whole.
  if (head.split(' ').length <= most) return head;
  const basis = /\s+(?:under|in|within|before|during)\s+(?:the|a|an|its|their)\s+[^,;:]{3,60}$/.exec(head);
  const cut = basis ? head.slice(0, basis.index) : head;
  return basis && !/\b(?:not|never|no|only|until|unless)$/i.test(cut) ? cut : head;
}

/** "the city's ban on short-term rentals in the harbor district did …" → "the city's ban did …", after `opening`. */
function whichOneCut(opening: string, object: string): string {
  const clause = `${opening}${object}`;
  const words = object.split(' ');
  const pos = wordTags(object, words);
  if (!pos) return clause;
  // The ruled clause's verb: an auxiliary, or a verb right after a noun.
  const verb = pos.findIndex((p, k) => p === 'AUX' || (p === 'VERB' && ['NOUN', 'PROPN', 'PRON', 'NUM'].includes(pos[k - 1] ?? '')));
  if (verb < 3 || words.slice(0, verb).some((w) => /[,;:]$/.test(w) || /^(?:that|which|who|whose|whom)$/i.test(w))) return clause;
  // The first preposition after the subject's head noun; a name after it says which one and stays.
  const at = words.findIndex((w, k) => k >= 2 && k < verb && WHICH_ONE.test(w) && pos[k - 1] === 'NOUN');
  if (at < 0 || words.slice(at, verb).some((w) => /^\p{Lu}/u.test(w))) return clause;
  return `${opening}${[...words.slice(0, at), ...words.slice(verb)].join(' ')}`;
}

/** One tag per word, the word's last token's ("city's" → NOUN by "city", "short-term" → NOUN); null when tokens and words do not line up. */
export function wordTags(text: string, words: string[]): string[] | null {
  const tokens = tagged(text);
  const out: string[] = [];
  let t = 0;
  for (const word of words) {
    let built = '';
    let last = '';
    while (t < tokens.length && built.length < word.length) {
      built += tokens[t]!.text;
      if (tokens[t]!.pos !== 'PUNCT' && tokens[t]!.pos !== 'PART') last = tokens[t]!.pos;
      t++;
    }
    if (built !== word) return null;
    out.push(last);
  }
  return out;
}
