/**
 * A clause lifted from the copy is printed after "when" or "where" only if it reads as a clause of
 * its own: a subject, then its verb. The clause readers cut a sentence at its value and read back,
 * and a cut in the wrong place used to reach the note as it fell: "where although another baby was
 * born" (a subordinator kept, so two clauses run into one), "when the the board" (no verb), "when
 * announced the plan" (a verb with no subject), "when the two countries signed" (a determiner or
 * preposition left before the verb). A copy chief would never print such a line; the reader declines
 * it and the caller tells the value by the plainer reading below it.
 */
import { tagged } from './topics';

type Token = ReturnType<typeof tagged>[number];

/** Words that open a clause inside a clause: kept in a lifted deed, they join two clauses into one. */
const SUBORDINATOR = /^(?:although|though|because|whereas|unless|whether|if|while|once|when|where|whenever|wherever)$/i;
/** What a subject may open on: an article, a name, a noun, a number, a modifier or a pronoun. */
const SUBJECT_OPENER = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'PRON']);
/** What may stand right before the subject's verb: the subject's last word or an adverb. */
const SUBJECT_END = new Set(['NOUN', 'PROPN', 'NUM', 'PRON', 'ADV', 'PART', 'ADJ']);

export function wellFormedDeed(deed: string): boolean {
  // ("At least 3 barns burned": a hedge on the subject's count opens it.)
  const subject = deed.replace(/^(?:at (?:least|most)|more than|fewer than|less than|up to|about|nearly|almost|only)\s+/i, '');
  const tokens = withMissedVerb(tagged(subject).filter((t) => t.pos !== 'PUNCT' || t.text === '-'));
  if (tokens.length < 2) return false;
  if (tokens.some((t) => SUBORDINATOR.test(t.text))) return false;
  if (!SUBJECT_OPENER.has(tokens[0]!.pos)) return false;
  // ("the ticketing startup is based": an "-ing" before a noun is its modifier, no verb.)
  const verb = tokens.findIndex(
    (t, k) => k > 0 && (t.pos === 'AUX' || (t.pos === 'VERB' && !(/ing$/.test(t.lower) && tokens[k + 1]?.pos === 'NOUN'))),
  );
  if (verb < 0) return false;
  const before = tokens[verb - 1]!;
  // ("the firm says it …": a verb right after the subject's pronoun or its last noun.)
  return SUBJECT_END.has(before.pos) || before.text === '-';
}

/**
 * "The Riverside Folk Festival returns to Corbin Park", "the ferry service moves to the pier": a
 * word in "-s" right after a name or a noun and before a preposition is that subject's verb, which
 * the tagger took for a plural noun. `strict` (a stretch read as a thing to date) takes it after a
 * name only: "the survey results in May" is a noun phrase; else a name's "-s" word that ends the
 * stretch is its verb too ("where Ruiz lives").
 */
export function verbTakenForNoun(tokens: Token[], k: number, strict = true): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (!t || !prev || t.pos !== 'NOUN' || !/^\p{Ll}{3,}s$/u.test(t.text) || /ss$/.test(t.text)) return false;
  if (!(prev.pos === 'PROPN' || (!strict && prev.pos === 'NOUN'))) return false;
  return strict
    ? ['ADP', 'DET'].includes(tokens[k + 1]?.pos ?? '')
    : tokens[k + 1]?.lower === 'to' || (prev.pos === 'PROPN' && k === tokens.length - 1);
}

/** A stretch holding such a verb is a clause, never a thing to date or place. */
export const verbReadAsNoun = (tokens: Token[]): boolean => tokens.some((_, k) => verbTakenForNoun(tokens, k));

/** The tagger's reading with such verbs read as verbs, when the stretch has no verb of its own. */
export function withMissedVerb(tokens: Token[]): Token[] {
  if (tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return tokens;
  return tokens.map((t, k) => (verbTakenForNoun(tokens, k, false) || verbTakenForNoun(tokens, k) ? { ...t, pos: 'VERB' } : t));
}
