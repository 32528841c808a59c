/**
 * A figure hyphened to what it measures and set before the thing it describes: "a 25,000-capacity
 * arena" is the arena's capacity, "a 300-seat theater" the number of seats in the theater. Read as
 * two words ("the number of capacity arena") the note garbles it; review 12a found that on real copy.
 * The thing is the noun phrase after the compound (adjectives and nouns by wink-nlp's tags, to its
 * last noun), with a word before the figure that says which one ("its proposed", "the planned").
 * Units of measure ("a 40-foot boat") are quantityOf's in figures.ts; ages ("a 3-year-old") are not read here.
 */
import { plainText } from './sentences';
import { tagged } from './topics';

/** Measures a thing holds, told as "the {measure} of the {thing}". */
const HELD = /^(?:capacity|seat-capacity|acreage)$/i;

/** Parts a thing is counted in, told as "the number of {parts} in the {thing}" (plural as written). */
const PARTS: Record<string, string> = {
  seat: 'seats',
  bed: 'beds',
  room: 'rooms',
  member: 'members',
  page: 'pages',
  story: 'stories',
  storey: 'storeys',
  unit: 'units',
  lane: 'lanes',
  car: 'cars',
  screen: 'screens',
  classroom: 'classrooms',
  megawatt: 'megawatts',
};

/** Words before the figure that say which of its things is meant. */
const WHICH = /^(?:proposed|planned|new|existing|current|former|old|future|temporary|permanent)$/i;

/** Words of where or when that the tagger may read as nouns: they follow the thing, not name it ("a theater downtown"). */
const WHERE = /^(?:downtown|uptown|nearby|here|there|today|tonight|yesterday|tomorrow|now)$/i;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compoundMeasure(sentence: string, figure: string): string {
  const text = plainText(sentence);
  const m = new RegExp(`(?<![\\d.,])(\\p{L}+\\s+)?${escape(figure)}-(\\p{L}+(?:-\\p{L}+)?)\\s+(\\p{Ll}[\\p{Ll} -]*)`, 'u').exec(text);
  if (!m) return '';
  const measure = m[2]!.toLowerCase();
  const part = PARTS[measure];
  if (!HELD.test(measure) && !part) return '';
  const tags = tagged(m[3]!);
  let end = 0;
  while (
    end < tags.length &&
    ['NOUN', 'ADJ', 'PROPN'].includes(tags[end]!.pos) &&
    !/-/.test(tags[end]!.text) &&
    !WHERE.test(tags[end]!.text)
  )
    end++;
  while (end > 0 && tags[end - 1]!.pos !== 'NOUN') end--;
  if (!end) return '';
  const thing = tags
    .slice(0, end)
    .map((t) => t.text)
    .join(' ');
  const which = m[1] && WHICH.test(m[1].trim()) ? `${m[1].trim().toLowerCase()} ` : '';
  // (A board's members sit "on" it; parts of a thing are "in" it.)
  const within = part === 'members' ? 'on' : 'in';
  return part
    ? `the number of ${part} ${within} the ${which}${thing}`
    : `the ${measure.replace(/^seat-/, 'seating ')} of the ${which}${thing}`;
}
