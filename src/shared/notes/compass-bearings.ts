/**
 * A bearing from a place is a fact: "Fenwick, northeast of Dalton" → "northwest of Dalton" puts the
 * town somewhere else, so it is corrected — "misstated the location of Fenwick. It is northwest of
 * Dalton, not northeast." — never passed over as rewording. Read from structure: one compass word for
 * another, followed in both versions by "of" and the same place.
 */
import { hedges } from './hedge-words';

/** A compass point, one word or hyphenated: "north", "northeast", "south-west". */
const BEARING = /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)$/i;

/** The parts of a bearing, so "northeast" and "north-east" are the same point. */
const point = (word: string) => word.toLowerCase().replace(/-/g, '');

/** Is `word` a compass point? */
export const isBearing = (word: string) => BEARING.test(word);

/**
 * One compass word swapped for another before "of" and the same place ("northeast of Dalton" →
 * "northwest of Dalton"): the bearing put right, told with the place it is taken from. Null for
 * any other change, and for a bearing written another way ("north-east" / "northeast").
 */
export function bearingChanged(
  removed: string[],
  added: string[],
  oldTokens: string[],
  newTokens: string[],
  oldAt: number,
  newAt: number,
): { before: string; after: string } | null {
  if (removed.length !== 1 || added.length !== 1) return null;
  const [was, now] = [removed[0]!, added[0]!];
  if (!isBearing(was) || !isBearing(now) || point(was) === point(now)) return null;
  // "of" and the place's capitalized words, the same after both.
  const from = (tokens: string[], at: number) => {
    if (tokens[at]?.toLowerCase() !== 'of') return '';
    let k = at + 1;
    if (/^the$/i.test(tokens[k] ?? '')) k++;
    const start = k;
    while (k < tokens.length && k - start < 4 && /^\p{Lu}/u.test(tokens[k]!)) k++;
    return k > start ? tokens.slice(at, k).join(' ') : '';
  };
  const place = from(oldTokens, oldAt + 1);
  if (!place || place !== from(newTokens, newAt + 1)) return null;
  return { before: `${was} ${place}`, after: `${now} ${place}` };
}

/** "Fenwick, northwest of Dalton": the place the bearing locates, named just before it. */
export function placeOfBearing(sentence: string, value: string): { what: string; past: boolean } | null {
  const esc = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(
    `((?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*),\\s+(?:(?:${hedges('about', 'some', 'roughly', 'nearly', 'just')})\\s+)?(?:[\\d,.]+\\s+(?:miles|mile|kilometers|kilometres|km)\\s+)?${esc}`,
    'u',
  ).exec(sentence);
  if (!m || !isBearing(value.split(' ')[0]!)) return null;
  const words = m[1]!.split(/\s+/);
  while (words.length > 1 && /^(?:The|A|An|In|At|On|But|And|When|While|Near|From)$/.test(words[0]!)) words.shift();
  return { what: `the location of ${words.join(' ')}`, past: false };
}
