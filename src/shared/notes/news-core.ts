/**
 * A news clause too long to tell without pasting, told by its core. Judges refused the vague note
 * ("Details on the son.", "Details on the organization's total membership.") the writer fell back
 * to when the added line's one clause ran longer than the copying check lets a note copy (grammar.ts
 * COPIED_RUN): "his son was sentenced Wednesday afternoon to four years in prison, 2½ years less than
 * he received …" or "the new inductees will bring the organization's total membership to 1,278,
 * including 60 from Taiwan". The news is in the clause's core — its subject, its verb, the object and
 * the figure — and the rest only describes it, so the core is built from the clause's structure:
 *
 * 1. the main clause before the tail set off after its first comma or dash (", 2½ years less than
 *    …", ", including 60 from Taiwan", ", however …"), when what is left is a whole clause;
 * 2. that clause without its adverbs of manner and degree ("further", "even", "also") and the weekday
 *    the event fell on ("Wednesday afternoon": the note carries its own date), words a reader of the
 *    note does not need and which only tie the telling to the article's wording;
 * 3. the verb and its object alone (said-news.ts `verbAndObject`).
 *
 * Every candidate is still judged by the same note check by the caller; the check is never loosened.
 */
import { NEAR_DAY, PART_OF_DAY, WEEKDAY } from './weekdays';
import { AHEAD } from './leaning-words';
import { lemmaOf } from './opposites';
import { verbAndObject } from './said-news';
import { SPEECH_VERB_WORDS } from './speech-verbs';
import { hasFiniteVerb, printedTokens, tagged } from './topics';

/** The fewest words a core may have: a subject, a verb and what it acts on. */
const CORE_WORDS = 4;
/** Where the tail after the main clause opens: a comma or a dash, never a figure's comma ("3,000"). */
const TAIL = /,(?!\d{3})\s|\s[–—-]\s/u;
/**
 * Adverbs that only qualify a verb's degree or add to the copy before: "further", "even", "also".
 * Never a word of sourcing ("reportedly", "officially", "allegedly"): without it an unconfirmed
 * report would read as fact.
 */
const QUALIFYING_ADVERB = /^(?:further|even|also|additionally|subsequently|ultimately|eventually|now|then|since)$/i;
/** The weekday an event fell on, with its part of the day: "Wednesday afternoon", "on Monday", "late Friday". */
const EVENT_DAY = new RegExp(
  String.raw`\s+(?:(?:on|late|early|earlier|later)\s+)?(?:${WEEKDAY}|${NEAR_DAY})(?:\s+${PART_OF_DAY})?(?![\p{L}'’-])`,
  'giu',
);
/** What a whole clause may end on: a noun, a name, a figure, an adjective or an adverb (not a function word or a bare verb). */
const CLOSING = ['NOUN', 'PROPN', 'NUM', 'ADJ', 'ADV', 'PRON'];

