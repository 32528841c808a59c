/**
 * A place put right, told by the deed of the clause it sits in: "misstated where volunteers
 * gathered. It was outside 212 Linden Ave., not 212 Carver Ave." A place a preposition sets after a
 * verb ("gathered outside …", "is at …", "was founded in …") is where that deed happened, so the
 * note names the deed (innermost-deed.ts) rather than "the street", "a name", or a person "who is"
 * the place. The place is given as printed, with its preposition and house number, both ways.
 */
import { deedBothTold, innermostDeed } from './innermost-deed';
import { escapeRegExp } from './names';
import { isIrregularPast } from './past-forms';
import { STREET_WORD } from './body-names';
import { knownPlural, tagged } from './topics';

/** "Linden Ave", "Harbour Row": a run that ends on a street's word names a street, never a person. */
export const namesAStreet = (run: string): boolean => STREET_WORD.test(run.split(' ').at(-1) ?? '');

/** Prepositions that set a place after a deed: where it happened or stands. */
const PLACE_PREPOSITION = 'in|at|on|near|outside|inside|off|along|behind|beside|opposite';

export interface PlacedDeed {
  /** "where volunteers gathered" */
  what: string;
  /** "It was outside 212 Linden Ave., not 212 Carver Ave." */
  right: string;
}

/** The place as printed after its preposition: the house number before it, the point after an abbreviation. */
function printedPlace(sentence: string, run: string): { preposition: string; place: string; at: number } | null {
  const m = new RegExp(
    `\\b(${PLACE_PREPOSITION})\\s+((?:\\d[\\d-]*\\s+)?(?:the\\s+)?)${escapeRegExp(run)}(\\.?)(?![\\p{L}\\d])`,
    'iu',
  ).exec(sentence);
  if (!m) return null;
  // (The point after "Ave" is the abbreviation's; after "Boise" it ends the sentence.)
  const point = m[3] && namesAStreet(run) && /^\p{Lu}\p{Ll}{1,3}$/u.test(run.split(' ').at(-1)!) ? '.' : '';
  return { preposition: m[1]!.toLowerCase(), place: `${m[2]}${run}${point}`, at: m.index };
}

/**
 * "Volunteers gathered outside 212 Linden Ave.": the deed `run` (the right place, a run of capitals)
 * is where, read from `newer`; `wrongRun` is the place `older` printed there. null when the place is
 * not set after a preposition or its clause cannot be read.
 */
export function placedDeed(newer: string, older: string, run: string, wrongRun: string, articleText = ''): PlacedDeed | null {
  const right = printedPlace(newer, run);
  if (!right || !wrongRun || wrongRun === run) return null;
  // ("a warehouse on Mill Lane": a street right after a noun locates that noun, told by token-clause.ts.)
  if (namesAStreet(run) && tagged(newer.slice(0, right.at)).at(-1)?.pos === 'NOUN') return null;
  const inner = deedBothTold(innermostDeed(newer, right.place, articleText), newer, older);
  const wrong = printedPlace(older, wrongRun)?.place ?? wrongRun;
  // ("Outside 505 Howard St., …" with no deed to read: a house number and a street make an address.)
  if (!inner)
    return /^\d/.test(right.place) && namesAStreet(run) && /^\d/.test(wrong)
      ? { what: 'an address', right: `It is ${right.place}, not ${wrong}` }
      : null;
  const words = inner.deed.split(' ');
  // The deed's tense gives the fact's: "is at …" still is; "gathered outside …" was; "will be held in …" will be.
  // (A deed not past may be still ahead or only present, "is at …": the deed's own words tell which.)
  const future = /\b(?:will|shall)\b|\b(?:is|are) to\b/.test(inner.deed);
  // ("is based", "are made": the auxiliary gives the tense before any participle does.)
  const aux = words.find((w) => /^(?:is|are|has|have|was|were|had|did)$/.test(w));
  const past = aux ? /^(?:was|were|had|did)$/.test(aux) : words.some((w) => /\p{Ll}{2,}ed$/u.test(w) || isIrregularPast(w));
  const verb = future ? 'It will be' : past ? 'It was' : 'It is';
  // "The shelter is at …": a deed that is only its subject and "is" is told as that subject's location.
  const located = /^(.+?)\s+(?:is|are|was|were|will be|has been|had been)$/.exec(inner.deed)?.[1];
  return {
    what: located ? `the location of ${located}` : `where ${inner.deed}`,
    right: `${verb} ${right.preposition} ${right.place}, not ${wrong}`,
  };
}

/**
 * A "where" clause lifted from the copy that a reader cannot follow: it opens on its verb ("where
 * founded"), or holds two noun phrases before its first verb with no "that" between them, an object
 * relative cut from its verb ("where the pilot program the agency says it tested").
 */
export function unreadablePlaceClause(clause: string): boolean {
  const tokens = tagged(clause);
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (verb <= 0) return true;
  // ("where it opened a second office": a pronoun the note cannot name.)
  if (verb === 1 && /^(?:it|they|he|she)$/i.test(tokens[0]!.text)) return true;
  // ("where Shares in Halden fell": a plural that only opened the sentence keeps its capital.)
  if (tokens[0]!.pos === 'PROPN' && /^\p{Lu}\p{Ll}+s$/u.test(tokens[0]!.text) && knownPlural(tokens[0]!.text)) return true;
  return tokens.slice(1, verb).some((t, k) => t.pos === 'DET' && tokens[k]!.pos === 'NOUN');
}
