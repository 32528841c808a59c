/** The update and correction notes, oldest first, as readers see them at the article's end. */
import type { ArticleNote } from '../../shared/article/article';
import { apDate } from '../../shared/text/dates';

export function noteLabel(note: ArticleNote): string {
  return `${note.kind === 'correction' ? 'Correction' : 'Update'}, ${apDate(note.date)}:`;
}

export function NotesList({ notes }: { notes: ArticleNote[] }): React.JSX.Element | null {
  if (notes.length === 0) return null;
  return (
    <section className="notes" aria-label="Notes">
      {notes.map((note, i) => (
        <p key={i} className={`note note-${note.kind}`}>
          <strong>{noteLabel(note)}</strong> {note.text}
        </p>
      ))}
    </section>
  );
}
