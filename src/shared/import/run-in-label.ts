/**
 * A note's label run in before its words with no colon, set off only by its capitals or by marks of
 * emphasis: "CORRECTION The headline incorrectly said …", "***Correction*** A previous version of
 * this story used an incorrect photo.", "***Correction:*** …" (bold italic, the colon inside the
 * marks). Sites that set the label in bold or in capitals often drop the colon the marks stand for.
 *
 * Marks of emphasis set the label off as a label: the words are read as if printed "Correction: …",
 * under the same rules as any labelled line. Capitals alone do not, nor the bare word an importer
 * leaves once it has dropped the marks ("Correction A previous version …" from Markdown's
 * "***Correction*** A previous version …"): a headline shouts in capitals and copy opens on the
 * same words ("CORRECTION Officers at the state prison went on strike …", "Update Properties bought
 * the mill"), so after a bare label the words must read as a note on their own ("The headline
 * incorrectly said …", "A previous version of this story …"), the label only naming its kind.
 */
import type { NoteLine } from './note-line';

const LABEL_WORDS = String.raw`correction|update|updated|clarification|editor['’]s note`;
/** "***Correction***", "**Update:**", "_Correction_": the label alone inside its marks, a colon inside or after. */
const MARKED = new RegExp(String.raw`^(\*{1,3}|_{1,2})(${LABEL_WORDS}):?\1:?\s+(?=[\p{Lu}"“‘])`, 'iu');
/** "CORRECTION The …", or "Correction A previous …" once an importer has dropped the marks: the bare label word. */
const BARE = new RegExp(String.raw`^(${LABEL_WORDS})\s+`, 'i');
/** A capital, then running case: a sentence opens ("The headline …", "A previous …"), not a run of capitals or a lower-case word. */
const SENTENCE_OPENS = /^(?:\p{Lu}\p{Ll}|[AI]\s+\p{Ll})/u;

/**
 * The note a run-in label opens, read by `read` (the importer's line reader) as the labelled line,
 * `undated` as the caller asked; null when the line opens on no such label, or on capitals before
 * words that read as no note alone (asked with `undated`: above the copy, the label is what lets an
 * undated corrective stand as a note, as "Correction: The headline …" does).
 */
export function readRunInLabel(line: string, undated: boolean, read: (line: string, undated: boolean) => NoteLine | null): NoteLine | null {
  const trimmed = line.trim();
  const marked = MARKED.exec(trimmed);
  const bare = marked ? null : BARE.exec(trimmed);
  const capitals = bare && SENTENCE_OPENS.test(trimmed.slice(bare[0].length)) ? bare : null;
  const found = marked ?? capitals;
  if (!found) return null;
  const label = (marked ? marked[2]! : capitals![1]!).toLowerCase();
  const rest = trimmed.slice(found[0].length);
  if (capitals && !read(rest, true)) return null;
  return read(`${label.charAt(0).toUpperCase()}${label.slice(1)}: ${rest}`, undated);
}
