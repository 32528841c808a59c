/**
 * Units of measure after a figure ("120 acres", "5 km", "40 pounds"): what each measures and its
 * size in one base unit of that measure, so an edit can tell a unit put right ("120 acres" →
 * "120 hectares": the same figure, another measure — a correction) from a measure given in other
 * units ("5 miles (8 km)", "5 miles" → "8 kilometers": the same distance — no fact changed).
 */

export type Quantity = 'distance' | 'area' | 'weight' | 'volume' | 'speed' | 'temperature';

interface Unit {
  quantity: Quantity;
  /** The unit's size in the base unit of its quantity (meters, square meters, kilograms, liters, meters a second). */
  size: number;
}

/** Each unit's spellings, one group a line: singular, plural and short forms. */
const UNITS: [string, Quantity, number][] = [
  ['mile miles mi', 'distance', 1609.344],
  ['kilometer kilometers kilometre kilometres km', 'distance', 1000],
  ['meter meters metre metres', 'distance', 1],
  ['centimeter centimeters centimetre centimetres cm', 'distance', 0.01],
  ['millimeter millimeters millimetre millimetres mm', 'distance', 0.001],
  ['foot feet ft', 'distance', 0.3048],
  ['yard yards yd yds', 'distance', 0.9144],
  ['inch inches', 'distance', 0.0254],
  ['acre acres', 'area', 4046.856],
  ['hectare hectares ha', 'area', 10000],
  ['pound pounds lb lbs', 'weight', 0.45359],
  ['kilogram kilograms kilogramme kilogrammes kg kilo kilos', 'weight', 1],
  ['gram grams', 'weight', 0.001],
  ['ounce ounces oz', 'weight', 0.02835],
  ['ton tons', 'weight', 907.185],
  ['tonne tonnes', 'weight', 1000],
  ['stone', 'weight', 6.35],
  ['gallon gallons gal', 'volume', 3.78541],
  ['liter liters litre litres', 'volume', 1],
  ['quart quarts', 'volume', 0.94635],
  ['pint pints', 'volume', 0.47318],
  ['mph', 'speed', 0.44704],
  ['km/h kph kmh', 'speed', 0.27778],
  ['knot knots', 'speed', 0.51444],
  ['fahrenheit', 'temperature', 1],
  ['celsius centigrade', 'temperature', 1],
];

const BY_WORD = new Map<string, Unit & { group: number }>();
UNITS.forEach(([spellings, quantity, size], group) => {
  for (const word of spellings.split(' ')) BY_WORD.set(word, { quantity, size, group });
});

/**
 * The unit a word names, read in lower case and without a closing point ("mi." is "mi"). No
 * one-letter form ("g", "F", "C") is read: after a figure it may as well be a flat or a gate.
 * Null for any other word.
 */