/** Is the clause's main verb a verb of saying? */
function saying(clause: string): boolean {
  const verb = tagged(clause).find((t) => t.pos === 'VERB');
  return !!verb && SPEECH_VERB_WORDS.includes(verb.lower);
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Is the text a whole clause: a finite verb, enough words, closed on a word that needs nothing after it? */
function wholeClause(text: string): boolean {
  const tokens = tagged(text).filter((t) => t.pos !== 'PUNCT');
  return wordCount(text) >= CORE_WORDS && hasFiniteVerb(text) && CLOSING.includes(tokens.at(-1)?.pos ?? '');
}

/** The main clause before the tail set off after its first comma or dash; '' when there is none or it is no whole clause. */
export function beforeTail(clause: string): string {
  const at = TAIL.exec(clause);
  if (!at) return '';
  const head = clause.slice(0, at.index).trim();
  return wholeClause(head) ? head : '';
}

/**
 * The clause without its qualifying adverbs and the weekday its event fell on: "have further been
 * charged with" → "have been charged with", "was sentenced Wednesday afternoon to" → "was sentenced
 * to". A weekday that is the clause's subject or owner ("Monday's vote") stays; '' when nothing goes.
 */
export function withoutAdjuncts(clause: string): string {
  // (A time set ahead keeps its day: "the council will vote Tuesday" is news for its day; leaning-words.ts.)
  const dayless = AHEAD.test(clause)
    ? clause
    : clause.replace(EVENT_DAY, (m, offset: number, whole: string) => (/^['’]s\b/.test(whole.slice(offset + m.length)) ? m : ''));
  const tokens = tagged(dayless);
  // (An adverb the clause ends on may be what it tells, "is back now"; only one inside its verb
  // group goes, whatever its tag: "have further been charged" reads "further" as an adjective.)
  const inVerb = (k: number) => ['AUX', 'VERB'].includes(tokens[k - 1]?.pos ?? '') || ['AUX', 'VERB'].includes(tokens[k + 1]?.pos ?? '');
  const kept = tokens.filter((t, k) => !(QUALIFYING_ADVERB.test(t.lower) && k > 0 && k < tokens.length - 1 && inVerb(k)));
  const told = printedTokens(kept);
  return told !== clause && wholeClause(told) ? told : '';
}

/**
 * Verbs whose object an infinitive completes, read by their lemma so every form counts ("urged the
 * council to approve", "forced the company to repay", "asked the court to stop").
 */
const OBJECT_AND_INFINITIVE = new Set(
  'order ask tell urge allow force require encourage persuade invite permit enable help want expect cause lead get push press pressure direct instruct compel call'.split(
    ' ',
  ),
);

/**
 * The clause without the infinitive of purpose after its object: "would launch a marketing campaign
 * | to make people more aware of the scheme" → "would launch a marketing campaign". Only after a
 * common noun whose verb takes no infinitive of its own ("ordered Morsi to pay" keeps it); '' when none.
 * (reckoned-asides.ts' `withoutPurpose` is the event reader's cut, only after a place the deed went
 * to; this one cuts a news core to its length, so it may go after an object too.)
 */
export function withoutPurpose(clause: string): string {
  const tokens = tagged(clause);
  const verb = tokens.findIndex((t) => t.pos === 'VERB');
  if (verb < 0 || OBJECT_AND_INFINITIVE.has(lemmaOf(tokens[verb]!.text))) return '';
  const at = tokens.findIndex((t, k) => k > verb + 1 && t.lower === 'to' && tokens[k - 1]!.pos === 'NOUN' && tokens[k + 1]?.pos === 'VERB');
  if (at < 0) return '';
  const told = printedTokens(tokens.slice(0, at));
  return wholeClause(told) ? told : '';
}

/** Prepositions that open a phrase describing the noun before them ("water levels in all areas"). */
const DESCRIBING = /^(?:in|at|on|from|across|near|around|within|throughout)$/;

/**
 * The clause with its subject told by its head: "water levels in all areas are showing a downward
 * trend" → "water levels are showing a downward trend". Only a describing phrase of the subject goes,
 * and never one with a figure or a name in it ("residents in Ward 3", "staff at Mercy Hospital"):
 * the object's phrases ("charged with possession of articles | for use in terrorism") may be the news.
 * '' when none goes.
 */
export function withSubjectHead(clause: string): string {
  const tokens = tagged(clause);
  // (The verb in lower case: a name's word the tagger reads as a verb, "Ward 3", is no verb.)
  const verb = tokens.findIndex((t) => (t.pos === 'VERB' || t.pos === 'AUX') && /^\p{Ll}/u.test(t.text));
  const at = tokens.findIndex((t, k) => k > 0 && k < verb && DESCRIBING.test(t.lower) && tokens[k - 1]!.pos === 'NOUN');
  if (at < 0) return '';
  // (Only a phrase of common words: a capital or a figure names which one.)
  const phrase = tokens.slice(at + 1, verb);
  if (!phrase.some((t) => t.pos === 'NOUN') || phrase.some((t) => /^\p{Lu}|\d/u.test(t.text) || ['PUNCT', 'VERB', 'PRON'].includes(t.pos)))
    return '';
  const told = printedTokens([...tokens.slice(0, at), ...tokens.slice(verb)]);
  return wholeClause(told) ? told : '';
}

/** The core tellings of a long clause, fullest first; each is for the caller's note check to judge. */
export function coreTellings(clause: string): string[] {
  const head = beforeTail(clause);
  const out: string[] = [];
  for (const base of [head, clause].filter(Boolean)) {
    if (base !== clause) out.push(base);
    const bare = withoutAdjuncts(base);
    if (bare) out.push(bare);
    // ("charged with possession | of articles for use in terrorism": "of" binds its noun, and a cut
    // before it tells another charge.)
    const from = bare || base;
    const core = verbAndObject(from);
    if (core && wholeClause(core) && !/^\s+of\s/i.test(from.slice(core.length))) out.push(core);
    const purposeless = withoutPurpose(from);
    if (purposeless) out.push(purposeless);
    const headed = withSubjectHead(from);
    if (headed) out.push(headed);
  }
  // (A verb of saying told without what was said, "has confirmed to Cyclingnews", tells nothing.)
  return [...new Set(out)].filter((c) => c !== clause && !saying(c));
}
