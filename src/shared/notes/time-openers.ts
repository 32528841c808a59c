/**
 * A sentence opened by its time: "In 2009, crews …", "On a windy Friday in April 2003, the
 * governor rose …", "On the night of 14 March, though, officers …". The time dates the main clause
 * after its comma, so a corrected date there is the date of that clause's event — never of the
 * opening phrase ("misstated the date on a windy Friday" tells the reader nothing).
 */
import { tagged } from './topics';
import { beforeLaterClause, withoutDashAsides, withoutPurpose, withoutReckonedAside } from './reckoned-asides';

/** The phrase before the date is only time: a preposition and a few words of time, no verb. */
const OPENER = /^(?:back\s+)?(?:(?:early|late|later|earlier)\s+)?(?:on|in|during|by|at|late in|early in)(?:\s+[^\s,;:]+){0,5}$/i;
/**
 * "Just after 2 p.m.,", "Shortly before midnight,", "Around 9 a.m.,": a hedge set right before the
 * time is part of the time, not a time reckoned from another event; the note keeps it with the value.
 */
export const TIME_HEDGE =
  /^(?:(?:just|shortly|soon|right|sometime|moments|minutes)\s+(?:after|before)|(?:at\s+)?(?:around|about|approximately|roughly))$/i;
/** Words a clause is set off by after the opening time, before its subject. */
const LEAD_IN = /^(?:though|however|then|too|meanwhile|still|moreover|instead|by contrast|at the time),\s+/i;
/** "the night of 14 March": the part of the day the phrase names, which the note names too. */
const PART_OF_DAY_OF = /\bthe\s+(night|morning|evening|afternoon|weekend)(?:\s+of)?$/i;
/** Few enough words for a note's clause. */
const MOST_WORDS = 14;
/** Past this many words, what a deed was for is cut: the note names the deed. */
const PURPOSE_CUT_WORDS = 10;

const isVerb = (pos: string | undefined) => pos === 'VERB' || pos === 'AUX';
const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Does `head` (the sentence before the date, as printed) only say when? "On a chilly Tuesday in". */
export function opensOnTime(head: string): boolean {
  const phrase = head.trim();
  // ("In the weeks after June 3,": a time reckoned from the date is no time of the clause.)
  if (TIME_HEDGE.test(phrase)) return true;
  if (/\b(?:after|before|since|until|following|ahead of)\b/i.test(phrase)) return false;
  return OPENER.test(phrase) && !tagged(phrase).some((t) => isVerb(t.pos) && !/^(?:late|early)$/i.test(t.text));
}

/** "night" for "On the night of": the part of the day the opening names, or ''. */
export function partOfDayOpened(head: string): string {
  return PART_OF_DAY_OF.exec(head.trim())?.[1]?.toLowerCase() ?? '';
}

/**
 * The main clause after the opening time, cut to its event: set-off asides ("the protesters, who
 * call themselves …, were camping") are left out, the clause ends at its first comma or dash, and
 * a long one ends before what only describes its object ("a sealed room stocked with …", "a vault
 * that …"). '' when the tail does not open on a comma or no short clause is left.
 */
export function clauseAfterTime(tail: string): string {
  // ("On May 2, days before the vote, the mayor -- a lawyer -- resigned": reckoned-asides.ts.)
  const opened = /^\s*,\s+(.+)$/.exec(withoutDashAsides(withoutReckonedAside(tail)));
  if (!opened) return '';
  let clause = opened[1]!
    .replace(LEAD_IN, '')
    .replace(/,\s+(?:who|which|whose)\s+[^,]+,\s+/gi, ' ')
    .split(/\s*[,;:—–(]\s*|\s+-\s+/)[0]!
    .replace(/[.!?"”]+$/, '')
    // ("used pepper spray on hundreds of marchers": a rough count is no part of what happened.)
    .replace(/\b(?:hundreds|thousands|dozens|scores|millions) of\s+/gi, '')
    .trim();
  // ("… carried the boy into a van after his mother fell": a clause of its own after the event, reckoned-asides.ts.)
  if (wordsOf(clause) > MOST_WORDS) clause = beforeLaterClause(clause);
  if (wordsOf(clause) > PURPOSE_CUT_WORDS) clause = withoutPurpose(clause);
  if (wordsOf(clause) > MOST_WORDS) clause = withoutObjectsDescription(clause);
  if (wordsOf(clause) > MOST_WORDS) clause = withoutTrailingPhrase(clause);
  // "the temperature was below freezing and the protesters were camping": the first of two clauses
  // joined by "and" is the event told ("the city and the county signed", with no verb before its
  // "and", is one subject).
  const first = clause.split(/\s+and\s+(?=(?:the|a|an|his|her|their|its)\s)/i)[0]!;
  if (first !== clause && tagged(first).some((t, k) => k > 0 && isVerb(t.pos))) clause = first;
  return wordsOf(clause) <= MOST_WORDS && wordsOf(clause) >= 3 ? clause : '';
}

/**
 * "Cosmos announced it would add Bitcoin to its reserves as part of a broader strategy …", "the
 * victim saw a man run out of his home in the Placid Lakes subdivision": what the deed was part of,
 * else a last phrase of place after it, is cut from a clause too long for a note; the deed stays
 * (review 19 found "a date" and "a time" where these clauses were one phrase too long).
 */
function withoutTrailingPhrase(clause: string): string {
  const aside = /\s+(?:as part of|as a way to|in an effort to|in order to|in a bid to|amid)\s/i.exec(clause);
  if (aside && wordsOf(clause.slice(0, aside.index)) >= 4) return clause.slice(0, aside.index);
  // (A place is a name or a thing with its article: "in her honor" is no place.)
  const place = /\s+(?:in|at|near|outside|inside|on)\s+(?:(?:the|a|an)\s+\S+|\p{Lu}\S*)(?:\s+\S+){0,4}$/u.exec(clause);
  if (place && !tagged(place[0]).some((t) => isVerb(t.pos)) && wordsOf(clause.slice(0, place.index)) >= 4)
    return clause.slice(0, place.index);
  return clause;
}

/** "stumbled into a sealed room stocked with peaches" → "stumbled into a sealed room": the object kept, its description cut. */
function withoutObjectsDescription(clause: string): string {
  const tokens = tagged(clause);
  // (The main verb, not a participle in the subject: "crews repairing the viaduct stumbled".)
  const verb = tokens.findIndex((t, k) => k > 0 && isVerb(t.pos) && !/ing$/i.test(t.text));
  if (verb < 0) return clause;
  for (let k = verb + 2; k < tokens.length; k++) {
    const word = tokens[k]!;
    const after = tokens[k - 1]!.pos === 'NOUN';
    if (after && (/^(?:that|which|who)$/i.test(word.text) || /^\p{Ll}+ed$/u.test(word.text))) {
      const cut = clause.split(/\s+/).slice(0, wordIndex(tokens, k)).join(' ');
      return cut;
    }
  }
  return clause;
}

/** The clause's own word number of token `k` (the tagger splits "city's" and "30-day" apart). */
function wordIndex(tokens: { text: string; space: string }[], k: number): number {
  let words = 0;
  for (let j = 1; j <= k; j++) if (tokens[j]!.space.length) words++;
  return words;
}
