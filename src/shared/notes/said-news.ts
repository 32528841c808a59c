/**
 * What a source said, read off the sentence's structure: the speaker (the subject before the verb of
 * saying), and the clause it reported, whole. "The Harbour Trust, which runs the pier, said Tuesday
 * that it would review how the fares were set, a spokeswoman told the Gazette" → speaker "The
 * Harbour Trust", clause "it would review how the fares were set".
 *
 * The clause compressor (news-clause.ts) reads many sentence shapes by their words; when it reads
 * none, the writer used to fall back to who spoke ("Additional comments from X") or to what the
 * line was about ("Details on X"), a label without the news. A reported clause is the news a
 * source added however its sentence opens ("In a statement Friday, …"), whatever the perfect or the
 * day set after its verb ("has said", "said on Thursday evening"), and whoever relayed it (", a
 * spokesman told …"). The clause keeps its tense, as the house's notes tell statements ("a
 * statement from Harlan Steel that it would appeal").
 */
import { curlyQuote } from '../text/smart-punctuation';
import { plainText } from './sentences';
import { printedTokens, tagged } from './topics';
import { DAY_OF_SAYING } from './day-phrases';
import { speechVerbs } from './speech-verbs';
import { sourceFromRaw, type Source } from './attribution';

export interface SaidNews {
  /** The subject that spoke, as the sentence names it: "the company", "Tarn Valley's fire chief". */
  speaker: string;
  /** What it said, whole: "it was behind the attack". */
  clause: string;
  /** The words were put out as a statement ("In a statement …", "said in a statement"). */
  statement: boolean;
}

