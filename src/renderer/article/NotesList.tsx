/**
 * The update and correction notes, oldest first, as readers see them at the article's end —
 * printed by `formatNote` in the house style from Settings, as every export prints them.
 */
import { useEffect, useState } from 'react';
import type { ArticleNote } from '../../shared/article/article';
import { formatNote } from '../../shared/notes/format';
import type { HouseStyleOverrides } from '../../shared/notes/style';
import { api } from '../api/client';

/** The house style saved in Settings; AP until it has been read (or when it cannot be). */
export function useHouseStyle(): HouseStyleOverrides {
  const [style, setStyle] = useState<HouseStyleOverrides>({});
  useEffect(() => {
    let live = true;
    api
      .getSettings({})
      .then((settings) => live && setStyle(settings.houseStyle))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return style;
}

export function NotesList({ notes, style }: { notes: ArticleNote[]; style?: HouseStyleOverrides }): React.JSX.Element | null {
  const saved = useHouseStyle();
  if (notes.length === 0) return null;
  return (
    <section className="notes" aria-label="Notes">
      {notes.map((note, i) => {
        const printed = formatNote(note, style ?? saved);
        return (
          <p key={i} className={`note note-${note.kind}`}>
            {printed.label && <strong>{printed.label}</strong>}
            {printed.label ? ' ' : ''}
            {printed.text}
          </p>
        );
      })}
    </section>
  );
}
