/**
 * A note's sentence that opens on "It", "He" or "She" must go on with the subject's verb: "It is 14,
 * not 12.", "She was 61.", "He now leads the unit." A right-fact sentence built from a cut clause
 * can lose its verb ("It cheese from the valley farms of …") and still open with a capital and end with a
 * stop; the grammar check turns it away here so a plainer telling is chosen. Only the third person
 * singular is read: its present takes "-s" and its past "-ed" or a known past form, so a verb is
 * told from a noun by its shape alone ("They" and "We" take bare verbs, which no shape tells apart).
 */
import { isIrregularPast } from './past-forms';

const SUBJECT = /^(?:It|He|She)$/;
/** Auxiliaries and modals: "It is", "She has", "He will". */
const AUXILIARY =
  /^(?:is|was|has|had|does|did|will|would|can|could|may|might|must|shall|should|isn't|wasn't|hasn't|hadn't|doesn't|didn't|won't|wouldn't|can't|couldn't|'s|’s)$/i;
/** Adverbs that may stand between the subject and its verb: "It now stands", "She also said". */
const BETWEEN = /^(?:now|also|still|only|never|already|since|then|later|first|once|previously|originally|actually|just|\p{Ll}+ly)$/iu;

/** The sentence's opening words when its subject pronoun has no verb after it, else ''. */
export function verblessPronounSubject(sentence: string): string {
  const words = sentence
    .replace(/[.!?]["”’)]?$/, '')
    .split(/\s+/)
    .map((w) => w.replace(/^[("“]+|[),;:"”]+$/g, ''))
    .filter(Boolean);
  if (!SUBJECT.test(words[0] ?? '')) return '';
  let k = 1;
  while (k < words.length && k < 3 && BETWEEN.test(words[k]!)) k++;
  const verb = words[k];
  if (!verb) return '';
  const lower = verb.toLowerCase();
  if (AUXILIARY.test(lower) || /^\p{Ll}+(?:s|ed)$/u.test(verb) || isIrregularPast(lower)) return '';
  return words.slice(0, k + 1).join(' ');
}
