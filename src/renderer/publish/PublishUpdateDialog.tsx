/**
 * "Publish update": Copydesk proposes the note readers will see (`Update, Nov. 6: …` or
 * `Correction, …`), lists the changes it read it from by the redline's own numbers, and lets the
 * desk choose the kind, the date and the words before publishing. The label is printed by
 * `formatNote` in the house style — the same printer the article view and every export use — so
 * the preview is what readers get. The desk's words stand: switching the kind re-proposes the text
 * only while the desk has not edited it, and offers the proposal otherwise.
 */
import { useEffect, useState } from 'react';
import type { ApiResult } from '../../shared/api/contract';
import type { NoteKind } from '../../shared/article/article';
import { formatNote } from '../../shared/notes/format';
import type { HouseStyleOverrides } from '../../shared/notes/style';
import { deskNow, noteDateOn } from './note-date';
import { api, errorMessage } from '../api/client';
import { Dialog } from '../app/Dialog';

type Proposal = ApiResult<'proposeNote'>;

const CHANGE_LABELS = { added: 'Added', corrected: 'Corrected', removed: 'Removed', cosmetic: 'Cosmetic' } as const;

export function PublishUpdateDialog({
  id,
  prepare,
  onPublished,
  onClose,
}: {
  id: string;
  prepare(): Promise<boolean>;
  onPublished(result: ApiResult<'publishUpdate'>): void;
  onClose(): void;
}): React.JSX.Element {
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [kind, setKind] = useState<NoteKind>('update');
  const [text, setText] = useState('');
  const [edited, setEdited] = useState(false);
  const [offer, setOffer] = useState<{ kind: NoteKind; text: string } | null>(null);
  const [day, setDay] = useState(() => deskNow().slice(0, 10));
  const [style, setStyle] = useState<HouseStyleOverrides>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    (async () => {
      if (!(await prepare())) throw new Error('the draft could not be saved first');
      const [p, settings] = await Promise.all([api.proposeNote({ id }), api.getSettings({})]);
      if (!live) return;
      setStyle(settings.houseStyle);
      setProposal(p);
      setKind(p.kind === 'correction' ? 'correction' : 'update');
      setText(p.text);
    })().catch((e) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [id]);

  const switchKind = async (next: NoteKind) => {
    setKind(next);
    setOffer(null);
    if (!proposal || proposal.kind === 'none') return;
    try {
      const again = await api.proposeNote({ id, kind: next });
      // The desk's own words are never replaced without a word: the proposal is offered instead.
      if (edited) setOffer({ kind: next, text: again.text });
      else setText(again.text);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const publish = async (withNote: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const words = text.trim();
      if (withNote && !words) throw new Error('the note is empty: write one, or publish without a note');
      onPublished(await api.publishUpdate({ id, note: withNote ? { kind, text: words, date: noteDateOn(day) } : undefined }));
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  const preview = formatNote({ kind, date: noteDateOn(day), text: text.trim() || '…' }, style);
  const nothingChanged = proposal !== null && proposal.changes.length === 0;
  const onlyCosmetic = proposal !== null && proposal.kind === 'none' && !nothingChanged;
  const noteLabel = kind === 'correction' ? 'Correction note' : 'Update note';
  // The field holds the note's own words; the house style may print them otherwise ("The news that
  // …" reads "This article has been updated with news that …" in AP, "(Updates with news that …)"
  // on the wire). Said beside the field, so a desk editing it knows why the preview differs.
  const printedOtherwise = text.trim() !== '' && preview.text.trim() !== text.trim();

  return (
    <Dialog title="Publish update" onClose={onClose} wide>
      {!proposal && !error && <p aria-busy="true">Reading what changed since the last published version…</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {proposal && (
        <div className="publish-update">
          <div className="note-editor">
            <fieldset className="kind-switch">
              <legend>Kind</legend>
              <label className="inline">
                <input type="radio" name="note-kind" checked={kind === 'update'} onChange={() => void switchKind('update')} /> Update (new
                material)
              </label>
              <label className="inline">
                <input type="radio" name="note-kind" checked={kind === 'correction'} onChange={() => void switchKind('correction')} />{' '}
                Correction (a fact was wrong)
              </label>
            </fieldset>
            <label>
              Date
              <input type="date" value={day} onChange={(e) => setDay(e.target.value)} />
            </label>
            <label>
              {noteLabel}
              <textarea
                rows={5}
                value={text}
                onChange={(e) => {
                  setText(e.target.value);
                  setEdited(true);
                  setOffer(null);
                }}
                placeholder={proposal.kind === 'none' ? 'No note needed. Write one here if readers should be told.' : ''}
              />
            </label>
            {printedOtherwise && (
              <p className="hint" data-testid="note-printed-hint">
                Readers see these words as the house style prints them, in the preview below.
              </p>
            )}
            {offer && (
              <p className="hint" role="status">
                Your words are kept.{' '}
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    setText(offer.text);
                    setEdited(false);
                    setOffer(null);
                  }}
                >
                  Use the proposed {offer.kind} note instead
                </button>
              </p>
            )}
            <p className="note-preview" data-testid="note-preview" title="What readers will see">
              {preview.label && <strong>{preview.label}</strong>}
              {preview.label ? ' ' : ''}
              {preview.text}
            </p>
            {nothingChanged && (
              <p className="hint">Nothing has changed since version {proposal.since.number}: publishing makes a version without a note.</p>
            )}
            {onlyCosmetic && <p className="hint">Only cosmetic changes since version {proposal.since.number}: readers need no note.</p>}
            <p className="hint">Shown at the end of the article, after earlier notes, oldest first.</p>
            <div className="dialog-actions">
              <button type="button" onClick={onClose} disabled={busy}>
                Cancel
              </button>
              {proposal.kind === 'none' && (
                <button type="button" onClick={() => void publish(false)} disabled={busy}>
                  Publish without a note
                </button>
              )}
              <button type="button" className="primary" onClick={() => void publish(true)} disabled={busy || !text.trim()}>
                Publish {kind === 'correction' ? 'correction' : 'update'}
              </button>
            </div>
          </div>
          <section className="note-evidence" aria-label="Changes since the published version">
            <h3>Changes since version {proposal.since.number}</h3>
            <p className="redline-summary">{proposal.redline.summary}</p>
            <ol>
              {proposal.changes.map((c, i) => (
                <li key={i} className={`change change-${c.type}`}>
                  <span className={`change-type change-type-${c.type}`}>{CHANGE_LABELS[c.type]}</span> {c.description}
                  {c.sources.some((src) => !c.description.includes(src)) && <span className="sources"> — from {c.sources.join(', ')}</span>}
                  {c.before && c.after && (
                    <div className="before-after">
                      <del>{c.before}</del> → <ins>{c.after}</ins>
                    </div>
                  )}
                  {c.evidence.length > 0 && (
                    <blockquote className="evidence">
                      {c.evidence.map((e, k) => (
                        <p key={k}>{e}</p>
                      ))}
                    </blockquote>
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
