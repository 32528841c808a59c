/**
 * The card that stands for an embedded video or post, in the editor and the preview: the site's
 * name, the title, the address as plain text and an "Open" link to see it in the browser. Never
 * a frame: nothing of the third-party site loads in Copydesk.
 */
import { isSafeLinkUrl } from '../../../shared/security/trusted-url';
import type { EmbedFields } from '../../../shared/article/media';

export function EmbedCard({ fields, title }: { fields: EmbedFields; title?: React.ReactNode }): React.JSX.Element {
  const openable = isSafeLinkUrl(fields.url);
  return (
    <div className="embed-card" aria-label={`Embedded ${fields.provider || 'post'}`}>
      <div className="embed-card-head">
        <span className="embed-provider">{fields.provider || 'Embed'}</span>
        {openable && (
          <a className="embed-open" href={fields.url} target="_blank" rel="noopener noreferrer">
            Open
          </a>
        )}
      </div>
      {title ?? <p className="embed-title">{fields.title || 'Untitled'}</p>}
      <p className="embed-url">{fields.url}</p>
    </div>
  );
}
