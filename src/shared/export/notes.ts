/**
 * Reader-facing note lines in exports. Every format prints a note through `formatNote`, the one
 * printer the article view and the publish dialog use too, with the house style the export was
 * asked for (ExportOptions.noteStyle; AP's "Update, Nov. 6: …" when none is given).
 */
import type { ArticleNote } from '../article/article';
import { formatNote, oneLine, type FormattedNote } from '../notes/format';
import type { ExportOptions } from './types';

export { oneLine };

/** The note's label ("Update, Nov. 6:", "" for forms that carry it in the sentence) and text. */
export function printedNote(note: ArticleNote, options?: Pick<ExportOptions, 'noteStyle'>): FormattedNote {
  return formatNote(note, options?.noteStyle);
}

/** The whole note on one line, as readers see it. */
export function noteLine(note: ArticleNote, options?: Pick<ExportOptions, 'noteStyle'>): string {
  return printedNote(note, options).line;
}
