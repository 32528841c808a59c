/**
 * Whether a figure, date, time or place correction's head is specific: it names what the value
 * measures and whose it is ("the age of the Avonside man", "Park's age", "the year the specimen
 * was excavated", "the number of army lieutenant generals"), read from the head's structure.
 *
 * Round 22 told a correction by the clause that carried its value only behind a gate of heads that
 * name just the kind ("a figure", "the date"); the blind judges of round 22 refused as many heads
 * the gate let through: a bare measure ("the distance", "the area"), a lifted clause with no
 * finite verb ("the number of rounds the jury to consider", "the month being asked to step down by
 * Hybe", "the date with the … season set to begin", "the number of years the man"), or one whose
 * subject is a pronoun the note never names ("the year he signed"). Every such head is not
 * specific; the caller tells the value's clause instead (value-clause.ts), the one path for every
 * figure, date, time and place correction.
 */
import { tagged } from './topics';
import { isVagueHead } from './fact-owner';
import { verbTakenForNoun } from './well-formed-deed';
import { isPluralNoun } from './plurals';

/** The measure word a head opens on ("the number of" is followed by what it counts). */
const MEASURE =
  /^(?:(?:the|a|an) (?:number of|day|date|year|month|time|week|minute|hour|distance|area|depth|width|height|length|size|amount|total|cost|price|age|score|speed|figure|location|place|site|venue|range)|when|where|how (?:many|much|long|far))(?= |$)/u;
/** Words that open a lifted clause after its measure ("the day when …", "the number of people who …"). */
const RELATIVE = /^(?:who|which|that|when|where)$/;
/** Words that point back to a noun the note does not give ("such shootings", "other members"). */
const POINTING = /^(?:such|other|different|same|remaining|these|those|latest)$/;
/** Tags a counted noun phrase is built of ("army lieutenant generals", "doctor's offices"). */
const NOUN_PHRASE = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Tags a lifted clause's subject is built of. */
const SUBJECT = new Set(['DET', ...NOUN_PHRASE]);

/**
 * The lifted clause in a head: what follows "when", "where", a measure word, or the noun phrase
 * "the number of" counts ("the number of rounds | the jury to consider"); null when the head is
 * no measure or its owner follows "of" ("the age of the man"), '' for a measure with nothing after.
 */
