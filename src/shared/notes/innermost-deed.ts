/**
 * The innermost deed a corrected date, day, year or place belongs to, told with that clause's own
 * subject and verb: "when the transport board issued the review", "when the match was played",
 * "where volunteers gathered". A date set deep in a sentence ("The guidance, which cites a review
 * issued by the board in March 2020, …") dates the nearest verb before it, not the main clause and
 * not "the date"; a copy chief reads the innermost clause the value sits in, then finds its subject:
 * - a participle right after a noun ("a review issued by …") is a passive whose patient is that noun;
 *   with "by" its agent did the deed ("when the board issued the review");
 * - a participle after a comma ("The match, played … on Sunday,") is the noun's, told "was played";
 * - a verb after "which", "that" or "who" has the noun before it as its subject, and one after
 *   "and" the subject of the verb it is joined to ("a plan that … and was issued by …");
 * - a verb after "to" is the deed of the clause that governs it ("claims to have helped to shut …");
 * - a pronoun subject after a verb of saying keeps that frame ("the firm says it helped …").
 * A deed is told only when the old line told it too (`deedBothTold`).
 * This is the fallback of the date and place readers: when it cannot read the clause it gives
 * nothing, and the caller names the noun the value modifies or the plain category.
 */
import { speechVerbs } from './speech-verbs';
import { isPluralNoun } from './plurals';
import { printedTokens, tagged } from './topics';
import { lowerOpening } from './names';
import { wellFormedDeed, withMissedVerb } from './well-formed-deed';
import { clauseOpening } from './clause-opening';
import { verbTense } from './clause-tense';

type Token = ReturnType<typeof tagged>[number];

/** The deed, and whether it is done ("was") or still to come ("is"). */
export interface InnerDeed {
  deed: string;
  past: boolean;
  /** Read from a passive set inside the sentence ("a review issued by …", "a plan that … was issued by …"): a clause the main one only mentions. */
  nested: boolean;
}

const RELATIVE = /^(?:which|that|who|whom)$/i;
/** Words that tie a value to its clause ("back in 2011", "early on Tuesday", "at the"): cut before the deed is told. */
const TIE =
  /^(?:in|on|at|by|during|of|this|last|early|late|mid|back|way|as|sometime|around|about|outside|inside|near|the|spring|summer|fall|autumn|winter|start|end|middle|beginning|first)$/i;
/** Ties that make the value no "when" or "where" of the deed: "before 2011", "from Leeds", "until May". */
const NOT_WHEN = /^(?:before|after|until|till|since|from|to|into|through|between|than|per|for)$/i;
/** A particle that stays with its verb: "shut down", "lays out". */
const PARTICLE = /^(?:up|down|out|off|over|away|aside|back)$/i;
const BE = /^(?:is|are|was|were|be|been|being)$/i;
/** Verbs that have a thing done: "had the papers signed", "got the roof fixed". */
const CAUSATIVE = /^(?:have|has|had|having|get|gets|got|gotten|getting)$/i;
const FUTURE = /^(?:will|shall)$/i;
/** Verbs of saying or claiming: a pronoun after one speaks for the frame's subject. */
const SAYING = new RegExp(
  `^(?:${speechVerbs('says', 'said', 'say', 'claims', 'claimed', 'told', 'tells', 'added', 'adds', 'insists', 'insisted', 'maintained', 'contended')}|claim|maintains|contends)$`,
  'i',
);
/** Participles whose past is another word; "built", "held", "sold" are the same both ways. */
const PARTICIPLE_PAST: Record<string, string> = {
  given: 'gave',
  taken: 'took',
  written: 'wrote',
  chosen: 'chose',
  begun: 'began',
  drawn: 'drew',
  seen: 'saw',
  shown: 'showed',
  known: 'knew',
  broken: 'broke',
  driven: 'drove',
  frozen: 'froze',
  stolen: 'stole',
  thrown: 'threw',
  beaten: 'beat',
  done: 'did',
  grown: 'grew',
  spoken: 'spoke',
  sworn: 'swore',
  worn: 'wore',
  ridden: 'rode',
  hidden: 'hid',
  forgotten: 'forgot',
  overseen: 'oversaw',
  undertaken: 'undertook',
  withdrawn: 'withdrew',
};
const SAME_PAST =
  /^(?:built|held|made|sold|bought|found|sent|won|led|set|put|paid|spent|struck|shot|hit|kept|lost|left|told|brought|taught|sought|caught|hung|laid|met|read|cut|shut|fought|bound|dug|fed|heard|hurt|let|meant|spun|stuck|understood)$/i;
