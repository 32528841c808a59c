/**
 * A paper's own date: "the audit, which was dated March 9", "a letter dated June 2", "The memo is
 * dated Oct. 4". The date a document carries is no event of the sentence around it ("misstated
 * the date the audit was dated" says it twice); the note names the paper: "misstated the date of
 * the audit. It is March 9, not March 19."
 */

/** The paper before "dated": its article and up to four words, set off by a comma and "which was" or not. */
const DATED =
  /(?:^|\s)((?:the|a|an|its|their|his|her)\s+(?:[\p{L}\d'’-]+\s+){0,3}?[\p{L}\d'’-]+)(?:,?\s+(?:which|that)\s+(?:was|is|were|are)|\s+(?:was|is|were|are))?(?:,)?\s+dated$/iu;
/** "partially redacted", "newly released": how the paper reached the reporter, not which paper it is. */
const HOW_HANDLED = /\b\p{Ll}+ly\s+\p{Ll}+(?:ed|en)\s+/gu;

/** "the audit" for a date printed right after "… the audit, which was dated"; '' when the date is no paper's. */
export function paperDated(head: string): string {
  const m = DATED.exec(head.trim());
  if (!m) return '';
  const paper = m[1]!.replace(HOW_HANDLED, '');
  // ("The" opening the sentence, "a letter" first told: the note names the one paper.)
  return paper.replace(/^(?:the|a|an)\s/i, 'the ').replace(/^(?:Its|Their|His|Her)\s/, (w) => w.toLowerCase());
}
