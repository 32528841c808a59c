/** Reader-facing note lines, as the site prints them: "Update, Nov. 6: Adds comment from …". */
import type { ArticleNote } from '../article/article';
import { apDate } from '../text/dates';
import { noteLabel } from './meta';

/** "Update, Nov. 6" / "Correction, March 4" (AP months; falls back to the raw date when unreadable). */
export function noteHeading(note: ArticleNote): string {
  let date: string;
  try {
    date = apDate(note.date);
  } catch {
    date = note.date;
  }
  return `${noteLabel(note)}, ${date}`;
}

/** The whole note on one line, its text's own line breaks folded into spaces. */
export function noteLine(note: ArticleNote): string {
  return `${noteHeading(note)}: ${oneLine(note.text)}`;
}

export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