/** A time set beside a verb of saying: "Tuesday", "on Thursday evening", "late Friday", "earlier today". */
const TIME = DAY_OF_SAYING;
/** The verbs that report a clause whole ("told" is read with whom it told, below). */
const REPORTING = speechVerbs('said', 'says', 'announced', 'confirmed', 'stated');
/** The verbs a relay closing the sentence uses. */
const RELAYING = speechVerbs('told', 'said', 'says', 'confirmed');
/** "In a statement Thursday evening, …": the words' channel opening the sentence. */
const CHANNEL_OPENING = new RegExp(
  String.raw`^(?:in|via)\s+(?:an?|its|their|his|her)\s+(?:\p{L}+\s+)?(statement|release|email|post|interview)(?:\s+(?:${TIME}|(?:on|to)\s+[^,]{1,30}))?,\s+`,
  'iu',
);
/** ", a spokesman for the journal told The Ledger", ", according to …": who relayed the words, closing the sentence. */
export const RELAY_TAIL = new RegExp(
  String.raw`,\s+(?:(?:an?|the|its|his|her|their)\s+[^,;"“”]{1,60}?\s+(?:${RELAYING})(?:\s+[^,;"“”]{1,40})?|according to\s+[^,;"“”]{1,60})$`,
  'iu',
);
/** A relative clause set after the subject: ", which published the study,". */
export const SUBJECT_RELATIVE = /,\s+(?:which|who)\s+[^,;"“”]{1,80},\s+/iu;
/** The verb of saying, with its perfect, its adverb, the day it was said and its channel. */
const SAYING = new RegExp(
  String.raw`\s+(?:(?:has|have|had)\s+)?(?:also\s+|now\s+|previously\s+)?(?:${REPORTING}|told\s+(?:reporters|the\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}))(?:\s+${TIME})?(?:\s+in\s+an?\s+(statement|release|email))?(?:\s+${TIME})?(?:\s+that)?\s+`,
  'iu',
);
/** A capitalized word that is no article or pronoun: a name, though the tagger read a verb ("Pell"). */
const namedWord = (t: { text: string; pos: string }) => /^\p{Lu}\p{Ll}/u.test(t.text) && !/^(?:DET|PRON|ADP|CCONJ|SCONJ|AUX)$/.test(t.pos);
/** The most words a speaker may have: a name with its post, not a clause. */
const SPEAKER_WORDS = 9;
/** A clause opens on its subject: a pronoun, an article, a name or a figure. */
const CLAUSE_OPENING = /^(?:it|they|he|she|we|there|the|a|an|its|their|his|her|all|some|no|\p{Lu}|\d)/u;

export function saidNews(sentence: string): SaidNews | null {
  let s = plainText(sentence)
    .trim()
    .replace(/[.!]["”’]?$/, '');
  if (!s || /\?$/.test(s)) return null;
  const channel = CHANNEL_OPENING.exec(s);
  if (channel) s = s.slice(channel[0].length);
  s = s.replace(RELAY_TAIL, '');
  const saying = SAYING.exec(s.replace(SUBJECT_RELATIVE, ' '));
  if (!saying) return null;
  const bare = s.replace(SUBJECT_RELATIVE, ' ');
  const speaker = bare.slice(0, saying.index).trim();
  const clause = bare.slice(saying.index + saying[0].length).trim();
  if (!speaker || speaker.split(/\s+/).length > SPEAKER_WORDS || /[,;:"“”]/.test(speaker)) return null;
  // The speaker is a noun phrase: no verb of its own ("Crews working the fire said" is no one
  // named), though a name may hold one ("the Journal of Applied Optics"); a pronoun names no one
  // the note could credit.
  const speakerTokens = tagged(speaker);
  // ("the so-called Vale Front": a verb joined by a hyphen is an adjective's part.)
  const verbOfItsOwn = (t: { text: string; pos: string }, k: number) =>
    (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ') && !/^\p{Lu}/u.test(t.text) && speakerTokens[k - 1]?.text !== '-';
  if (speakerTokens.some(verbOfItsOwn)) return null;
  // A capitalized word past any article names someone, whatever the tagger makes of a rare surname.
  if (!speakerTokens.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || namedWord(t))) return null;
  // The clause is a clause: it opens on a subject and has a verb (not "in March", not a list).
  const words = clause.split(/\s+/);
  if (words.length < 3 || !CLAUSE_OPENING.test(clause) || /^(?:that|to)\b/i.test(clause)) return null;
  if (!tagged(clause).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  // A clause holding the source's own words at length ("it \"found the fault in a cooling line\"")
  // is a quotation, credited as comments, not told as the note's own sentence.
  const quoted = clause.match(/["“][^"“”]*["”]/g) ?? [];
  if (quoted.some((q) => q.split(/\s+/).length > 3) || /["“”]/.test(quoted.reduce((rest, q) => rest.replace(q, ''), clause))) return null;
  // The article's quotation marks, as the house prints them ("would “fight hard” against").
  const printed = clause.replace(/"/g, (quote: string, at: number) => curlyQuote('"', clause.slice(0, at)));
  return { speaker, clause: printed, statement: !!channel || !!saying[1] };
}

/** Prepositions and words that open what only describes a noun: "a review | of how …", "a fee | for parking". */
const NOUN_TAIL = new Set(['of', 'on', 'about', 'over', 'for', 'into', 'at', 'in', 'from', 'with', 'after', 'before', 'during', 'amid']);
const CLAUSE_TAIL = new Set([
  'how',
  'why',
  'what',
  'whether',
  'which',
  'who',
  'where',
  'when',
  'that',
  'and',
  'but',
  'or',
  'as',
  'because',
]);
/** The words at which a clause's head ends, what only describes its object opening (reported-clause-head.ts). */
export const HEAD_ENDS: readonly string[] = [...NOUN_TAIL, ...CLAUSE_TAIL];

/**
 * The clause's verb and its object, without what only describes the object: "he would commission
 * an independent review of how the cleanup had been run" → "he would commission an independent
 * review". Told when the whole clause is too long for a note; empty when nothing would be cut, or
 * when the cut leaves no object after the verb.
 */
export function verbAndObject(clause: string): string {
  const tokens = tagged(clause);
  const verb = tokens.findIndex((t) => t.pos === 'VERB');
  if (verb < 0) return '';
  // "a leak which led to …": a verb after a relative word is the subject's own clause, not the
  // clause's verb; cut there, what is left is a noun phrase, no clause.
  if (tokens.slice(0, verb).some((t) => /^(?:that|which|who|whom|whose)$/.test(t.lower))) return '';
  let sawNoun = false;
  for (let i = verb + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // ("the $4.5-million budget": a hyphen inside a word joins it, it ends nothing.)
    const joining = /^[-–]$/.test(t.text) && !t.space && tokens[i + 1] !== undefined && !tokens[i + 1]!.space;
    if (t.pos === 'PUNCT' && !joining) {
      if (sawNoun) return printedTokens(tokens.slice(0, i));
      return '';
    }
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM') sawNoun = true;
    const prev = tokens[i - 1]!;
    if (sawNoun && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && (NOUN_TAIL.has(t.lower) || CLAUSE_TAIL.has(t.lower)))
      return i - verb >= 2 ? printedTokens(tokens.slice(0, i)) : '';
  }
  return '';
}

/** A speaker that names someone: a capitalized word past its opening ("The Vale Front", "Tarn's fire chief"). */
export function namesSomeone(speaker: string): boolean {
  const words = speaker.split(/\s+/);
  return words.some(
    (w, k) =>
      /^\p{Lu}/u.test(w) &&
      (k > 0 || !/^(?:The|A|An|Its|Their|His|Her|This|That)$/.test(w)) &&
      (k > 0 || words.length === 1 || tagged(w)[0]?.pos === 'PROPN'),
  );
}

/**
 * The source a sentence names as the subject of its verb of saying, when the attribution reader
 * found none: "The Vale Front has said it was behind the raid" is the Vale Front's word. Only a
 * speaker with a name: "The company said …" leaves the line to be read as before.
 */
export function creditedSpeaker(
  sentence: string,
  articleText: string,
  personNames: 'surname' | 'as-introduced' = 'surname',
): Source | null {
  const read = saidNews(sentence);
  if (!read || !namesSomeone(read.speaker)) return null;
  const found = sourceFromRaw(read.speaker, articleText, personNames);
  // "Tarn County's fire commissioner": the post spoke, not the place that owns it.
  const whole = read.speaker.replace(/^The\s/, 'the ');
  const owned = new RegExp(`^(?:the\\s+)?${found?.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['’]s?\\s+\\S`, 'iu');
  return found && owned.test(whole) ? { name: whole, kind: 'description', raw: read.speaker } : found;
}

/** A clause with a verb: "the Harbour Trust" alone is a speaker cut from its words, not what it said. */
const hasVerb = (clause: string) => tagged(clause).some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !/^\p{Lu}/u.test(t.text));

/** Each sentence's reported clause, whole and then as its verb and object, in reading order. */
export function saidNewsOf(sentences: string[]): string[] {
  return sentences
    .map((s) => saidNews(s)?.clause ?? '')
    .filter(Boolean)
    .flatMap((c) => [c, verbAndObject(c)])
    .filter(Boolean);
}

/**
 * What a lone source's comments told, best first: the clause the compressor read (`told`), when it
 * has a verb; else the reported clause read off the verb of saying, whole and as its verb and
 * object. A source only relaying (an unnamed "a spokesman for the journal" passing on the
 * journal's word) gives way to the named speaker whose words they were: `speaker`, as the note
 * prints it.
 */
export function toldSaid(
  told: string,
  sentences: string[],
  source: Source,
  articleText: string,
): { clauses: string[]; speaker?: string } | null {
  if (told && hasVerb(told)) return { clauses: [told] };
  for (const sentence of sentences) {
    const read = saidNews(sentence);
    if (!read) continue;
    const clauses = [read.clause, verbAndObject(read.clause)].filter(Boolean);
    const relayed = /^(?:an?)\s/i.test(source.raw.trim()) && namesSomeone(read.speaker) && !read.speaker.includes(source.name);
    const speaker = relayed ? read.speaker.replace(/^The\s/, 'the ') : undefined;
    return speaker && !articleText.includes(read.speaker) ? { clauses } : { clauses, speaker };
  }
  return null;
}
