/**
 * What keeps a clause from being an update's news, read from its structure (wink-nlp's tags). Judges
 * of real update notes refused three shapes the ranking told as news: a clause cut before what its
 * verb needs ("Mr. Na was unanimously voted" for "… voted as clerk of the board", "Ador clarified that
 * after further talks", "the suspect … shot"); an act of speaking told in place of what was said
 * ("Congressman Steve Cohen released the following statement", "the Lee family held a press
 * conference"); and a subject no sentence of the note names ("his father played 17 seasons …").
 * The ranking (ranked-news.ts) refuses or lowers them, and an older path's news part with one of these
 * faults gives way to the ranked clause.
 */
import nlp from 'compromise';
import { SPEECH_VERB_WORDS } from './speech-verbs';
import { hasFiniteVerb, tagged } from './topics';

/** A word that always needs what follows it: a function word, or an auxiliary with no verb after it. */
const FUNCTION_WORD = ['ADP', 'AUX', 'DET', 'CCONJ', 'SCONJ', 'PART'];
/** The conjunctions that open a reported or subordinate clause, which must then hold its own verb. */
const CLAUSE_OPENER = /^(?:that|whether|if)$/;
/**
 * After a verb, what its complement opens on: an object ("shot an officer") or a preposition it
 * governs ("voted as clerk", "shot at"); not an agent or a reason ("delayed by", "delayed over", "arrested for"), which may go.
 */
const COMPLEMENT = ['DET', 'NOUN', 'NUM', 'ADJ', 'PRON'];
const GOVERNED = /^(?:as|at|to|into|of|about|against)$/;

/**
 * A clause that ends before what its verb or its conjunction needs, read against the sentence it
 * was cut from (its tags there: "shot" alone reads as a noun): on a function word, on a verb whose
 * object or governed preposition follows in the sentence ("was unanimously voted" before "as clerk
 * of the board", "shot" before "at an officer"), or on a "that" clause with no verb of its own
 * ("clarified that after further talks"), or before "but" and the verb that tells how it turned out.
 * A verb the sentence ends on, or one followed only by when
 * or where ("was arrested" before "on Monday"), is whole.
 */
