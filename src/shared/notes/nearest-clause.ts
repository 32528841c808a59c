/**
 * The deed a changed day, date, year or place belongs to, read as the clause that ends right where
 * the value's phrase begins: "…, as the typhoon made its second landfall in Dipaculao" → "misstated
 * where the typhoon made its second landfall. It was in Dipaculao"; "Jo Reyes, 51, was released
 * Sunday on bond" → "misstated the day Jo Reyes was released. It was Sunday".
 *
 * Round 26 counted the refused date and place notes of fresh18–27: 54 of 136 named only the kind
 * of fact ("a day", "the date", "a place in Aurora", "a detail about the events described"), and
 * judges refuse every such note for not saying the day or the place of what. The readers before
 * this one look for a named event (a gathering, a possessive day, a noun the value dates); this one
 * is the last reading, taken only when a short clause with its own subject and verb stands right
 * before the value: cut back to the nearest comma, dash, bracket or word that opens a clause ("as",
 * "after", "when", "that"), an age or a post set off by commas dropped from its subject. A clause
 * that opens on a pronoun (whose? the note names no one before it), holds a quotation, runs longer
 * than a short naming, or ends on a word that wants more is no reading: the kind stays.
 */
import { tagged, hasFiniteVerb } from './topics';
import { lowerOpening, opensOnTitledName } from './names';
import { IRREGULAR_PAST } from './past-forms';
import { wellFormedDeed } from './well-formed-deed';
import { locatedThing } from './located-things';

/** What the clause reads, as token-clause.ts's readings give it. */
export interface NearestClause {
  what: string;
  past: boolean;
  right?: string;
}

const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** A month alone or with its year ("June", "December 2016"): "the month", as the judges print it. */
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+\d{4})?$/;
/** A clock time ("7:30 a.m.", "6.30am", "noon"). */
const CLOCK = /^(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|noon|midnight)$/i;
/**
 * Words that open a clause of their own: the deed's clause starts after the last of them. ("and"
 * and "but" are left out: they join nouns as often as clauses, "the district and sessions court".)
 */
const CLAUSE_OPENER = /\b(?:as|when|while|after|before|because|since|until|although|though|if|whereas|that|where)\s+(?=\S)/gi;
/** The words a place's phrase opens on ("in Dipaculao", "near Munford"). */
const PLACE_PREPOSITION = /(?:^|\s)(in|at|near|to|into|from|outside|on)\s+(?:the\s+)?$/i;
/** What may stand between a deed and its day or date ("was released Sunday", "met on Tuesday"). */
const DAY_LEAD = /(?:\s+(?:on|by|early|late|last|this|next|in|at|about|around|just))*\s*$/i;
/** Words that open a clause no note can start on: a pronoun names no one the reader has met. */
const PRONOUN = /^(?:he|she|it|they|we|i|you|his|her|its|their|our|this|that|these|those|there|who|which|what)$/i;
/** A clause ending on one of these wants more ("police responded to", "the fire started around"). */
const OPEN_END =
  /^(?:a|an|the|of|to|in|at|on|for|from|by|with|about|around|near|since|until|through|till|and|or|but|as|his|her|its|their|our|is|are|was|were|be|been|has|have|had|will|would|very|just)$/i;
/** Verbs of saying: a day beside one dates the saying (describe.ts tells it), and a clause after one is reported. */
const SAYING = /\b(?:said|says|say|told|tells|announced|stated|added|noted|wrote)\b/i;
/** The most words a clause may have to name its deed without pasting the line. */
const MAX_WORDS = 10;

