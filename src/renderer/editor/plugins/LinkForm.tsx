/**
 * The link dialog (Ctrl+K): the address field starts empty (a typed "https://" prefix is how
 * pasting a full address used to save "https://https://…"), a pasted address replaces a bare
 * prefix, and the link it will make is shown before it is applied. The verdict is the one link
 * policy's (src/shared/security/trusted-url.ts), with its reason in plain words.
 */
import { useEffect, useRef, useState, type ClipboardEvent, type FormEvent } from 'react';
import { checkTypedLink } from '../../../shared/security/trusted-url';

export function LinkForm({
  current,
  onApply,
  onCancel,
}: {
  current: string | null;
  onApply(url: string | null): void;
  onCancel(): void;
}): React.JSX.Element {
  const [url, setUrl] = useState(current ?? '');
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const verdict = url.trim() ? checkTypedLink(url) : null;

  const paste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text/plain').trim();
    // A whole address pasted over nothing but a scheme (or everything selected) replaces it.
    if (/^[a-z][a-z0-9+.-]*:/i.test(pasted) && /^\s*([a-z][a-z0-9+.-]*:(\/\/)?)?\s*$/i.test(url)) {
      event.preventDefault();
      setUrl(pasted);
      setError('');
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!verdict) return onApply(null);
    if (!verdict.ok) return setError(verdict.reason);
    onApply(verdict.url);
  };

  return (
    <form className="link-form" onSubmit={submit} aria-label="Link">
      <label>
        Link address
        <input
          ref={input}
          value={url}
          placeholder="https://…"
          inputMode="url"
          onPaste={paste}
          onChange={(e) => (setUrl(e.target.value), setError(''))}
          onKeyDown={(e) => e.key === 'Escape' && onCancel()}
        />
      </label>
      <button type="submit">{url.trim() ? 'Apply link' : 'Remove link'}</button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      {error ? (
        <span role="alert" className="error">
          {error}
        </span>
      ) : (
        verdict?.ok && (
          <span className="link-target" data-testid="link-target">
            Links to {verdict.url}
          </span>
        )
      )}
    </form>
  );
}
