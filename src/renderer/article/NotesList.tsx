/**
 * The update and correction notes, oldest first, as readers see them at the article's end —
 * printed by `formatNote` in the house style from Settings, as every export prints them. On a
 * published article the desk may edit a note's words or withdraw it; either makes a version, and
 * a withdrawn correction leaves a note saying so (the service writes it).
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

export type NoteRevision = { text: string; withdraw?: undefined } | { withdraw: true; text?: undefined };

export function NotesList({
  notes,
  style,
  onRevise,
}: {
  notes: ArticleNote[];
  style?: HouseStyleOverrides;
  /** Given on a published article: edits or withdraws note `index`. */
  onRevise?(index: number, revision: NoteRevision): Promise<void>;
}): React.JSX.Element | null {
  const saved = useHouseStyle();
  const [editing, setEditing] = useState<{ index: number; text: string } | null>(null);
  const [withdrawing, setWithdrawing] = useState<number | null>(null);
  if (notes.length === 0) return null;
  return (
    <section className="notes" aria-label="Notes">
      {notes.map((note, i) => {
        const printed = formatNote(note, style ?? saved);
        if (editing?.index === i && onRevise) {
          return (
            <form
              key={i}
              className={`note note-${note.kind} note-editing`}
              onSubmit={(e) => {
                e.preventDefault();
                void onRevise(i, { text: editing.text }).then(() => setEditing(null));
              }}
            >
              <label>
                Words of the {note.kind === 'correction' ? 'correction' : 'update note'}
                <textarea rows={3} value={editing.text} onChange={(e) => setEditing({ index: i, text: e.target.value })} />
              </label>
              <button type="submit" className="primary" disabled={!editing.text.trim()}>
                Save note
              </button>{' '}
              <button type="button" onClick={() => setEditing(null)}>
                Cancel
              </button>
            </form>
          );
        }
        return (
          <div key={i} className={`note note-${note.kind}`}>
            <p>
              {printed.label && <strong>{printed.label}</strong>}
              {printed.label ? ' ' : ''}
              {printed.text}
            </p>
            {onRevise && withdrawing !== i && (
              <p className="note-actions">
                <button type="button" className="link" onClick={() => setEditing({ index: i, text: note.text })}>
                  Edit note
                </button>{' '}
                <button type="button" className="link" onClick={() => setWithdrawing(i)}>
                  Withdraw note
                </button>
              </p>
            )}
            {onRevise && withdrawing === i && (
              <p className="note-actions" role="group" aria-label="Withdraw this note?">
                {note.kind === 'correction'
                  ? 'Withdraw this correction? Readers will see a note that it was withdrawn.'
                  : 'Withdraw this note? It is removed from the article.'}{' '}
                <button
                  type="button"
                  className="danger"
                  onClick={() => void onRevise(i, { withdraw: true }).then(() => setWithdrawing(null))}
                >
                  Withdraw
                </button>{' '}
                <button type="button" onClick={() => setWithdrawing(null)}>
                  Keep it
                </button>
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
