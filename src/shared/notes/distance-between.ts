/**
 * A distance set between two named places says which two: "Oak Harbor, a community about 30 miles
 * (48 km) southwest of Burlington" or "Lyle is 12 miles east of Dufur" → "the distance from Oak Harbor
 * to Burlington". The bare quantity ("misstated the distance") names nothing when the story gives
 * several (review 19 found it on real copy). The first place is the name the distance is told of (set
 * before it in apposition, or the subject of "is"/"lies"/"sits"); the second follows "of" or "from"
 * after the unit, a compass word perhaps between. Both must be capitalized runs; '' otherwise.
 */
import { escapeRegExp } from './names';

const PLACE = String.raw`(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|de\s+|upon\s+)?\p{Lu}[\p{L}'’.-]*){0,3})`;
const HEDGE = String.raw`(?:(?:about|nearly|almost|roughly|some|just|around|approximately|more than|less than|only)\s+)?`;
const COMPASS = String.raw`(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|upstream|downstream|inland|offshore)\s+)?`;

export function distanceBetween(text: string, figure: string, unit: string): string {
  const after = String.raw`${HEDGE}${escapeRegExp(figure)}[\s-]+${escapeRegExp(unit)}\s*(?:\([^)]*\)\s*)?${COMPASS}(?:of|from)\s+(?:the\s+)?${PLACE}`;
  for (const re of [
    // "Oak Harbor, a community about 30 miles southwest of Burlington"
    // ("Jones, a farmer who lives about 5 miles north of Dufur": a "who" tells of a person, not a place.)
    new RegExp(String.raw`${PLACE},\s+(?:a|an|the)\s+(?:(?!who\b|whose\b|whom\b)[\p{Ll}-]+\s+){0,3}?${after}`, 'u'),
    // "Lyle is 12 miles east of Dufur", "The farm lies about 3 miles from Ely"
    new RegExp(String.raw`${PLACE}\s+(?:is|was|lies|lay|sits|sat|stands|stood)\s+${after}`, 'u'),
  ]) {
    const m = re.exec(text);
    if (m && !/^(?:The|A|An|It|This|That|He|She|They)$/.test(m[1]!)) return `the distance from ${m[1]} to ${m[2]!.replace(/\.$/, '')}`;
  }
  return '';
}