/** Adverbs a note drops from a lifted deed: they pointed at the line around it (a hedge, "allegedly", stays). */
const DROPPED = /^(?:also|previously|earlier|later|then|still|now)$/i;
const MOST_WORDS = 15;

const isVerb = (t: Token | undefined) => !!t && (t.pos === 'VERB' || t.pos === 'AUX');
const isParticiple = (word: string) => /\p{Ll}{2,}ed$/u.test(word) || !!PARTICIPLE_PAST[word.toLowerCase()] || SAME_PAST.test(word);
const NOUNISH = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART']);

/** Tokens printed as the sentence printed them. */
function printed(tokens: Token[]): string {
  return printedTokens(tokens.filter((t) => !DROPPED.test(t.text)));
}

/** A noun phrase's tokens ending at `end` (inclusive), read back over its determiners, modifiers and "of". */
function nounPhraseEndingAt(tokens: Token[], end: number): Token[] {
  let k = end;
  while (k >= 0) {
    const t = tokens[k]!;
    // ("the Port of Dunmore", "shares in Halden Foods": a preposition inside the phrase, after its noun.)
    const ofInside =
      (t.lower === 'of' && k > 0 && ['NOUN', 'PROPN'].includes(tokens[k - 1]!.pos)) ||
      (/^(?:in|at|for|from|on)$/.test(t.lower) && k > 0 && (tokens[k - 1]!.pos === 'NOUN' || k === 1) && tokens[k + 1]?.pos === 'PROPN');
    // ("a water-sharing treaty": a word hyphened to the next is a modifier of the phrase, whatever its tag.)
    const hyphened = (tokens[k + 1]?.text === '-' && !tokens[k + 1]!.space) || (tokens[k - 1]?.text === '-' && !t.space);
    if (!(NOUNISH.has(t.pos) && !RELATIVE.test(t.text)) && !ofInside && t.text !== '-' && !hyphened) break;
    // ("Redmoor's": the possessive mark is the tagger's own token.)
    if (t.pos === 'PRON' && k < end) break;
    k--;
    if (t.pos === 'DET') break;
  }
  return tokens.slice(k + 1, end + 1);
}

/** "a review" → "the review": a thing named once is told as the one the note means. */
const definite = (np: string) => np.replace(/^(?:a|an|the)\s+/i, 'the ');

/** A subject read for a verb: its words, and the index of the token it starts at. */
interface Subject {
  text: string;
  start: number;
  /** Read through a relative pronoun or an "and": the verb's clause is set inside another. */
  inner?: boolean;
}

/**
 * The subject of the verb group that starts at `start`: a relative pronoun's noun, the subject of
 * the verb an "and" joins it to, or the noun phrase right before it. null when none can be read.
 */
