/**
 * The article bar's "More" menu: what is done rarely, kept off the bar so it stays one row —
 * compare with the published version, unpublish, move to the trash. Taking a published article
 * down is never one slip of the mouse: trashing it asks first, unpublishing asks (and for a
 * reason that goes into the version it makes).
 */
import { useEffect, useRef, useState } from 'react';
import { Dialog } from '../app/Dialog';

export interface ArticleMenuProps {
  headline: string;
  /** Published at some point: it has a published version to compare with. */
  published: boolean;
  /** On the site now (status Published). */
  live: boolean;
  busy: boolean;
  compareHref: string;
  onTrash(): void;
  onUnpublish(reason: string): void;
}

export function ArticleMenu({ headline, published, live, busy, compareHref, onTrash, onUnpublish }: ArticleMenuProps): React.JSX.Element {
  const menu = useRef<HTMLDetailsElement>(null);
  const [asking, setAsking] = useState<'trash' | 'unpublish' | null>(null);
  const [reason, setReason] = useState('');
  const close = () => menu.current?.removeAttribute('open');
  // A click elsewhere closes the menu, as any menu does.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (menu.current && !menu.current.contains(event.target as Node)) close();
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  const name = headline.trim() ? `“${headline.trim()}”` : 'this article';

  return (
    <>
      <details className="more-menu" ref={menu}>
        <summary className="button">More</summary>
        <div className="more-items" role="menu">
          {published && (
            <a role="menuitem" className="button" href={compareHref} onClick={close}>
              Compare with published
            </a>
          )}
          {live && (
            <button type="button" role="menuitem" disabled={busy} onClick={() => (close(), setReason(''), setAsking('unpublish'))}>
              Unpublish…
            </button>
          )}
          <button
            type="button"
            role="menuitem"
            className="danger"
            disabled={busy}
            onClick={() => (close(), live ? setAsking('trash') : onTrash())}
          >
            Move to trash{live ? '…' : ''}
          </button>
        </div>
      </details>
      {asking === 'trash' && (
        <Dialog title={`Move ${name} to the trash?`} onClose={() => setAsking(null)}>
          <p>
            It is published. The trash takes it off the desk; Copydesk does not take it off your site. To record that it was withdrawn,
            unpublish it instead. You can restore it from the desk’s Trash.
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={() => setAsking(null)} autoFocus>
              Cancel
            </button>
            <button type="button" className="danger" onClick={() => (setAsking(null), onTrash())}>
              Move to trash
            </button>
          </div>
        </Dialog>
      )}
      {asking === 'unpublish' && (
        <Dialog title={`Unpublish ${name}?`} onClose={() => setAsking(null)}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              setAsking(null);
              onUnpublish(reason.trim());
            }}
          >
            <p>
              It goes back to Draft, and a version records that it was unpublished. Its published versions stay in its history; “Publish
              update” brings it back.
            </p>
            <label>
              Reason (kept with the version)
              <input
                value={reason}
                maxLength={100}
                placeholder="For example: legal review"
                onChange={(e) => setReason(e.target.value)}
                autoFocus
              />
            </label>
            <div className="dialog-actions">
              <button type="button" onClick={() => setAsking(null)}>
                Cancel
              </button>
              <button type="submit" className="danger">
                Unpublish
              </button>
            </div>
          </form>
        </Dialog>
      )}
    </>
  );
}
