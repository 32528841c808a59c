/**
 * "the news that Surveyors for the county would appeal": a development told by its sentence's own
 * clause carries the capital that only opened the article's sentence. Set after "the news that" it
 * stands mid-sentence, so it is printed as the article would print it there: a common noun in lower
 * case ("the news that surveyors for the county would appeal"), a name kept ("the news that Harlow
 * would appeal"). names.ts lowerOpening judges the word against the article, as it does for every
 * clause set inside a sentence.
 */
import { lowerOpening } from './names';

/** Each "the news that …" clause in a note's part, its opening capital lowered when it is no name's. */
export function newsOpeningLowered(part: string, newsLead: string, articleText: string): string {
  const lead = newsLead.trim();
  if (!lead) return part;
  const escaped = lead.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return part.replace(
    new RegExp(`(^|\\s)(${escaped}\\s+)(\\p{Lu}[^]*)$`, 'iu'),
    (whole, before: string, opened: string, clause: string) => `${before}${opened}${lowerOpening(clause, articleText)}`,
  );
}
