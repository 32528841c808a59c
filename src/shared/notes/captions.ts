/**
 * A photo's caption in the copy, replaced with another photo's: the credit names someone else, so
 * the picture itself changed. The words under a new picture are furniture, as the picture is —
 * no fact of the article was put right. (A caption whose credit stands, its words put right,
 * still corrects what it said of the same picture.)
 */
import { isCaptionFurniture, withoutFurniture } from './news-clause';
import { plainText } from './sentences';

/** The photo credit a caption paragraph closes on ("(Jo Ames/The Herald)"), or ''. */
function creditOf(paragraph: string): string {
  const text = plainText(paragraph).trim();
  const rest = withoutFurniture(text);
  return text.startsWith(rest) ? text.slice(rest.length).trim() : '';
}

/** True when both paragraphs are captions and the credit changed: another photo, another caption. */
export function photoReplaced(olderParagraph: string, newerParagraph: string): boolean {
  if (!isCaptionFurniture(olderParagraph) || !isCaptionFurniture(newerParagraph)) return false;
  const [was, now] = [creditOf(olderParagraph), creditOf(newerParagraph)];
  return !!was && !!now && was !== now;
}
