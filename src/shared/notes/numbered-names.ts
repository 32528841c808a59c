/**
 * A number that names rather than counts: "in the 82nd minute" is when a deed was done, "on
 * Kilometer 258.1" or "on Route 95" where. Read as a count, such a number had no noun to count and
 * the correction fell back to "misstated a figure" or "a detail about …" (round 20's blind judges
 * refused both: a goal's minute, a crash site's kilometre marker). Told as the date or place it is,
 * fact-owner.ts reads the clause it dates or places ("the minute Rodriguez scored …", "where the
 * truck broke down. It was on Kilometer 258.1, not Kilometer 285.1"). Only an ordinal before a
 * unit of time, after "the"; and a bare number after a capitalized label of place that follows a
 * preposition of place. Nothing else is read here.
 */
import { TIME_UNIT } from './clause-ends';

interface Word {
  text: string;
  lower: string;
  pos: string;
}

export interface NumberedName {
  fact: 'date' | 'place';
  span: [number, number];
  right: string;
  wrong: string;
}

const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const PLACE_PREPOSITION = /^(?:on|at|in|near|along|off|onto|from|to)$/;
/**
 * A label that names a place ("Route", "Exit", "Kilometer", "Gate", "Ward"), or a road's capital
 * letters ("FM 16", "SR 20"). A label of a sequence ("Game 7", "Round 3", "Week 12", "Chapter 11")
 * dates or orders and is not told as where (review 21).
 */
const PLACE_LABEL =
  /^(?:route|highway|hwy|interstate|freeway|motorway|road|street|avenue|exit|junction|kilometer|kilometre|km|mile|marker|milepost|pier|dock|berth|gate|platform|terminal|concourse|runway|hangar|room|hall|building|ward|district|precinct|lot|block|bridge|lock|tunnel|station|zone|sector|county|parish|township)$/;

/** The span, kind and values of a number at `span` that names a time or a place; null for a count. */
export function numberedName(words: Word[], span: [number, number], right: string, wrong: string): NumberedName | null {
  const [l, r] = span;
  if (r !== l + 1) return null;
  const value = words[l]!;
  const unit = words[r];
  // "the 82nd minute", "the third day": the ordinal and its unit, with "the", date a deed.
  if (ORDINAL.test(value.lower) && ORDINAL.test(wrong) && unit && TIME_UNIT.test(unit.lower) && !/s$/.test(unit.lower)) {
    if (words[l - 1]?.lower !== 'the') return null;
    return { fact: 'date', span: [l - 1, r + 1], right: `the ${right} ${unit.text}`, wrong: `the ${wrong} ${unit.text}` };
  }
  // "on Kilometer 258.1", "near State Route 95": a label of one to three capitalized words before a bare number.
  if (!/^\d+(?:\.\d+)?$/.test(value.text) || !/^\d+(?:\.\d+)?$/.test(wrong)) return null;
  let b = l;
  while (b > 0 && l - b < 3 && /^\p{Lu}/u.test(words[b - 1]!.text) && ['PROPN', 'NOUN'].includes(words[b - 1]!.pos)) b--;
  if (b === l || !PLACE_PREPOSITION.test(words[b - 1]?.lower ?? '')) return null;
  const head = words[l - 1]!.text;
  if (!PLACE_LABEL.test(head.toLowerCase()) && !/^\p{Lu}{1,3}$/u.test(head)) return null;
  const label = words
    .slice(b, l)
    .map((w) => w.text)
    .join(' ');
  return { fact: 'place', span: [b, r], right: `${label} ${right}`, wrong: `${label} ${wrong}` };
}
