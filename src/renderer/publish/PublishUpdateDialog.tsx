/**
 * "Publish update": Copydesk proposes the note readers will see (`Update, Nov. 6: …` or
 * `Correction, …`), shows the changes it read it from, and lets the desk switch the kind and
 * edit the words before publishing. Confirming appends the note, sets the updated time and
 * makes a version.
 */
import { useEffect, useState } from 'react';
import type { ApiResult } from '../../shared/api/contract';
import type { NoteKind } from '../../shared/article/article';
import { formatNoteLabel } from '../../shared/notes/style';
import { api, errorMessage } from '../api/client';
import { Dialog } from '../app/Dialog';

type Proposal = ApiResult<'proposeNote'>;

const CHANGE_LABELS = { added: 'Added', corrected: 'Corrected', removed: 'Removed', cosmetic: 'Cosmetic' } as const;

/** Splits "Update, Nov. 6: text" into its text, whatever label the desk left on it. */
export function noteTextOf(note: string, labels: string[]): string {
  const trimmed = note.trim();
  for (const label of labels) {
    const m = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},[^:]{1,40}:\\s*`, 'i').exec(trimmed);
    if (m) return trimmed.slice(m[0].length).trim();
  }
  return trimmed;
}

export function PublishUpdateDialog({ id, prepare, onPublished, onClose }: {
  id: string;
  prepare(): Promise<boolean>;
  onPublished(result: ApiResult<'publishUpdate'>): void;
  onClose(): void;
}): React.JSX.Element {
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [kind, setKind] = useState<NoteKind>('update');
  const [note, setNote] = useState('');
  const [labels, setLabels] = useState({ update: 'Update', correction: 'Correction' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const today = new Date().toISOString();

  useEffect(() => {
    let live = true;
    (async () => {
      if (!(await prepare())) throw new Error('the draft could not be saved first');
      const [p, settings] = await Promise.all([api.proposeNote({ id }), api.getSettings({})]);
      if (!live) return;
      setLabels({ update: settings.houseStyle.labels?.update ?? 'Update', correction: settings.houseStyle.labels?.correction ?? 'Correction' });
      setProposal(p);
      setKind(p.kind === 'correction' ? 'correction' : 'update');
      setNote(p.note);
    })().catch((e) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [id]);

  const switchKind = (next: NoteKind) => {
    setKind(next);
    const text = noteTextOf(note, Object.values(labels));
    if (text) setNote(`${formatNoteLabel(next, today, { labels })} ${text}`);
  };

  const publish = async (withNote: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const text = noteTextOf(note, Object.values(labels));
      if (withNote && !text) throw new Error('the note is empty; write one, or publish without a note');
      onPublished(await api.publishUpdate({ id, note: withNote ? { kind, text } : undefined }));
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Dialog title="Publish update" onClose={onClose} wide>
      {!proposal && !error && <p aria-busy="true">Reading what changed since the last published version…</p>}
      {error && <p role="alert" className="error">{error}</p>}
      {proposal && (
        <div className="publish-update">
          <div className="note-editor">
            <fieldset className="kind-switch">
              <legend>Kind</legend>
              <label className="inline"><input type="radio" name="note-kind" checked={kind === 'update'} onChange={() => switchKind('update')} /> Update (new material)</label>
              <label className="inline"><input type="radio" name="note-kind" checked={kind === 'correction'} onChange={() => switchKind('correction')} /> Correction (a fact was wrong)</label>
            </fieldset>
            <label>
              Update note
              <textarea rows={5} value={note} onChange={(e) => setNote(e.target.value)} placeholder={proposal.kind === 'none' ? 'No note needed: the changes are cosmetic.' : ''} />
            </label>
            {proposal.kind === 'none' && <p className="hint">Copydesk found only cosmetic changes since version {proposal.since.number}: readers need no note.</p>}
            <p className="hint">Shown at the end of the article, after earlier notes, oldest first.</p>
            <div className="dialog-actions">
              <button type="button" onClick={onClose} disabled={busy}>Cancel</button>
              {proposal.kind === 'none' && <button type="button" onClick={() => void publish(false)} disabled={busy}>Publish without a note</button>}
              <button type="button" className="primary" onClick={() => void publish(true)} disabled={busy || !note.trim()}>Publish update</button>
            </div>
          </div>
          <section className="note-evidence" aria-label="Changes since the published version">
            <h3>Changes since version {proposal.since.number}</h3>
            {proposal.changes.length === 0 && <p>No changes.</p>}
            <ol>
              {proposal.changes.map((c, i) => (
                <li key={i} className={`change change-${c.type}`}>
                  <span className={`change-type change-type-${c.type}`}>{CHANGE_LABELS[c.type]}</span> {c.description}
                  {c.sources.some((src) => !c.description.includes(src)) && <span className="sources"> — from {c.sources.join(', ')}</span>}
                  {c.before && c.after && (
                    <div className="before-after"><del>{c.before}</del> → <ins>{c.after}</ins></div>
                  )}
                  {c.evidence.length > 0 && (
                    <blockquote className="evidence">{c.evidence.map((e, k) => <p key={k}>{e}</p>)}</blockquote>
                  )}
                </li>
              ))}
            </ol>
          </section>
        </div>
      )}
    </Dialog>
  );
}