/** The clause that ends where `lead` ends, cut at its opener; '' when it does not read alone. */
function clauseEnding(lead: string): string {
  // An age or a post set off by commas after a name is its own aside ("Jo Reyes, 51, was").
  let text = lead.replace(/,\s+(?:\d{1,3}|a\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2}),\s+/gu, ' ');
  // A bracketed aside before a word in lower case is inside the clause ("A survey crew (hired in May)
  // plans to …"): left out, never a boundary. One before a capital closes a dateline.
  text = text.replace(/\s*\([^()]*\)(?=\s+\p{Ll})/gu, '');
  // "Ada Moss, better known as Addie, claimed …": an aside set off by commas between a subject and
  // its verb is left out, the subject kept.
  const parts = text.split(',');
  const verbFirst = ['VERB', 'AUX'].includes(tagged(parts.at(-1)!.trim())[0]?.pos ?? '');
  if (parts.length >= 3 && verbFirst && !/[;:()]/.test(parts.slice(-3).join(','))) text = `${parts.at(-3)!.trim()} ${parts.at(-1)!.trim()}`;
  // The nearest comma, colon, semicolon, dash or bracket closes what came before.
  // (The clause starts after the whole mark: a spaced dash is three characters, not one.)
  const after = Math.max(
    ...[',', ';', ':', ' — ', ' – ', ' - ', '(', ')'].map((mark) => {
      const at = text.lastIndexOf(mark);
      return at < 0 ? -1 : at + mark.length;
    }),
  );
  if (after >= 0) text = text.slice(after);
  let opener: RegExpExecArray | null;
  let from = 0;
  CLAUSE_OPENER.lastIndex = 0;
  while ((opener = CLAUSE_OPENER.exec(text))) from = opener.index + opener[0].length;
  return text.slice(from).trim();
}

/**
 * A clause too long to name its deed, cut to its subject, its verb and a short object, up to the
 * first preposition after them ("Ada Moss claimed trial to two charges of … at the court" → "Ada
 * Moss claimed trial"); the clause as it is when no such cut reads.
 */
function coreDeed(clause: string): string {
  if (clause.split(/\s+/).length <= MAX_WORDS) return clause;
  const tokens = tagged(clause);
  const verb = tokens.findIndex((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower)));
  if (verb < 1 || verb > 6) return clause;
  let end = verb + 1;
  while (end < tokens.length && tokens[end]!.pos === 'AUX') end++;
  while (end < tokens.length && end < verb + 5 && !OBJECT_END.test(tokens[end]!.text) && tokens[end]!.pos !== 'PUNCT') end++;
  // Cut only at a preposition, after a verb that takes an object, never a copula's complement
  // ("will be about the return") nor a participle's ("found guilty").
  const deed = tokens.slice(verb, end);
  if (!OBJECT_END.test(tokens[end]?.text ?? '') || !deed.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return clause;
  if (deed.some((t) => /^(?:be|is|are|am|was|were|been|being|will|would|shall)$/.test(t.lower))) return clause;
  return tokens
    .slice(0, end)
    .map((t, k) => (k ? t.space : '') + t.text)
    .join('');
}

