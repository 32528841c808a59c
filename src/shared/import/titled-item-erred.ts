/**
 * A magazine's corrections item that opens on the piece's title in quotes and its own citation in
 * brackets — section, issue day, edition — then the error: '"A bum steer on mad cow disease" (News:
 * Analysis & Commentary, Jan. 12, print version) miscalculated the percentage …'. The bracketed
 * citation with its day is the magazine's way of naming its own piece; the verb must be an error of
 * print. A review quoted in copy ('"The Long Road" (Film, Jan. 12) misses the point') has no such
 * verb, and a title with no day in its brackets is no citation.
 */
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const TITLED_ITEM_ERRED = new RegExp(
  String.raw`^["“][^"“”]{3,160}["”]\s*\([^()]{0,80}\b${MONTH}\s+\d{1,2}\b[^()]{0,40}\)\s+(?:(?:incorrectly|erroneously|mistakenly|wrongly|inaccurately)\s+\p{L}+|mis(?:stat|identif|spel|quot|attribut|report|nam|label|caption|dat|calculat|print)\p{L}*)\b`,
  'u',
);

export function tellsTitledItemErred(item: string): boolean {
  return TITLED_ITEM_ERRED.test(item.trim());
}
