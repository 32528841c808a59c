/**
 * Joining the shared desk: the hub's address, the person's name on the desk and the one-time code
 * the desk chief gave them. A folder already joined to another hub is refused with the reason;
 * "Switch hub" sends the same request again, confirmed.
 */
import { useState } from 'react';
import { ApiError } from '../../shared/api/errors';
import { api, errorMessage } from '../api/client';
import { useToast } from '../app/Toast';
import { setNewsroomStatus } from './newsroom-status';

export function JoinForm({
  initialHub = '',
  initialUser = '',
  onJoined,
}: {
  initialHub?: string;
  initialUser?: string;
  onJoined?(): void;
}): React.JSX.Element {
  const [hubUrl, setHubUrl] = useState(initialHub);
  const [user, setUser] = useState(initialUser);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** The folder belongs to another hub: the person must confirm before it is sent elsewhere. */
  const [switchAsked, setSwitchAsked] = useState(false);
  const toast = useToast();

  const join = async (switchHub: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const status = await api.joinNewsroom({ hubUrl, user: user.trim(), code: code.trim(), switchHub: switchHub || undefined });
      setNewsroomStatus(status);
      setSwitchAsked(false);
      toast(`Joined the desk at ${status.hubUrl} as ${status.user}.`);
      onJoined?.();
    } catch (e) {
      setError(errorMessage(e));
      setSwitchAsked(!switchHub && e instanceof ApiError && e.code === 'conflict');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="join-form" aria-label="Join a newsroom" onSubmit={(e) => (e.preventDefault(), void join(false))}>
      <label>
        Hub address
        <input
          required
          value={hubUrl}
          placeholder="https://hub.newsroom.example"
          autoComplete="url"
          onChange={(e) => setHubUrl(e.target.value)}
        />
      </label>
      <label>
        Your name on the desk
        <input
          required
          value={user}
          placeholder="kim"
          autoComplete="username"
          pattern="[A-Za-z][A-Za-z0-9._\-]{0,39}"
          title="Letters, digits, dots, dashes or underscores, starting with a letter"
          onChange={(e) => setUser(e.target.value)}
        />
      </label>
      <label>
        One-time code
        <input
          required
          value={code}
          minLength={4}
          autoComplete="one-time-code"
          spellCheck={false}
          onChange={(e) => setCode(e.target.value)}
        />
      </label>
      <p className="hint">
        The desk chief makes the code with “copydesk hub user add”. Your stories on this computer join the desk with you.
      </p>
      {error && (
        <div className="banner error" role="alert">
          {error}
          {switchAsked && (
            <span className="conflict-actions">
              {' '}
              <button type="button" className="danger" disabled={busy} onClick={() => void join(true)}>
                Switch hub
              </button>{' '}
              <button type="button" onClick={() => (setError(null), setSwitchAsked(false))}>
                Cancel
              </button>
            </span>
          )}
        </div>
      )}
      <div className="dialog-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Joining…' : 'Join'}
        </button>
      </div>
    </form>
  );
}
