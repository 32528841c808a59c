/**
 * The clause a counted thing is the object of: "its shelter housed 14 people" → "the shelter housed",
 * "the bridge, which carries about 40,000 vehicles a day" → "the bridge carries", "Firefighters rescued
 * three residents" → "firefighters rescued". With the noun the figure counts it tells what the count is
 * ("the number of people the shelter housed") where the noun alone ("the number of people") names no
 * object. Read by structure (wink-nlp's tags), not by words: the verb right before the figure (its
 * qualifiers and determiners between), then the subject that verb has, back to the clause's edge — a
 * relative "which"/"that"/"who" stands for the noun phrase before its comma. '' when the figure is
 * no verb's object, the verb is one of saying, or the subject is a bare pronoun or too long to tell.
 */
import { tagged } from './topics';

type Token = ReturnType<typeof tagged>[number];

/** Words between a verb and the figure it takes: qualifiers and determiners ("about", "some", "a"). */
export const BETWEEN =
  /^(?:about|around|some|roughly|nearly|almost|approximately|at|least|most|more|than|over|under|up|to|only|just|a|an|the|another|an|estimated|fewer|less|as|many|much|precisely|exactly|close)$/;
/** Verbs of saying and thinking: a figure after them opens a reported clause, it is no object. */
const SAYING =
  /^(?:said|says|say|told|tells|reported|reports|announced|estimated|estimates|believed|believes|thinks|thought|expects|expected)$/;
/** Words that open a clause: the subject stops at them. */
const EDGE = /^(?:that|and|but|or|because|after|before|when|while|since|although|though|if|as|where)$/;
/** Relative pronouns whose antecedent is the noun phrase before them. */
const RELATIVE = /^(?:which|that|who)$/;
const OWNER = /^(?:its|their|his|her|our)$/;

/** The tokens of the noun phrase that ends at `end` (inclusive), back to a determiner or the clause edge. */
function phraseEndingAt(tags: Token[], end: number): Token[] {
  let s = end;
  while (s > 0) {
    const t = tags[s - 1]!;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || EDGE.test(t.lower)) break;
    if (t.pos === 'PRON' && !OWNER.test(t.lower)) break;
    s--;
    if (t.pos === 'DET' || OWNER.test(t.lower)) break;
  }
  return tags.slice(s, end + 1);
}

/** "its shelter at Linwood School" → "the shelter": a prepositional phrase (other than "of") dropped, an owner pronoun made "the". */
function subjectWords(phrase: Token[]): string {
  const cut = phrase.findIndex((t, k) => k > 0 && t.pos === 'ADP' && t.lower !== 'of');
  const kept = cut > 0 ? phrase.slice(0, cut) : phrase;
  const last = kept.at(-1);
  if (!last || !['NOUN', 'PROPN'].includes(last.pos)) return '';
  // Always a possessive to keep ("the city's"): only "its"/"their" turn into "the".
  return kept
    .map((t, k) => (k === 0 && OWNER.test(t.lower) ? 'the' : k === 0 && t.pos === 'DET' ? t.lower : t.text))
    .join(' ')
    .replace(/\s+(['’]s?)\b/g, '$1');
}

/** "the shelter housed" for the figure in "its shelter … housed 14 people"; '' when no clause governs it. */
export function countingClause(sentence: string, figure: string): string {
  const tags = tagged(sentence);
  const at = tags.findIndex((t) => t.text === figure || t.lower === figure.toLowerCase());
  if (at < 1) return '';
  let v = at - 1;
  while (v > 0 && (BETWEEN.test(tags[v]!.lower) || tags[v]!.pos === 'DET')) v--;
  const verb = tags[v]!;
  // ("Firefighters rescued three": a past tense after the subject the tagger may read as a noun;
  // "The council has 12 members": "has" before its object is the verb, not an auxiliary.)
  const past = verb.pos === 'NOUN' && /ed$/.test(verb.lower) && ['NOUN', 'PROPN'].includes(tags[v - 1]?.pos ?? '');
  const having = verb.pos === 'AUX' && /^(?:has|have|had)$/.test(verb.lower);
  if ((verb.pos !== 'VERB' && !past && !having) || SAYING.test(verb.lower) || /ing$/.test(verb.lower)) return '';
  // The verb's group: its auxiliaries, "not" and adverbs before it ("has now employed").
  let g = v;
  while (g > 0 && ['AUX', 'PART', 'ADV'].includes(tags[g - 1]!.pos)) g--;
  // (An adverb in the group is no part of what is counted: "only shows" → "shows"; "not" stays.)
  const group = tags
    .slice(g, v + 1)
    .filter((t) => t.pos !== 'ADV' || /^(?:not|never|n't)$/.test(t.lower))
    .map((t) => t.lower);
  if (g === 0) return '';
  let end = g - 1;
  // "The startup, founded in Austin, employs": an aside between commas stands between subject and verb.
  if (tags[end]!.text === ',') {
    let open = end - 1;
    while (open > 0 && tags[open]!.text !== ',') open--;
    end = open > 0 ? open - 1 : -1;
  }
  // "the bridge, which carries": the relative pronoun stands for the phrase before its comma.
  const relative = tags[end]!.pos === 'PRON' && RELATIVE.test(tags[end]!.lower);
  if (relative && tags[end - 1]?.text === ',') end -= 2;
  else if (relative) end -= 1;
  if (end < 0 || !['NOUN', 'PROPN'].includes(tags[end]!.pos)) {
    // "its shelter at Linwood Middle School housed": the phrase before the place it stands at.
    return '';
  }
  // Walk back over a prepositional phrase to the head it hangs from ("shelter at Linwood Middle School").
  let phrase = phraseEndingAt(tags, end);
  const before = tags[phrase[0] ? tags.indexOf(phrase[0]) - 1 : -1];
  // (A relative stands for the phrase right before it: "against the Cedar Ridge fire, which has burned".)
  if (before && before.pos === 'ADP' && before.lower !== 'of' && !relative) {
    const headEnd = tags.indexOf(before) - 1;
    if (headEnd >= 0 && ['NOUN', 'PROPN'].includes(tags[headEnd]!.pos)) phrase = phraseEndingAt(tags, headEnd);
  }
  const subject = subjectWords(phrase);
  if (!subject || subject.split(' ').length > 5) return '';
  return `${subject} ${group.join(' ')}`;
}