function subjectBefore(tokens: Token[], start: number, depth = 0): Subject | null {
  if (start <= 0 || depth > 3) return null;
  const prev = tokens[start - 1]!;
  if (RELATIVE.test(prev.text)) {
    let end = start - 2;
    if (tokens[end]?.text === ',') end--;
    if (end < 0) return null;
    const np = nounPhraseEndingAt(tokens, end);
    if (!np.length) return null;
    // "the Harbor Plan, a planning paper that …": an indefinite appositive stands for the name before it.
    const opener = tokens.indexOf(np[0]!);
    if (/^(?:a|an)$/i.test(np[0]!.text) && tokens[opener - 1]?.text === ',') {
      const named = nounPhraseEndingAt(tokens, opener - 2);
      if (named.some((t) => t.pos === 'PROPN')) return { text: printed(named), start: start - 1, inner: true };
    }
    return { text: printed(np), start: start - 1, inner: true };
  }
  if (prev.pos === 'CCONJ') {
    // "… that lays out the aims and was issued by …": the subject of the verb before the "and".
    let v = start - 2;
    while (v >= 0 && !isVerb(tokens[v])) {
      // ("a paper that sets out goals and was issued": a verb the tagger missed still has the relative's noun.)
      if (RELATIVE.test(tokens[v]!.text)) {
        const read = subjectBefore(tokens, v + 1, depth + 1);
        return read && { ...read, inner: true };
      }
      if (tokens[v]!.text === ',') break;
      v--;
    }
    if (v < 0 || !isVerb(tokens[v])) return null;
    const read = subjectBefore(tokens, groupStart(tokens, v), depth + 1);
    return read && { ...read, inner: true };
  }
  const np = nounPhraseEndingAt(tokens, start - 1);
  if (!np.length || !np.some((t) => ['NOUN', 'PROPN', 'PRON'].includes(t.pos))) return null;
  const at = tokens.indexOf(np[0]!);
  // "Teachers, nurses and drivers in Kelby and Marston will strike": a list is no subject to lift.
  // ("Outside the hall, a crowd gathered": after an opening phrase's comma the subject stands alone.)
  const before = tokens.slice(0, at);
  if (tokens[at - 1]?.pos === 'CCONJ' || (tokens[at - 1]?.text === ',' && before.some((t) => t.pos === 'CCONJ' || isVerb(t)))) return null;
  // (A common noun that opened the sentence opened it only: "Shares in …" → "shares in …".)
  const text = at === 0 && np[0]!.pos === 'NOUN' ? printed(np).replace(/^\p{Lu}/u, (c) => c.toLowerCase()) : printed(np);
  // "which says it helped …": a pronoun after a verb of saying speaks for that verb's subject.
  if (np.length === 1 && np[0]!.pos === 'PRON') {
    const said = tokens[at - 1];
    if (!said || !SAYING.test(said.text)) return null;
    const speaker = subjectBefore(tokens, groupStart(tokens, at - 1), depth + 1);
    return speaker ? { text: `${speaker.text} ${said.text} ${text}`, start: speaker.start } : null;
  }
  return { text, start: at };
}

/** The verb group ending at `v`: its auxiliaries, adverbs and "to". */
function groupStart(tokens: Token[], v: number): number {
  let g = v;
  while (g > 0) {
    const t = tokens[g - 1]!;
    if (isVerb(t) || (t.pos === 'PART' && t.lower === 'to') || (t.pos === 'ADV' && !/^(?:not|never)$/i.test(t.text) && isVerb(tokens[g])))
      g--;
    else break;
  }
  return g;
}

/** What follows the verb: a particle, then its object up to a preposition, a comma or another clause. */
function objectAfter(tokens: Token[], v: number, end: number): Token[] {
  const out: Token[] = [];
  let k = v + 1;
  if (k < end && PARTICLE.test(tokens[k]!.text) && tokens[k]!.pos !== 'NOUN') out.push(tokens[k++]!);
  for (; k < end; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' && t.text !== '-' && !/^[$£€%]$/.test(t.text)) break;
    // ("4 per cent", "the roof of the hall": a preposition inside the figure or the noun phrase.)
    const inside = (t.lower === 'of' && out.at(-1)?.pos === 'NOUN') || (t.lower === 'per' && tokens[k + 1]?.lower === 'cent');
    if (t.pos === 'ADP' && !inside) break;
    if (t.pos === 'SCONJ' || RELATIVE.test(t.text) || isVerb(t)) break;
    out.push(t);
  }
  // ("with Microsoft and the FBI": a joined object ends whole, never on its "and".)
  // ("watched silently": how it was done is no part of the deed.)
  // (A particle right after the verb stays: "carried out".)
  // ("are due", "is open": an adjective right after "be" is what the subject is, kept.)
  while (
    out.length &&
    ['CCONJ', 'DET', 'ADJ', 'ADV'].includes(out.at(-1)!.pos) &&
    !(out.length === 1 && out[0] === tokens[v + 1] && PARTICLE.test(out[0]!.text)) &&
    !(out.length === 1 && out[0]!.pos === 'ADJ' && out[0] === tokens[v + 1] && BE.test(tokens[v]!.text))
  )
    out.pop();
  return out;
}

