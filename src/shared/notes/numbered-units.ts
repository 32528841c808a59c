/**
 * "the 1st Battalion", "the 9th Circuit", "the 3rd Precinct", "the 4th Infantry Division", "the
 * 12th Congressional District": an ordinal before a capitalized noun is part of a unit's name, so a
 * corrected ordinal misidentifies that unit — "misidentified the battalion. It is the 1st
 * Battalion, not the 2nd Battalion" — never a rank ("the fifth closure") nor a date ("the 2nd of
 * May", "19th century"). The unit is named by the head of the name, its last capitalized word.
 * Null when the ordinal stands before no such name.
 */
import { escapeRegExp } from './names';
import { plainText } from './sentences';

/** Heads that make the ordinal a date or a period, not a unit's name. */
const NOT_A_UNIT =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Century|Centuries|Millennium)$/;

/** "3 rd" (as the edit's tokens read it) → "3rd". */
const joined = (value: string) => value.replace(/(\d)\s+(st|nd|rd|th)\b/gi, '$1$2');

/** The unit's name after the ordinal in `sentence`: "2nd Battalion", "4th Infantry Division". */
function unitName(sentence: string, ordinal: string): { name: string; head: string } | null {
  const m = new RegExp(
    String.raw`(?<![\p{L}\p{N}])${escapeRegExp(ordinal)}\s+((?:(?!The\b)\p{Lu}[\p{L}'’-]*\s+){0,3}(?!The\b)\p{Lu}[\p{L}'’-]*)(?![\p{L}'’-]|\.\p{L})`,
    'u',
  ).exec(plainText(sentence));
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  const head = words.at(-1)!.replace(/['’]s$/, '');
  if (words.some((w) => NOT_A_UNIT.test(w.replace(/\.$/, '')))) return null;
  return { name: `${ordinal} ${m[1]}`.replace(/['’]s$/, ''), head };
}

export function numberedUnit(older: string, newer: string, before: string, after: string): string {
  // ("5th" → "8th" shares its "th": the edit's tokens hold the digits alone.)
  const suffixed = (value: string, sentence: string) =>
    /^\d+$/.test(value)
      ? (new RegExp(String.raw`(?<![\d.,])${value}(?:st|nd|rd|th)\b`, 'i').exec(plainText(sentence))?.[0] ?? value)
      : value;
  const [wrong, right] = [suffixed(joined(before), older), suffixed(joined(after), newer)];
  if (!/^\d+(?:st|nd|rd|th)$/i.test(right) || !/^\d+(?:st|nd|rd|th)$/i.test(wrong)) return '';
  const now = unitName(newer, right);
  const was = unitName(older, wrong);
  if (!now || !was || now.head !== was.head) return '';
  return `misidentified the ${now.head.toLowerCase()}. It is the ${now.name}, not the ${was.name}`;
}