/** Is the clause a deed the note can name: a subject of its own, a verb, nothing pasted? */
function readsAlone(clause: string): boolean {
  const words = clause.split(/\s+/);
  if (words.length < 2 || words.length > MAX_WORDS) return false;
  if (/["“”]/.test(clause) || PRONOUN.test(words[0]!) || OPEN_END.test(words.at(-1)!) || SAYING.test(clause)) return false;
  const tokens = tagged(clause);
  // The subject opens it: a name, a noun or its determiner, never a verb or a preposition.
  if (!['DET', 'PROPN', 'NOUN', 'NUM', 'ADJ'].includes(tokens[0]?.pos ?? '')) return false;
  // A clause that opens on a word set before a verb ("Speaking after …") has no subject.
  if (/ing$/.test(words[0]!) && tokens[0]?.pos !== 'PROPN') return false;
  // (A subject, then its verb: "the new and improved Food City" holds a verb's form but no clause.)
  return hasFiniteVerb(clause) && wellFormedDeed(clause);
}

/** Words that end a verb's short object: the deed is told up to them ("adjourned the hearing of …"). */
const OBJECT_END = /^(?:of|in|at|on|for|from|to|till|until|by|with|after|before|over|during|and|but|or)$/i;

/**
 * "The district court on Tuesday adjourned the hearing of …": a subject with no verb before the day
 * takes the verb after it and a short object, up to a preposition or a comma (at most four words).
 */
function withVerbAfter(clause: string, after: string): string {
  if (!clause || hasFiniteVerb(clause)) return clause;
  const words = (/^\s+([^,.;:()"“”]+)/.exec(after)?.[1] ?? '').trim().split(/\s+/);
  let n = 1;
  while (n < words.length && n < 4 && !OBJECT_END.test(words[n]!)) n++;
  const tail = words.slice(0, n).join(' ');
  const joined = `${clause} ${tail}`;
  // The first word after the day is the verb, read where it stands.
  const verb = tagged(joined)[clause.split(/\s+/).length];
  return tail && verb && (verb.pos === 'VERB' || verb.pos === 'AUX') ? joined : clause;
}

/**
 * The clause's first word lowered where it is no name: as names.ts lowers an opening, and also a
 * describing word or a common noun that only opened the sentence ("Political activist Ada Moss").
 */
function openingLowered(clause: string, sentence: string): string {
  // ("President Ama Osei spoke at …": a title set right before a name is part of how the name is
  // printed, AP style, and keeps its capital: round 27 saw "where president Ama Osei spoke".)
  if (opensOnTitledName(clause)) return clause;
  const lowered = lowerOpening(clause, sentence);
  // (Where the sentence opens, or its dateline ends: "KUALA LUMPUR - Political activist …".)
  const at = sentence.indexOf(`${clause.split(/\s+/)[0]} `);
  if (lowered !== clause || at < 0 || !/(?:^|\s[-—–]\s*)$/.test(sentence.slice(0, at))) return lowered;
  return ['ADJ', 'NOUN'].includes(tagged(clause)[0]?.pos ?? '') ? `${clause.charAt(0).toLowerCase()}${clause.slice(1)}` : clause;
}

/**
 * Does the clause tell a deed done, or one still to come or going on? (A past form not made with
 * "-ed" is read from the one list, past-forms.ts: "where Ama Osei spoke. It was in Kumasi", never "It is".)
 */
function pastDeed(clause: string): boolean {
  if (/\b(?:will|is to|are to|is|are|has|have|plans|begins|starts|opens|runs)\b/i.test(clause)) return false;
  return /\b(?:was|were|had|\p{Ll}{2,}ed)\b/u.test(clause) || IRREGULAR_PAST.test(clause);
}

/**
 * The day, date or year `value` of `sentence` told by the clause right before it ("the day the
 * court adjourned the hearing"), or null when no short clause of its own stands there.
 */
export function dateOfNearestClause(sentence: string, value: string): NearestClause | null {
  const at = sentence.indexOf(value);
  if (at <= 0) return null;
  const lead = sentence.slice(0, at).replace(DAY_LEAD, '');
  const clause = coreDeed(withVerbAfter(clauseEnding(lead), sentence.slice(at + value.length)));
  if (!readsAlone(clause)) return null;
  const deed = openingLowered(clause, sentence);
  const head = WEEKDAY.test(value)
    ? 'the day'
    : CLOCK.test(value)
      ? 'the time'
      : /^\d{4}$/.test(value)
        ? 'the year'
        : MONTH.test(value)
          ? 'the month'
          : /\d/.test(value) && /\p{Lu}/u.test(value)
            ? 'the date'
            : 'when';
  return { what: `${head} ${deed}`, past: pastDeed(clause) };
}

/**
 * The place `value` of `sentence` told by the clause its preposition closes ("where the typhoon
 * made its second landfall", right "in Dipaculao"), or null when no short clause of its own stands
 * there.
 */
export function placeOfNearestClause(sentence: string, value: string): NearestClause | null {
  const at = sentence.indexOf(value);
  if (at <= 0) return null;
  const lead = sentence.slice(0, at);
  const preposition = PLACE_PREPOSITION.exec(lead);
  if (!preposition) return null;
  const withThe = /\bthe\s+$/i.test(lead);
  const clause = clauseEnding(lead.slice(0, preposition.index));
  const right = `${preposition[1]!.toLowerCase()} ${withThe ? 'the ' : ''}${value}`;
  if (readsAlone(clause)) return { what: `where ${openingLowered(clause, sentence)}`, past: pastDeed(clause), right };
  // No deed of its own: a thing the place locates ("the morning's flag-raising ceremony in Wan Chai"
  // → "the location of the morning's flag-raising ceremony"; located-things.ts).
  const thing = locatedThing(sentence, value);
  return thing ? { what: thing, past: pastDeed(sentence), right } : null;
}
