/**
 * A quotation that runs over paragraphs. British and wire copy open each paragraph of one long
 * quotation with a quote mark and close it only at its end:
 *
 *   One of the protesters, Hannah Brisk, said: "We marched for years.
 *   "I am worried for my neighbours."
 *
 * The second paragraph has no speaker of its own; its words are still the speaker's of the first.
 */
import { plainText } from './sentences';

/**
 * Whether `paragraph` opens on a quote mark and continues a quotation the paragraph before left
 * open (an odd count of quote marks there: one opened and never closed). A paragraph before that
 * closes its quotation ('…," she said.') leaves nothing to continue: a new quotation opens.
 */
export function continuesQuoteFrom(paragraphBefore: string, paragraph: string): boolean {
  if (!/^"/.test(plainText(paragraph))) return false;
  const marks = (plainText(paragraphBefore).match(/"/g) ?? []).length;
  return marks % 2 === 1;
}
