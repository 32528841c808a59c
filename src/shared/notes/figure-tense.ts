/**
 * Whether a corrected figure is a thing of the past, read from the verb that governs it in its
 * clause, so the right fact says "It was $1.2 million" after "The city paid $1.2 million for the land
 * in 2019" and "It was 41%" after "Turnout last year was 41%", never "It is". By structure (wink-nlp's
 * tags): the verb right before the figure, over its qualifiers and determiners ("about", "a", "$"),
 * with its auxiliaries. A past form ("was", "paid", "had risen") is past; a perfect with "has" or
 * "have" ("has burned 1,200 acres"), a passive ("was sentenced to 21 years": the term stays so), and
 * anything with "will" or a present form is not. A figure no verb governs ("revenue of $4 billion",
 * "a 9,500-capacity hall") is left as the caller tells it.
 */
import { tagged } from './topics';
import { isIrregularPast } from './past-forms';
import { BETWEEN } from './counting-clause';

/** True when the verb governing `figure` in `sentence` is told in the past. */
export function figureIsPast(sentence: string, figure: string): boolean {
  const tags = tagged(sentence);
  // ("41%" and "$1.2" are tagged as the sign and the number apart.)
  const first = figure
    .split(/\s+/)[0]!
    .replace(/^[$€£]|%$/g, '')
    .toLowerCase();
  const at = tags.findIndex((t) => t.lower === first);
  // ("a 9,500-capacity hall": a figure hyphened into a modifier is the thing's lasting measure, no deed's.)
  if (at < 1 || tags[at + 1]?.text === '-') return false;
  let v = at - 1;
  while (v > 0 && (BETWEEN.test(tags[v]!.lower) || tags[v]!.pos === 'DET' || tags[v]!.pos === 'SYM')) v--;
  // ("followed Harry Brook's incendiary 186": a name's possessive before the figure stands between it and its verb.)
  const owner = tags.slice(Math.max(0, v - 2), v + 1).findIndex((t) => t.pos === 'PART' && /^['’]s?$/.test(t.text));
  if (owner >= 0) {
    v = Math.max(0, v - 2) + owner - 1;
    while (v > 0 && tags[v]!.pos === 'PROPN') v--;
  }
  // ("had expanded its program with a $500,000 purchase": a figure a preposition takes is of its clause's time.)
  if (tags[v]!.pos === 'ADP') return clauseIsPast(tags, v);
  const verb = tags[v]!;
  if (verb.pos !== 'VERB' && verb.pos !== 'AUX') return false;
  // The verb's auxiliaries ("has burned", "had risen", "will cost"): the first of them sets the tense.
  let g = v;
  while (g > 0 && ['AUX', 'PART'].includes(tags[g - 1]!.pos)) g--;
  const lead = tags[g]!.lower;
  if (/^(?:has|have|will|would|is|are|am|can|may|must|shall|should|could|do|does)$/.test(lead)) return false;
  // ("was sentenced to 21 years": a passive gives its subject a figure that stays so; "was 41%" is past.)
  // ("was going 40 mph": a progressive is a deed then, not a passive.)
  if (/^(?:was|were)$/.test(lead) && g < v && !/ing$/.test(verb.lower)) return false;
  if (/^(?:was|were|had|did)$/.test(lead)) return true;
  // (A verb of saying before the figure opens a reported clause: it says nothing of the figure's time.)
  if (/^(?:said|told|reported|announced|estimated)$/.test(verb.lower)) return false;
  // ("but capped at $604 a week": a past form with no subject before it is a participle, no deed done.)
  if (!['NOUN', 'PROPN', 'PRON'].includes(tags[v - 1]?.pos ?? '')) return false;
  return /\p{Ll}ed$/u.test(verb.lower) || isIrregularPast(verb.lower);
}

/**
 * The time of the clause a preposition before the figure stands in: the nearest verb before it,
 * with no comma between, told by its first auxiliary ("had expanded" is past, "has expanded" is not).
 */
function clauseIsPast(tags: ReturnType<typeof tagged>, from: number): boolean {
  let v = from - 1;
  while (v >= 0 && tags[v]!.pos !== 'VERB' && tags[v]!.pos !== 'AUX' && tags[v]!.pos !== 'PUNCT') v--;
  if (v < 0 || tags[v]!.pos === 'PUNCT') return false;
  let g = v;
  while (g > 0 && ['AUX', 'PART'].includes(tags[g - 1]!.pos)) g--;
  const lead = tags[g]!.lower;
  if (/^(?:has|have|will|would|is|are|am|can|may|must|shall|should|could|do|does|to)$/.test(lead)) return false;
  if (/^(?:had|did)$/.test(lead) || (/^(?:was|were)$/.test(lead) && g === v)) return true;
  // (A past form with its subject before it: "The city bought the lot for $1 million".)
  if (g === v && ['NOUN', 'PROPN', 'PRON'].includes(tags[v - 1]?.pos ?? '') && !/^(?:said|told|reported|announced)$/.test(tags[v]!.lower))
    return /\p{Ll}ed$/u.test(tags[v]!.lower) || isIrregularPast(tags[v]!.lower);
  return false;
}

/** "the share of its flights that had been canceled": a measure's phrase that ends on a deed told in the past. */
export function phraseIsPast(what: string): boolean {
  return /\b(?:had been|was|were)\s+\p{Ll}+$/u.test(what);
}