export function cutShort(clause: string, sentence = clause): boolean {
  const words = tagged(clause).filter((t) => t.pos !== 'PUNCT');
  const last = words.at(-1);
  if (!last) return true;
  const verbAt = words.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const opener = words.findIndex((t, k) => verbAt >= 0 && k > verbAt && CLAUSE_OPENER.test(t.lower));
  if (
    opener >= 0 &&
    !hasFiniteVerb(
      words
        .slice(opener + 1)
        .map((t) => t.text)
        .join(' '),
    )
  )
    return true;
  const full = tagged(sentence);
  const before = words.at(-2)?.lower;
  const spots = full.map((t, k) => (t.lower === last.lower ? k : -1)).filter((k) => k >= 0);
  const at =
    spots.find(
      (k) =>
        !before ||
        full
          .slice(0, k)
          .filter((t) => t.pos !== 'PUNCT')
          .at(-1)?.lower === before,
    ) ??
    spots.at(-1) ??
    -1;
  const read = at >= 0 ? full[at]! : last;
  // ("prompted Wallace to perk up": a verb's particle closes it.)
  // ("was his uncle's": a possessive's ending closes its noun.)
  const particle =
    /^['’]s$/.test(read.text) || (read.pos === 'ADP' && full[at - 1]?.pos === 'VERB' && (!full[at + 1] || full[at + 1]!.pos === 'PUNCT'));
  if (FUNCTION_WORD.includes(read.pos) && !particle) return true;
  const next = full[at + 1];
  // ("Kwak had initially faced dismissal" before "but received a reduced penalty": the outcome is after "but".)
  if (next?.lower === 'but' && full[at + 2]?.pos === 'VERB') return true;
  // ("lifted all orders for residents affected" before "by the fire": a participle after its noun,
  // past the clause's own verb, modifies the noun and needs nothing.)
  const modifier = full[at - 1]?.pos === 'NOUN' && words.slice(0, -1).some((w) => w.pos === 'VERB' || w.pos === 'AUX');
  if (read.pos !== 'VERB' || at < 0 || modifier) return false;
  return !!next && (COMPLEMENT.includes(next.pos) || (next.pos === 'ADP' && GOVERNED.test(next.lower)));
}

/** The nouns of an occasion for speaking: what is held, released or issued so that words are said. */
const SPEAKING_OCCASION = /^(?:statements?|conferences?|briefings?|remarks|speech(?:es)?|address|interview|announcement)$/;

/**
 * An act of speaking told as if it were the news: a verb of saying with nothing said after it
 * ("Ador clarified"), or a verb whose object is the occasion of speaking ("released the following
 * statement", "held a press conference"). What was said is the news, not that someone spoke.
 */
export function actOfSpeaking(clause: string): boolean {
  const tokens = tagged(clause);
  // The main verb: the first verb, or none where a copula comes first ("the road was back open with
  // no injuries reported" is a state, its "reported" a participle).
  const first = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const verbAt = tokens.findIndex((t, k) => k >= first && t.pos === 'VERB');
  if (first < 0 || verbAt < 0 || tokens.slice(first, verbAt).some((t) => t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART'))
    return false;
  const verb = tokens[verbAt]!;
  const rest = tokens.slice(verbAt + 1);
  if (
    SPEECH_VERB_WORDS.includes(verb.lower) &&
    tokens[verbAt - 1]?.pos !== 'AUX' &&
    !rest.some((t) => ['NOUN', 'PRON', 'NUM'].includes(t.pos)) &&
    !hasFiniteVerb(rest.map((t) => t.text).join(' '))
  )
    return true;
  // The object's head: the last noun of the phrase after the verb ("a press conference").
  const phrase = rest.slice(0, (rest.findIndex((t) => !['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos)) + 1 || rest.length + 1) - 1);
  const head = phrase.filter((t) => t.pos === 'NOUN').at(-1);
  return !!head && SPEAKING_OCCASION.test(head.lower);
}

/**
 * "The Lee family held a press conference …, urging the prosecution to appeal …": the occasion's
 * participle is what was said, told as the subject's own past deed ("the Lee family urged the
 * prosecution to appeal …"). Empty when the clause is no occasion with a participle after its comma.
 */
export function saidAtOccasion(clause: string): string {
  const m = /^(.+?),\s+(\p{Ll}+ing)\s+(.+)$/u.exec(clause);
  if (!m || !actOfSpeaking(m[1]!)) return '';
  const verb = tagged(m[1]!).find((t, k) => k > 0 && t.pos === 'VERB');
  const at = verb ? m[1]!.indexOf(` ${verb.text} `) : -1;
  if (at < 1) return '';
  const subject = m[1]!.slice(0, at);
  const past = pastOfParticiple(m[2]!);
  return past ? `${subject} ${past} ${m[3]}` : '';
}

/**
 * A verb of saying whose object is what was said or done by saying it, with no clause of its own
 * after it: "confirmed the deaths of …", "announced plans to acquire …", "urged the prosecution to
 * appeal …". It tells a deed, not a quotation, so it can be news as any deed is.
 */
export function sayingWithContent(clause: string): boolean {
  const tokens = tagged(clause);
  const verbAt = tokens.findIndex((t) => t.pos === 'VERB');
  const verb = tokens[verbAt];
  // ("told reporters": the object of telling is who heard it.)
  if (!verb || !SPEECH_VERB_WORDS.includes(verb.lower) || /^(?:told|tells?|telling)$/.test(verb.lower) || tokens[verbAt - 1]?.pos === 'AUX')
    return false;
  const next = tokens[verbAt + 1];
  if (!next || !['DET', 'NOUN', 'ADJ', 'NUM'].includes(next.pos)) return false;
  const rest = tokens.slice(verbAt + 1);
  // A verb after the object is only an infinitive ("plans to acquire") or a participle, never a clause's own.
  const ownVerb = rest.some((t, k) => t.pos === 'AUX' || (t.pos === 'VERB' && rest[k - 1]?.lower !== 'to' && !/ing$/.test(t.lower)));
  return !rest.some((t) => CLAUSE_OPENER.test(t.lower)) && !ownVerb && !actOfSpeaking(clause);
}

/** "demanding" → "demanded", "striking" → "struck": the past of a present participle, by its verb's own forms; '' when none reads. */
function pastOfParticiple(participle: string): string {
  const stem = participle.replace(/ing$/, '');
  // ("urging" from "urge", "stopping" from "stop": the stem as written, with its "e", or with a doubled consonant undone.)
  for (const verb of [participle, stem, `${stem}e`, stem.replace(/(\p{L})\1$/u, '$1')]) {
    const past = nlp(verb).verbs().toPastTense().text();
    if (past && past !== verb && !/ing$/.test(past) && !/\s/.test(past)) return past;
  }
  return '';
}

/** Pronouns standing as a subject or as its owner: "his father", "they", "its plan". */
const PRONOUN_OWNER = /^(?:his|her|their|its|our|my|your|he|she|they|it|we|i|you)$/i;

/**
 * A subject no sentence of the note names: a pronoun, or a noun owned by one ("his father", "their
 * coach"). Told alone, the reader asks whose.
 */
export function unnamedSubject(clause: string): boolean {
  const first = tagged(clause)[0];
  return !!first && PRONOUN_OWNER.test(first.lower);
}
