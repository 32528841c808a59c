/**
 * What a sum or a share set before its noun is OF, told with the noun: "a $500,000 purchase of
 * Bitcoin" → "the amount of the purchase of Bitcoin", "a 55-percent stake in its Financial & Risk
 * unit" → "the size of the stake in Thomson Reuters' Financial & Risk unit". The noun alone ("the
 * amount of the purchase", "the size of the stake") says not which one a reader should look for
 * (review 19 found "a figure" and bare nouns on real copy). The complement is one short phrase after
 * "of", "in", "for" or "with", ended by a comma or the next preposition or clause word, its last word a
 * noun; an "its" or "their" in it is the name the sentence opens on (possessive-owner.ts's reading),
 * and without such a name the complement is left out rather than told with a pronoun.
 */
import { openingName } from './possessive-owner';
import { modifies, tagged } from './topics';

const COMPLEMENT =
  /^\s*(of|in|for|with)\s+((?:(?:the|its|their|a|an)\s+)?(?:[\p{L}\p{N}&'’.-]+\s+){0,4}?[\p{L}\p{N}'’-]+)(?=\s*[,;.:()]|\s+(?:to|from|by|that|which|who|in|at|on|for|with|and|after|before|as|when|while|bringing|making|giving|worth|valued|under|over|last|next|this|earlier|later|each|every|per)\b|\s*$)/u;

/** " of Bitcoin" for the words right after a figure's noun, or ''. */
export function complementOf(rest: string, sentence: string): string {
  const m = COMPLEMENT.exec(rest);
  if (!m) return '';
  const phrase = m[2]!;
  const tags = tagged(phrase);
  if (
    !['NOUN', 'PROPN'].includes(tags.at(-1)?.pos ?? '') ||
    tags.some((t, k) => t.pos === 'AUX' || (t.pos === 'VERB' && !modifies(tags, k)))
  )
    return '';
  const pronoun = /^(its|their)\s/i.exec(phrase);
  if (!pronoun) return ` ${m[1]} ${phrase}`;
  const owner = openingName(sentence);
  if (!owner) return '';
  return ` ${m[1]} ${owner}${/s$/.test(owner) ? '’' : '’s'} ${phrase.slice(pronoun[0].length)}`.replace(/’/g, "'");
}
