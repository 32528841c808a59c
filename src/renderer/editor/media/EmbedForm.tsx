/**
 * The Embed dialog: the address of a video or post, judged by the one link policy (through
 * embed-address.ts) with the reason in plain words, and the card it will make named before it
 * is inserted.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { EmbedFields } from '../../../shared/article/media';
import { checkEmbedAddress } from './embed-address';

export function EmbedForm({ onInsert, onCancel }: { onInsert(fields: EmbedFields): void; onCancel(): void }): React.JSX.Element {
  const [url, setUrl] = useState('');
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const verdict = url.trim() ? checkEmbedAddress(url) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!verdict) return setError('Type or paste the address of the video or post.');
    if (!verdict.ok) return setError(verdict.reason);
    onInsert({ url: verdict.url, provider: verdict.provider, title: '' });
  };

  return (
    <form className="link-form embed-form" onSubmit={submit} aria-label="Embed">
      <label>
        Video or post address
        <input
          ref={input}
          value={url}
          placeholder="https://www.youtube.com/watch?v=…"
          inputMode="url"
          onChange={(e) => (setUrl(e.target.value), setError(''))}
          onKeyDown={(e) => e.key === 'Escape' && onCancel()}
        />
      </label>
      <button type="submit">Insert embed</button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      {error ? (
        <span role="alert" className="error">
          {error}
        </span>
      ) : (
        verdict?.ok && (
          <span className="link-target" data-testid="embed-target">
            A card for {verdict.provider}: {verdict.url}
          </span>
        )
      )}
    </form>
  );
}