/**
 * " to the full Senate": where a verb of motion with no object goes, kept with it, since "when the
 * treaty heads" or "when the team moved" without it is no clause a reader can follow. Only a short
 * noun phrase after "to", running to the value's own tie.
 */
function destination(tokens: Token[], v: number, end: number): string {
  if (tokens[v + 1]?.lower !== 'to' || tokens[v + 1]!.pos !== 'ADP' || end - v - 2 > 5 || end - v - 2 < 1) return '';
  const phrase = tokens.slice(v + 2, end);
  // ("the north pier": the tagger reads a bearing before a noun as an adverb.)
  return phrase.every((t) => (NOUNISH.has(t.pos) || t.pos === 'ADV') && !RELATIVE.test(t.text)) &&
    ['NOUN', 'PROPN'].includes(phrase.at(-1)!.pos)
    ? ` to ${printed(phrase)}`
    : '';
}

/** A verb chain without its prepositional adjuncts: "worked with two agencies to bring" → "worked to bring". */
function withoutAdjuncts(chain: Token[]): Token[] {
  const out: Token[] = [];
  let skipping = false;
  for (const t of chain) {
    if (t.pos === 'ADP' && !PARTICLE.test(t.text)) skipping = true;
    else if (isVerb(t) || (t.pos === 'PART' && t.lower === 'to')) skipping = false;
    if (!skipping) out.push(t);
  }
  return out;
}

/** "…, a ticker scrolls promotions for events": the main clause after an opening phrase, told as its deed. */
function frontedDeed(tail: string, articleText: string): InnerDeed | null {
  const clause = /^,\s+([^,;:—–]+)/.exec(tail)?.[1]?.replace(/[.!?]$/, '');
  if (!clause) return null;
  const tokens = tagged(clause);
  const v = tokens.findIndex((t) => isVerb(t));
  if (v <= 0 || !tokens.slice(0, v).some((t) => ['NOUN', 'PROPN'].includes(t.pos))) return null;
  let last = v;
  while (last + 1 < tokens.length && isVerb(tokens[last + 1])) last++;
  const object = objectAfter(tokens, last, tokens.length);
  const deed = [printed(tokens.slice(0, last + 1)), printed(object)].filter(Boolean).join(' ');
  if (deed.split(' ').length > MOST_WORDS || /[,;:]/.test(deed)) return null;
  const future = tokens.slice(v, last + 1).some((t) => FUTURE.test(t.text));
  return { deed: lowerOpening(deed, articleText), past: !future, nested: false };
}

/**
 * The deed of the innermost clause `value` sits in within `sentence`, or null. The value must be
 * printed once, tied to its clause by a plain "in", "on", "at" (never "before", "from" or "until").
 */
