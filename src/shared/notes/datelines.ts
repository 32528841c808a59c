/**
 * A dateline put right: the place a story was reported from is a fact ("SPRINGFIELD, Ill. (AP) —"
 * → "PEORIA, Ill. (AP) —"), and AP corrects it in its own words: "An earlier version of this
 * article gave an incorrect dateline. The story was reported from Peoria, not Springfield." The
 * sentence reader sets the dateline aside as furniture, so it is read here.
 */
import type { ArticleContent } from '../article/article';
import { blockText, bodyToBlocks } from '../article/blocks';
import { printedDatelineLength, readDatelineLead } from '../article/dateline';
import { isInBodyFurniture } from './trims';

/** The dateline's place as a reader says it: "SPRINGFIELD, Ill. (AP)" → "Springfield". */
export function datelinePlace(dateline: string): string {
  const place = dateline.split(/[,(—–]|\s-/)[0]!.trim();
  if (!/\p{Lu}/u.test(place)) return '';
  // Capitals as printed ("NEW YORK", "ST. PAUL"): each word with its first letter kept.
  return place
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/**
 * The article's dateline: its field when it reads as a dateline prints (the place in capitals, a
 * word with a vowel: "PEORIA, Ill. (AP)"), else the one printed at the head of the first paragraph,
 * as wire copy and pasted copy carry it. A field of other text names no place.
 */
export function datelineOf(content: Pick<ArticleContent, 'body'> & { dateline?: string }): string {
  const field = content.dateline?.trim() ?? '';
  if (field) {
    const lead = readDatelineLead(`${field} — .`);
    return lead && lead.length === field.length + 3 && /^[A-Z][A-Z .'’-]*[AEIOUY][A-Z .'’-]*[A-Z](?=$|[,(\s])/.test(field) ? field : '';
  }
  // A photo line and its caption may stand above the lead in pasted copy: the lead is the first
  // paragraph that is no furniture (trims.ts).
  const blocks = bodyToBlocks(content.body).filter((b) => b.type !== 'rule');
  const lead = blocks.slice(0, 4).find((b) => !isInBodyFurniture(blockText(b))) ?? blocks[0];
  if (!lead) return '';
  const text = blockText(lead);
  return text.slice(0, printedDatelineLength(text)).trim();
}

/**
 * The dateline with the comma a slip dropped before its state put back: "ROANOKE COUNTY Va." →
 * "ROANOKE COUNTY, Va." ("AUGUSTA Maine" too), so the comma put right is the same place, never a new one.
 */
function withStateComma(dateline: string): string {
  return dateline.replace(
    /^(\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}[.'’]?)\s+(?=(?:\p{Lu}\p{Ll}{1,5}\.|(?:\p{Lu}\.){2}|Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Texas|Utah)(?:\s|$))/u,
    '$1, ',
  );
}

/** The places of a dateline put right, or null when it kept its place (or either version has none). */
export function datelineCorrection(
  older: Pick<ArticleContent, 'body'>,
  newer: Pick<ArticleContent, 'body'>,
): { wrong: string; right: string } | null {
  const [olderLine, newerLine] = [withStateComma(datelineOf(older)), withStateComma(datelineOf(newer))];
  const wrong = datelinePlace(olderLine);
  const right = datelinePlace(newerLine);
  if (!wrong || !right) return null;
  // "PORTLAND, Ore." → "PORTLAND, Maine": the state tells the two Portlands apart, so a changed
  // state is told with its city, and so is a city put right when the state changed with it.
  const [wrongRegion, rightRegion] = [datelineRegion(olderLine), datelineRegion(newerLine)];
  // Only two known states that differ: "Ore" and "Ore.", "D.C." and "DC" are one place printed two
  // ways, and a region not in the list (a province, a territory, a country) is never read as changed.
  const [wrongState, rightState] = [stateName(wrongRegion), stateName(rightRegion)];
  const regionChanged = !!wrongState && !!rightState && wrongState !== rightState;
  if (wrong.toLowerCase() === right.toLowerCase() && !regionChanged) return null;
  return regionChanged ? { wrong: `${wrong}, ${wrongRegion}`, right: `${right}, ${rightRegion}` } : { wrong, right };
}

/** The state or country after the dateline's city: "PORTLAND, Ore. (AP)" → "Ore."; none → ''. */
function datelineRegion(dateline: string): string {
  return /^[^,]+,\s*([\p{Lu}][\p{L}. ]{1,30}?)\s*(?:\(|[—–]|\s-|$)/u.exec(dateline)?.[1]?.trim() ?? '';
}

/** AP's state abbreviations and the postal codes, each with the state's name. */
const STATES: [string, string, string][] = [
  ['Alabama', 'Ala.', 'AL'],
  ['Alaska', 'Alaska', 'AK'],
  ['Arizona', 'Ariz.', 'AZ'],
  ['Arkansas', 'Ark.', 'AR'],
  ['California', 'Calif.', 'CA'],
  ['Colorado', 'Colo.', 'CO'],
  ['Connecticut', 'Conn.', 'CT'],
  ['Delaware', 'Del.', 'DE'],
  ['Florida', 'Fla.', 'FL'],
  ['Georgia', 'Ga.', 'GA'],
  ['Hawaii', 'Hawaii', 'HI'],
  ['Idaho', 'Idaho', 'ID'],
  ['Illinois', 'Ill.', 'IL'],
  ['Indiana', 'Ind.', 'IN'],
  ['Iowa', 'Iowa', 'IA'],
  ['Kansas', 'Kan.', 'KS'],
  ['Kentucky', 'Ky.', 'KY'],
  ['Louisiana', 'La.', 'LA'],
  ['Maine', 'Maine', 'ME'],
  ['Maryland', 'Md.', 'MD'],
  ['Massachusetts', 'Mass.', 'MA'],
  ['Michigan', 'Mich.', 'MI'],
  ['Minnesota', 'Minn.', 'MN'],
  ['Mississippi', 'Miss.', 'MS'],
  ['Missouri', 'Mo.', 'MO'],
  ['Montana', 'Mont.', 'MT'],
  ['Nebraska', 'Neb.', 'NE'],
  ['Nevada', 'Nev.', 'NV'],
  ['New Hampshire', 'N.H.', 'NH'],
  ['New Jersey', 'N.J.', 'NJ'],
  ['New Mexico', 'N.M.', 'NM'],
  ['New York', 'N.Y.', 'NY'],
  ['North Carolina', 'N.C.', 'NC'],
  ['North Dakota', 'N.D.', 'ND'],
  ['Ohio', 'Ohio', 'OH'],
  ['Oklahoma', 'Okla.', 'OK'],
  ['Oregon', 'Ore.', 'OR'],
  ['Pennsylvania', 'Pa.', 'PA'],
  ['Rhode Island', 'R.I.', 'RI'],
  ['South Carolina', 'S.C.', 'SC'],
  ['South Dakota', 'S.D.', 'SD'],
  ['Tennessee', 'Tenn.', 'TN'],
  ['Texas', 'Texas', 'TX'],
  ['Utah', 'Utah', 'UT'],
  ['Vermont', 'Vt.', 'VT'],
  ['Virginia', 'Va.', 'VA'],
  ['Washington', 'Wash.', 'WA'],
  ['West Virginia', 'W.Va.', 'WV'],
  ['Wisconsin', 'Wis.', 'WI'],
  ['Wyoming', 'Wyo.', 'WY'],
];
/** Each way a state is printed, without its points and spaces ("ore", "wva", "mn"), to its name. */
const key = (printed: string) => printed.toLowerCase().replace(/[.\s]+/g, '');
const STATE_NAME = new Map<string, string>(
  STATES.flatMap(([name, ap, postal]) => [name, ap, postal].map((w) => [key(w), name] as [string, string])),
);

/** A dateline's region as one state's name however it is printed ("Minn.", "MN", "Minnesota"), or '' when it is no state. */
export function stateName(region: string): string {
  return region ? (STATE_NAME.get(key(region)) ?? '') : '';
}

/** A state as AP abbreviates it, with its points ("Ore.", "N.J.", "W.Va."): a region printed so keeps them. */
export function isStateAbbreviation(printed: string): boolean {
  return /\.$/.test(printed) && STATES.some(([name, ap]) => ap === printed && ap !== name);
}

/**
 * One state for another as the copy prints them, by name or AP abbreviation ("Ind." → "Ill.",
 * "Montana" → "Oregon"): a place put right, however few letters apart. Postal codes are left out:
 * "IN", "OR" and "ME" are words too.
 */
export function otherState(before: string, after: string): boolean {
  const state = (printed: string) =>
    STATES.find(([name, ap]) => printed === name || printed.replace(/\.$/, '') === ap.replace(/\.$/, ''))?.[0] ?? '';
  return !!state(before) && !!state(after) && state(before) !== state(after);
}