export function unitOfWord(word: string): (Unit & { group: number }) | null {
  return BY_WORD.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

/**
 * "40C", "98.6 F", "40°F": a capital C or F straight after a figure is the temperature's scale —
 * the one place a one-letter unit is read. Null for any other word.
 */
function temperatureLetter(tokens: string[], at: number): (Unit & { group: number }) | null {
  const letter = tokens[at] ?? '';
  if (!/^[CF]$/.test(letter) || !FIGURE.test(tokens[at - 1] ?? '') || LABEL.test(tokens[at - 2] ?? '')) return null;
  return unitOfWord(letter === 'C' ? 'celsius' : 'fahrenheit');
}

/** Words a figure and a letter label a place or a thing by ("Unit 40C", "Seat 12F"): no temperature. */
export const LABEL =
  /^(?:unit|apartment|apt|suite|room|seat|row|gate|flat|floor|level|pier|dock|platform|terminal|route|bus|building|lot|section|box|form|exhibit|article|chapter|item|bay|ward|bed|block|tower|zone|stand|hangar|berth|cell|locker|no)\.?$/i;

/** "square miles", "sq km": an area named by a length's unit. */
const SQUARE = /^(?:square|sq\.?)$/i;

/** A plain figure as copy prints it: "120", "1,200", "4.5". */
export const FIGURE = /^\d[\d,]*(?:\.\d+)?$/;

/**
 * The measure the word at `at` stands for after a figure ("120 acres", "30 square miles", "90
 * degrees Fahrenheit"): its quantity and size, "square" making a length's unit an area's, and the
 * place of the figure. Null when the word is no unit or stands after no figure.
 */
export function measureAt(tokens: string[], at: number): (Unit & { group: number; figureAt: number }) | null {
  const unit = unitOfWord(tokens[at] ?? '') ?? temperatureLetter(tokens, at);
  if (!unit) return null;
  const before = SQUARE.test(tokens[at - 1] ?? '') || /^degrees?$/i.test(tokens[at - 1] ?? '') ? at - 2 : at - 1;
  if (!FIGURE.test(tokens[before] ?? '')) return null;
  const square = before === at - 2 && SQUARE.test(tokens[at - 1] ?? '');
  if (square && unit.quantity !== 'distance') return null;
  if (square) return { quantity: 'area', size: unit.size * unit.size, group: unit.group + 1000, figureAt: before };
  return { ...unit, figureAt: before };
}

/** A figure's value as copy prints it ("1,200", "4.5"); NaN when it is no plain figure. */
function valueOf(figure: string): number {
  return FIGURE.test(figure) ? Number(figure.replace(/,/g, '')) : Number.NaN;
}

/** The temperature in Celsius from a figure in `unit`'s scale. */
function celsius(value: number, unit: Unit & { group: number }): number {
  return unitOfWord('fahrenheit')!.group === unit.group ? ((value - 32) * 5) / 9 : value;
}

/**
 * True when two figures with their units state the same measure, as a conversion rounds it
 * ("5 miles" and "8 km", "40 pounds" and "18 kilograms"): the same quantity in other units, equal
 * within a tenth. The same unit twice is no conversion.
 */
export function sameMeasure(figureA: string, unitA: Unit & { group: number }, figureB: string, unitB: Unit & { group: number }): boolean {
  if (unitA.quantity !== unitB.quantity || unitA.group === unitB.group) return false;
  const [a, b] = [valueOf(figureA), valueOf(figureB)];
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  if (unitA.quantity === 'temperature') return Math.abs(celsius(a, unitA) - celsius(b, unitB)) <= 1.5;
  const [x, y] = [a * unitA.size, b * unitB.size];
  return x > 0 && y > 0 && Math.abs(x - y) / Math.max(x, y) <= 0.1;
}

/** A measure read from one word of copy: the figure it states (a share for "half-mile") and its unit. */
export interface WordMeasure {
  value: number;
  unit: string;
  group: number;
}

/** Units a share of one is told in, hyphened to its fraction ("half-hour", "quarter-mile"): lengths, areas and spans of time. */
const SHARED_UNIT =
  /^(?:mile|kilometer|kilometre|meter|metre|foot|yard|inch|acre|hectare|pound|ton|gallon|second|minute|hour|day|week|month|year|century)$/i;
const SHARES: Record<string, number> = { half: 0.5, quarter: 0.25, third: 1 / 3, 'three-quarter': 0.75, 'three-quarters': 0.75 };

/** Spans of time, by their size in hours, for a share of one ("half-hour" → "hour"). */
const TIME_HOURS: Record<string, number> = {
  second: 1 / 3600,
  minute: 1 / 60,
  hour: 1,
  day: 24,
  week: 168,
  month: 730,
  year: 8760,
  century: 876000,
};

/** The group of a unit word, a span of time counted among them after every unit of UNITS. */
function groupOf(unit: string): number {
  const known = unitOfWord(unit);
  if (known) return known.group;
  const hours = TIME_HOURS[unit.toLowerCase()];
  return hours === undefined ? -1 : UNITS.length + Object.keys(TIME_HOURS).indexOf(unit.toLowerCase());
}

/** A measure in one word: a share of one unit hyphened to it ("half-mile", "quarter-hour"). Null for any other word. */
export function wordMeasure(word: string): WordMeasure | null {
  const share = /^(half|quarter|third|three-quarters?)-(\p{L}+)$/iu.exec(word);
  if (share && SHARED_UNIT.test(share[2]!)) return { value: SHARES[share[1]!.toLowerCase()]!, unit: share[2]!, group: groupOf(share[2]!) };
  return null;
}

/**
 * The measure a few words state, as "a mile", "an hour", "one acre" (one of the unit), or one word
 * read by `wordMeasure` after an article ("a half-mile"). Null for any other words.
 */
export function phraseMeasure(words: string[]): WordMeasure | null {
  // "half a mile", "half an hour": the share told in words is the hyphened one.
  const spelled = /^(half|quarter)$/i.test(words[0] ?? '') && /^(?:a|an)$/i.test(words[1] ?? '') && words.length === 3;
  if (spelled) return wordMeasure(`${words[0]}-${words[2]}`);
  const rest = /^(?:a|an|one)$/i.test(words[0] ?? '') ? words.slice(1) : words;
  if (rest.length !== 1) return null;
  const read = wordMeasure(rest[0]!);
  if (read) return read;
  if (rest === words || !SHARED_UNIT.test(rest[0]!)) return null;
  return { value: 1, unit: rest[0]!, group: groupOf(rest[0]!) };
}

/** True when two measures read from words state different things: another figure, or another unit of any size. */
export function measuresDiffer(a: WordMeasure, b: WordMeasure): boolean {
  return a.value !== b.value || a.group !== b.group;
}
