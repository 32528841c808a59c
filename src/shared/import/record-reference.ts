/**
 * A "For the record" item (the Guardian's and the Observer's corrections column): the fact set
 * right, then the piece it corrects cited at the very end by title, day and page — "X is the
 * president of Serbia, not its prime minister (Exiles in Belgrade, 29 October, p34).". The item
 * has no error word: the contrast ("not its prime minister", "was actually …") is the correction,
 * and the closing citation says it is the paper's own. A citation inside copy, or one without a
 * page, is not read here: an essay's "(Letters, 2 April)" or a report's "(page 14)" is anyone's.
 */

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
/** "(Title, 29 October, p34)." or "(Title, 2 April, New Review, p20)." closing the line. */
const CLOSING_CITATION = new RegExp(
  String.raw`\([^()]{3,140},\s*(?:\d{1,2}\s+${MONTH}|${MONTH}\s+\d{1,2})(?:,?\s+\d{4})?,\s*(?:[^(),]{1,40},\s*)?(?:p|pp|page)\.?\s?\d+\)\.?$`,
  'iu',
);
/** What sets the fact right before the citation: a contrast, not an error word. */
const SETS_RIGHT =
  /,\s+not\s|\bnot\s+(?:its|his|her|their|the|an?)\s|\b(?:actually|in fact|rather than|instead of|should have (?:been|said|read))\b/i;

/** True for a corrections-column item closed by its citation of the piece it corrects. */
export function readsAsRecordItem(line: string): boolean {
  const m = CLOSING_CITATION.exec(line);
  return !!m && SETS_RIGHT.test(line.slice(0, m.index));
}
