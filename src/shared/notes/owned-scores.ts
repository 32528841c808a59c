/**
 * A bare figure a name owns, with no noun after it ("followed Harry Brook's incendiary 186,", "Woods'
 * closing 64 left him two back"), is that player's or side's score: the sports page's way of giving
 * runs, points or strokes. The note says whose: "misstated Harry Brook's score", never "a figure"
 * (review 19 found the bare fallback on a cricket report). Only a figure that ends its clause (a
 * comma, a semicolon, a full stop) is read so: "Ohio's 88 counties" counts counties, "the company's
 * 2024 results" is a year, and a figure a phrase goes on from ("Acme's 1,500 in Seattle", "Biden's 81
 * was an issue") is a count or an age, not a score (review 19). The owner is a run of capitalized words,
 * so "the county's 12" (a common noun) is left to the other readers.
 */
import { escapeRegExp, isSentenceStarter } from './names';
import { plainText } from './sentences';

export function ownedScore(sentence: string, figure: string): string {
  const text = plainText(sentence);
  const m = new RegExp(
    String.raw`(?:^|[^\p{L}])((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*)['’](s?)\s+(?:\p{Ll}+\s+){0,2}${escapeRegExp(figure)}(?=\s*[,;.)]|\s*$)`,
    'u',
  ).exec(text);
  // ("There's $50,000 in it": a contraction is no owner.)
  if (!m || /^(?:19|20)\d\d$/.test(figure) || /^(?:There|Here|It|That|What|Who|He|She|Let|Where|How)$/.test(m[1]!)) return '';
  // ("Brook's incendiary 186": the adjective goes; the name keeps its own possessive form.)
  // ("After Harry Brook's 186": a word that opens the sentence is no part of the name.)
  const owner = m[1]!.split(/\s+/);
  while (owner.length > 1 && isSentenceStarter(owner[0]!)) owner.shift();
  return `${owner.join(' ')}'${m[2]} score`;
}