function liftedClause(head: string): string | null {
  const m = MEASURE.exec(head);
  if (!m) return null;
  let rest = head.slice(m[0].length).trim();
  if (/^(?:of|for|in|at)\b/.test(rest)) return null;
  // ("the total national debt": a measure word that describes the noun after it is no measure.)
  if (!/number of$/.test(m[0]) && ['ADJ', 'NOUN'].includes(tagged(rest)[0]?.pos ?? '') && /^\p{Ll}/u.test(rest)) return null;
  if (/number of$/.test(m[0])) {
    const toks = tagged(rest);
    // (The word after "of" is what is counted, whatever the tagger reads it as: "rounds".)
    let i = 1;
    while (i < toks.length && (NOUN_PHRASE.has(toks[i]!.pos) || /^['’-]s?$/.test(toks[i]!.text))) i++;
    // ("the number of such shootings", "of other world powers": a word pointing back names no owner.)
    if (POINTING.test(toks[0]?.lower ?? '')) return '';
    // "the number of army lieutenant generals", "the number of rounds of ammunition": what it counts is the owner.
    if (i >= toks.length || toks[i]!.pos === 'ADP' || toks[i]!.pos === 'CCONJ') return null;
    // "the number of flights cancelled", "the number of years Richardson has in education": a verb
    // after the counted noun (and the name in it) says which.
    if (['VERB', 'AUX'].includes(toks[i]!.pos) && !/ing$/.test(toks[i]!.lower)) return null;
    rest = toks
      .slice(i)
      .map((t) => t.text)
      .join(' ');
  }
  return rest;
}

/**
 * Whether a lifted clause reads as one: a named subject (no pronoun) and a finite verb after it
 * ("Thomas is scheduled", "the specimen was excavated"), or a relative word and its verb ("who died").
 */
function finiteClause(clause: string, needsSubject: boolean): boolean {
  // ("where Dana Pruitt lives", "the Kite Festival returns to": a name's verb in "-s" the tagger read
  // as a noun is a verb; well-formed-deed.ts.)
  const read = tagged(clause);
  const toks = read.map((t, k) => (verbTakenForNoun(read, k, false) || verbTakenForNoun(read, k) ? { ...t, pos: 'VERB' } : t));
  let i = 0;
  // A relative word ("who died", "that the council passed"), or a preposition and its "which" ("since which …").
  if (RELATIVE.test(toks[0]?.lower ?? '')) i = 1;
  else if (['ADP', 'SCONJ'].includes(toks[0]?.pos ?? '') && /^(?:which|whom)$/.test(toks[1]?.lower ?? '')) i = 2;
  // ("how many were not immunized", "who died": no subject of its own; else one must be named.)
  const isVerbAt = (k: number) => ['VERB', 'AUX'].includes(toks[k]?.pos ?? '') && !/^\p{Lu}/u.test(toks[k]!.text);
  if (!isVerbAt(i)) {
    const opened = i;
    // The subject: a noun phrase, its hyphens and possessives, "and" between nouns, an "of" or
    // "in" phrase inside it ("the patients in Kasaragod", "Chamber leaders and state officials").
    const inner = (k: number) =>
      ['ADP', 'CCONJ'].includes(toks[k]!.pos) && k > 0 && SUBJECT.has(toks[k - 1]!.pos) && SUBJECT.has(toks[k + 1]?.pos ?? '');
    // (A capital inside a name is the name's, whatever the tagger reads: "Senator Ted Cruz".)
    const named = (k: number) => /^\p{Lu}/u.test(toks[k]!.text) || toks[k - 1]?.text === '-';
    while (i < toks.length && (SUBJECT.has(toks[i]!.pos) || named(i) || /^['’-]s?$/.test(toks[i]!.text) || inner(i))) i++;
    // ("the year he signed": a pronoun the note never names; "the month being asked": no subject at all.)
    if (i === opened || !toks.slice(opened, i).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return false;
  }
  // ("when updated": a "when" or "where" clause names its subject; "the amount spent on …" needs none.)
  else if (i === 0 && needsSubject) return false;
  // ("when the NYPD arrested more than a dozen", "the outbreak has been continuous since": a clause
  // cut off on a count, an article or a preposition stops short of what it says.)
  // ("where the units were from", "came back from": a preposition a verb strands ends its clause.)
  const stranded = toks.at(-1)?.pos === 'ADP' && ['VERB', 'AUX', 'ADV', 'PART'].includes(toks.at(-2)?.pos ?? '');
  if (
    (['ADP', 'DET', 'NUM', 'CCONJ'].includes(toks.at(-1)?.pos ?? '') && !stranded) ||
    /^(?:dozen|score|hundreds?|thousands?)$/.test(toks.at(-1)?.lower ?? '')
  )
    return false;
  while (i < toks.length && toks[i]!.pos === 'ADV') i++;
  const verb = toks[i];
  if (!verb || !['VERB', 'AUX'].includes(verb.pos)) return false;
  // ("the man being asked": a participle alone is no finite verb.)
  return !/ing$/.test(verb.lower);
}

/** Whether a correction's head (the words after "misstated") names the value's owner and measure. */
export function headNamesOwner(head: string): boolean {
  if (isVagueHead(head)) return false;
  const clause = liftedClause(head);
  // "the distance", "the area": a measure with no owner.
  if (clause === '') return false;
  // ("the 2013": a head with no noun but a number names nothing the value belongs to.)
  if (/^(?:the|a|an) /.test(head) && !tagged(head).some((t) => ['NOUN', 'PROPN'].includes(t.pos) && !/\d/.test(t.text))) return false;
  return clause === null || finiteClause(clause, /^(?:when|where)\b/.test(head));
}

/** Nouns that count many with no plural's shape ("the number of police"). */
const COLLECTIVE = /^(?:police|staff|personnel|cattle|sheep|fish|deer|crew|data|media)$/;

/**
 * Whether "the number of …" counts a plural noun phrase ("the number of ferry routes"); a singular,
 * a name or a describing word after "of" ("the number of MVP", "the number of day", "the number of
 * recovered") counts nothing a reader can name. True for a head that is no count.
 */
function countsPlural(head: string): boolean {
  const m = /^(?:the|a|an) number of (.+)$/.exec(head);
  // (Only a short count is read: a longer one's clause says what it counts, "the number of suspects who got away".)
  if (!m || m[1]!.split(' ').length > 2) return true;
  // ("the number of T20Is": an abbreviation's plural.)
  return m[1]!
    .split(' ')
    .some((noun) => (/^\p{Ll}/u.test(noun) && (isPluralNoun(noun) || COLLECTIVE.test(noun))) || /^[\p{Lu}\d]+s$/u.test(noun));
}

/**
 * Whether a figure, date, time or place correction's head is kept before the value's clause: it
 * names whose value it is (headNamesOwner) and what it counts. A count of a singular ("the number of
 * MVP", "the number of day") tells the reader nothing of what was wrong, and the blind judges
 * refused it: the clause is asked first, and such a head is only the fallback.
 */
export function headNamesMeasureAndOwner(head: string): boolean {
  return headNamesOwner(head) && countsPlural(head);
}

/**
 * headNamesMeasureAndOwner for a head already found to name its owner: the writer asks
 * headNamesOwner first (propose.ts, "vagueHead") and need not tag the head a second time.
 */
export function headNamesMeasure(ownerNamed: boolean, head: string): boolean {
  return ownerNamed && countsPlural(head);
}