export function innermostDeed(sentence: string, value: string, articleText = ''): InnerDeed | null {
  const line = sentence.replace(/\s+/g, ' ');
  const at = line.indexOf(value);
  if (at <= 0 || line.indexOf(value, at + value.length) >= 0) return null;
  // The clause up to its value, without the words that tie the value to it.
  const words = line.slice(0, at).trim().split(' ');
  while (words.length && TIE.test(words.at(-1)!)) words.pop();
  // "Outside 505 Howard St., a ticker scrolls …": a phrase that opens the sentence sets its main clause.
  if (!words.length) return frontedDeed(line.slice(at + value.length), articleText || sentence);
  if (NOT_WHEN.test(words.at(-1)!.replace(/[,;:]$/, ''))) return null;
  // (A clock printed beside a day is the day's, not the deed's: "at about 5 p.m. Sunday".)
  const head = words
    .join(' ')
    .replace(
      /,?\s+(?:at\s+)?(?:about\s+|around\s+|shortly\s+(?:after|before)\s+|just\s+(?:after|before)\s+)?\d{1,2}(?::\d{2})?\s*[ap]\.m\.$/,
      '',
    )
    .replace(/[,;:]$/, '');
  if (/[,;:—–]$/.test(line.slice(0, at).trim()) && !/\b(?:in|on|at)$/i.test(head)) return null;
  // ("The ferry service moves to the north pier": a verb the tagger read as a noun; well-formed-deed.ts.)
  const tokens = withMissedVerb(tagged(head));
  const end = tokens.length;
  let v = end - 1;
  while (v >= 0 && !isVerb(tokens[v])) v--;
  if (v < 0) return null;
  const g = groupStart(tokens, v);
  const group = tokens.slice(g, v + 1);
  const verb = tokens[v]!;
  const future = group.some((t) => FUTURE.test(t.text) || (t.lower === 'to' && g > 0 && BE.test(tokens[g - 1]!.text)));
  const object = objectAfter(tokens, v, end);
  // ("carried out by", "handed down by": the verb's particle, then its agent or object.)
  const particle = object[0] && PARTICLE.test(object[0].text) && object[0] === tokens[v + 1] ? 1 : 0;
  const verbWords = printed(tokens.slice(v, v + 1 + particle));
  // "issued by the transport board": the agent of a passive.
  const agentAt = object.length === particle && tokens[v + 1 + particle]?.lower === 'by' ? v + 1 + particle : -1;
  const agent = agentAt >= 0 ? objectAfter(tokens, agentAt, end) : [];
  const prev = tokens[g - 1];
  // A participle right after a noun is a passive only where that noun is an object ("cites a review
  // issued by …") or an agent follows; "Volunteers gathered" opens on its subject.
  const patientAt = prev && prev.pos !== 'PUNCT' ? tokens.indexOf(nounPhraseEndingAt(tokens, g - 1)[0] ?? prev) : -1;
  // (The noun is an object when a verb, or a preposition inside the sentence, stands right before it:
  // "cites a review issued …"; "At least 3 barns burned" opens on its subject.)
  const beforePatient = tokens[patientAt - 1];
  const objectNoun = !!beforePatient && (isVerb(beforePatient) || (beforePatient.pos === 'ADP' && patientAt > 1));
  const passive =
    isParticiple(verb.text) &&
    // ("the aircraft departed the airport": a participle with an object of its own is an active verb.)
    object.length === particle &&
    group.length === 1 &&
    !!prev &&
    (prev.text === ',' || (['NOUN', 'PROPN'].includes(prev.pos) && (agent.length > 0 || objectNoun)));
  let deed = '';
  let nested = passive;
  // ("the treaty heads to the Senate", "applications are due": a deed in the present is still ahead;
  // a perfect, "has opened", is done. clause-tense.ts.)
  let present = false;
  if (passive && prev.text === ',') {
    // "The match, played … on Sunday,": the noun before the comma is what was done.
    const np = nounPhraseEndingAt(tokens, g - 2);
    if (!np.length || tokens.indexOf(np[0]!) !== 0) return null;
    const plural = isPluralNoun(np.at(-1)!.text);
    // ("The ruling, handed down by the appeals court …": its agent did the deed.)
    deed = agent.length
      ? `${printed(agent)} ${PARTICIPLE_PAST[verb.lower] ?? verb.text}${particle ? ` ${object[0]!.text}` : ''} ${definite(printed(np))}`
      : `${printed(np)} ${plural ? 'were' : 'was'} ${verbWords}`;
  } else if (passive) {
    // "she had the papers signed", "got the roof fixed": a participle after the object of "have" or
    // "get" is what the subject had done, no passive of its own; the older readers tell it whole.
    if (beforePatient && CAUSATIVE.test(beforePatient.text)) return null;
    // "a review issued by the board": a participle right after its noun.
    const np = nounPhraseEndingAt(tokens, g - 1);
    const patient = definite(printed(np));
    if (!patient) return null;
    const past = PARTICIPLE_PAST[verb.lower] ?? verb.text;
    const plural = isPluralNoun(np.at(-1)?.text ?? '');
    deed = agent.length
      ? `${printed(agent)} ${past}${particle ? ` ${object[0]!.text}` : ''} ${patient}`
      : `${patient} ${plural ? 'were' : 'was'} ${verbWords}`;
  } else if (group[0]!.lower === 'to') {
    // "claims to have worked … to bring down …": the governing clause's subject and verb, told whole.
    let f = g - 1;
    while (f >= 0 && !(isVerb(tokens[f]) && tokens[f - 1]?.lower !== 'to' && !(tokens[f - 1] && isVerb(tokens[f - 1])))) f--;
    if (f < 0) return null;
    const subject = subjectBefore(tokens, groupStart(tokens, f));
    if (!subject) return null;
    const rest = tokens.slice(groupStart(tokens, f), v + 1);
    // ("claims to have worked with two agencies to bring down …": the chain is told without its
    // adjuncts, short and never a long run copied from the article.)
    deed = `${subject.text} ${printed(withoutAdjuncts(rest))}${object.length ? ` ${printed(object)}` : ''}`;
  } else {
    const subject = subjectBefore(tokens, g);
    // ("a paper that … and was issued by the board": a passive read inside a relative clause.)
    nested ||= !!subject?.inner && group.some((t) => BE.test(t.text)) && agent.length > 0;
    if (!subject) return null;
    const be = group.some((t) => BE.test(t.text));
    // "the program, which the agency says it tested in …": the relative pronoun is the verb's
    // object, so the noun it stands for is told after the verb.
    const gap =
      !object.length && !be && tokens[subject.start - 1] && /^(?:which|that)$/i.test(tokens[subject.start - 1]!.text)
        ? subjectBefore(tokens, subject.start)
        : null;
    // "was issued by the board": the agent did the deed to the subject.
    if (be && agent.length && isParticiple(verb.text) && !future)
      deed = `${printed(agent)} ${PARTICIPLE_PAST[verb.lower] ?? verb.text} ${definite(subject.text)}`;
    else {
      present = verbTense(group.find((t) => isVerb(t))?.text ?? verb.text) === 'is' && !group.some((t) => /^(?:has|have)$/i.test(t.text));
      deed = gap
        ? `${subject.text} ${printed(group)} ${definite(gap.text)}`
        : `${subject.text} ${printed(group)}${object.length ? ` ${printed(object)}` : destination(tokens, v, end)}`;
    }
  }
  deed = deed.replace(/\s+/g, ' ').trim();
  // A lifted deed a reader can hold: short, and closed (no comma, no dangling "and").
  if (!deed || deed.split(' ').length > MOST_WORDS || /[,;:]/.test(deed) || /\s(?:and|or|but|the|a|an|of)$/i.test(deed)) return null;
  // ("where although another baby was born": a cut that runs two clauses into one; well-formed-deed.ts.)
  if (!wellFormedDeed(deed)) return null;
  // ("Shares in Halden fell", "Vendor applications are due": a common word only opened the sentence; clause-opening.ts.)
  deed = clauseOpening(deed, articleText || sentence);
  return { deed, past: !future && !present, nested };
}

/** "the firm shut the ring down back": words that went with the date, left at a lifted clause's end. */
export function withoutDateLead(clause: string): string {
  return clause.replace(/\s+(?:(?:way\s+)?back|sometime|some\s+time|as\s+(?:early|far\s+back|recently|long\s+ago)\s+as)$/i, '');
}

/**
 * The deed, only when the old line told the same deed: every word of it that the new line prints
 * the old one printed too. "crashed about 10:30 p.m." → "departed … about 3 p.m. and crashed": the
 * time now belongs to another deed, and "misstated when the plane departed" would be untrue.
 */
export function deedBothTold(inner: InnerDeed | null, newer: string, older: string): InnerDeed | null {
  if (!inner || !older) return inner;
  const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\d'’-]+/gu) ?? []);
  const [was, now] = [words(older), words(newer)];
  return [...words(inner.deed)].every((w) => !now.has(w) || was.has(w)) ? inner : null;
}
