/**
 * A number spelled out inside a hyphened modifier — "a three-year-old case", "a five-day strike",
 * "a two-hour delay", "a 12-mile hike" written "a twelve-mile hike" — is a figure as much as its digits
 * are: "three-year-old" put right to "five-year-old" changes a fact, not a word's spelling. Only a
 * cardinal opening the compound counts, and only before a unit of time, of measure or of a count
 * ("-year", "-mile", "-point", "-seat"): "one-sided", "first-class", "second-hand" and "third-party"
 * are words, not figures (a cardinal before any noun it counts is one too: `countedNounPart`). A leaf module: edits.ts asks it whether a token is a number.
 */

import { pluralOf } from './plurals';
import { numberWordValue } from '../text/numbers';

/** Cardinals a compound opens on ("twenty-five-year-old": tens and units joined). */
const isCardinal = (word: string) => word === 'hundred' || (numberWordValue(word) ?? 0) > 0;

/** What a figure measures when a hyphen joins it to the noun after: time, distance, weight, a count of parts. */
const MEASURE_WORD =
  /^(?:second|minute|hour|day|night|week|month|year|decade|century|inch|foot|feet|yard|mile|meter|metre|kilometer|kilometre|acre|hectare|pound|ounce|ton|tonne|gallon|liter|litre|story|storey|floor|bed|bedroom|room|seat|member|person|man|woman|point|game|match|lap|mile|percent|page|count|part|piece|car|vehicle|lane|term|round|inning|set|stroke|shot|goal|run|yard|degree|times)s?$/;

/** "three-year-old", "twenty-five-year", "five-day": a spelled cardinal, then a unit, then maybe "old"/"long". */
export function isSpelledCompoundFigure(token: string): boolean {
  const parts = token
    .toLowerCase()
    .replace(/[’']s$/, '')
    .split('-');
  if (parts.length < 2) return false;
  let k = 0;
  while (k < parts.length && isCardinal(parts[k]!)) k++;
  if (k === 0 || k >= parts.length) return false;
  return MEASURE_WORD.test(parts[k]!) || countedNounPart(parts[k]!, parts.slice(0, k).join('-'));
}

/**
 * "a three-judge bench", "the four-time MVP", "a 12-nation bloc" spelled "twelve-nation": a cardinal
 * before any noun it counts is a figure too, not only before a unit (a count of judges, of titles won).
 * A word that only shapes an idiom — a participle ("one-sided", "two-faced"), a particle ("one-off",
 * "one-on-one") — counts nothing, nor "one-time", which means former.
 */
function countedNounPart(word: string, cardinal: string): boolean {
  return (
    /^\p{Ll}{3,}$/u.test(word) &&
    !/(?:ed|ing)$/.test(word) &&
    !/^(?:off|on|and|the|for|out|way)$/.test(word) &&
    !(cardinal === 'one' && word === 'time')
  );
}

/** The spelled figure a compound opens on ("twenty-five-year-old" → "twenty-five"), or the token itself. */
export function figureOfCompound(token: string): string {
  if (!isSpelledCompoundFigure(token)) return token;
  const parts = token.split('-');
  let k = 0;
  while (k < parts.length && isCardinal(parts[k]!.toLowerCase())) k++;
  return parts.slice(0, k).join('-');
}

/**
 * The figure a compound gives, said as a value: "five-year-old" → "five years old", "three-day" →
 * "three days", "one-hour" → "one hour"; '' for a token that is no spelled compound.
 */
export function compoundValue(token: string): string {
  if (!isSpelledCompoundFigure(token)) return '';
  const figure = figureOfCompound(token);
  const [unit, ...rest] = token
    .slice(figure.length + 1)
    .toLowerCase()
    .split('-');
  const one = /^one$/i.test(figure);
  const plural = one || /s$/.test(unit!) ? unit! : pluralOf(unit!);
  return [figure.toLowerCase(), plural, ...rest.filter((w) => /^(?:old|long)$/.test(w))].join(' ');
}
