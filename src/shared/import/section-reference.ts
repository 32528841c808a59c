/**
 * A corrections-column item that cites the paper's own section and the day the piece ran in
 * brackets, as British and Irish papers do: "We said … (Comment, Jul 15). …", "The article “…”
 * (Magazine, November 29) failed to acknowledge …", "… contrary to the headline “…” (News,
 * December 12), …". The bracket is the paper's own furniture — a section of its own pages and a
 * day — so the sentence that holds it, speaking of "we said" or of our piece by its kind, is the
 * column speaking of its own error. Copy cites another outlet's piece by its name ("(BBC News,
 * Monday)", "(Reuters, Jan 5)") or a document's parts ("(PDF, 12 pages)"), not by a bare section.
 */

/** Sections of a paper's own pages, as its column cites them. */
const SECTION = String.raw`(?:Home News|News Review|News|World|Business|Money|Comment|Opinion|Magazine|Culture|Sport|Travel|Style|Arts|Review|Features?|Letters|Obituaries|Property|Science|Books|Weekend|Home|Life|Metro|Editorial|Leading articles?|Focus|Insight)`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?`;
/** When the piece ran: "last week", "yesterday", "Tuesday", "Jul 30", "30 July". */
const WHEN_RAN = String.raw`(?:last week|last weekend|yesterday|last (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|${MONTH}\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH}(?:\s+\d{4})?)`;
/**
 * "(News, last week)", "(World, Jul 29)", "(News, early editions, Jul 30)", "(Magazine, November
 * 29, page 12)": the section first, the day last but for a page.
 */
const OWN_SECTION_CITED = new RegExp(String.raw`\(${SECTION},\s+(?:[a-z][a-z ]{2,25},\s+)?${WHEN_RAN}(?:,\s+(?:page|p)\s*\d+)?\)`, 'u');
/** The newsroom's own words or its piece by kind, in the sentence that cites the section. */
const OURS =
  /^We (?:(?:wrongly|incorrectly|mistakenly|erroneously) )?(?:said|reported|stated|wrote|described|claimed|suggested|referred|called|implied)\b|\b(?:[Tt]he|[Oo]ur|[Aa]n?) (?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(?:article|report|story|headline|leader|column|review|interview|picture|photograph|photo|caption|graphic|piece|obituary|editorial|feature|profile)\b/u;

/** True for a column item whose sentence citing its own section speaks of our report. */
export function readsAsSectionCited(item: string): boolean {
  const sentences = item.split(/(?<=[.!?][”"’]?)\s+(?=[\p{Lu}“"‘])/u);
  return sentences.some((sentence) => OWN_SECTION_CITED.test(sentence) && OURS.test(sentence));
}
