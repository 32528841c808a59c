/**
 * Settings › Newsroom: join a shared desk, or, once joined, see it — the hub, who this is and
 * their role, how sync is going ("Sync now"), the people on the desk, and any change the hub
 * refused (it stays on this computer). The chief finds the audit log here.
 */
import { useState } from 'react';
import { api, errorMessage } from '../api/client';
import { useToast } from '../app/Toast';
import { formatWhen } from '../app/when';
import { JoinForm } from './JoinForm';
import { PeopleManager } from './PeopleManager';
import { refreshNewsroomStatus, setNewsroomStatus, useNewsroomStatus } from './newsroom-status';
import { syncLine, syncTone } from './wording';
import { articleHash, auditHash } from '../app/route';
import './newsroom.css';

export function NewsroomSettings(): React.JSX.Element {
  const status = useNewsroomStatus();
  const [joiningAnother, setJoiningAnother] = useState(false);
  const [syncing, setSyncing] = useState(false);
  const toast = useToast();

  const syncNow = async () => {
    setSyncing(true);
    try {
      const round = await api.syncNow({});
      setNewsroomStatus(round.status);
      toast(
        `Synced: ${round.pushed} sent, ${round.pulled} received${round.conflicts ? `, ${round.conflicts} kept as offline copies` : ''}.`,
      );
    } catch (e) {
      toast(`Sync failed: ${errorMessage(e)}`, 'error');
      void refreshNewsroomStatus();
    } finally {
      setSyncing(false);
    }
  };

  return (
    <section className="sheet newsroom-settings" aria-labelledby="newsroom-heading">
      <h2 id="newsroom-heading">Newsroom</h2>
      {!status && <p aria-busy="true">Reading the newsroom settings…</p>}
      {status && !status.joined && (
        <>
          <p>
            This computer keeps its stories to itself. Join your newsroom’s shared desk to work on the same stories as your colleagues; you
            keep working offline.
          </p>
          <JoinForm />
        </>
      )}
      {status?.joined && (
        <>
          <dl className="newsroom-facts">
            <dt>Hub</dt>
            <dd>{status.hubUrl}</dd>
            <dt>You</dt>
            <dd>
              {status.user} <span className="role">{status.role}</span>
            </dd>
            <dt>Sync</dt>
            <dd>
              <span className={`sync-state sync-${syncTone(status)}`} data-testid="settings-sync-state">
                {syncLine(status)}
              </span>{' '}
              <button type="button" disabled={syncing} onClick={() => void syncNow()}>
                {syncing ? 'Syncing…' : 'Sync now'}
              </button>
            </dd>
            {status.lastSyncedAt && status.state !== 'synced' && (
              <>
                <dt>Last synced</dt>
                <dd>
                  <time dateTime={status.lastSyncedAt}>{formatWhen(status.lastSyncedAt)}</time>
                </dd>
              </>
            )}
          </dl>
          {status.state === 'signed-out' && (
            <>
              <h3>Sign in again</h3>
              <p>
                The hub no longer knows this computer’s session. Ask the desk chief for a new one-time code (“copydesk hub user code{' '}
                {status.user}”).
              </p>
              <JoinForm initialHub={status.hubUrl ?? ''} initialUser={status.user ?? ''} />
            </>
          )}
          {status.refused.length > 0 && (
            <div className="banner error refused-changes" role="alert">
              <strong>
                The hub refused {status.refused.length === 1 ? 'a change' : `${status.refused.length} changes`};{' '}
                {status.refused.length === 1 ? 'it stays' : 'they stay'} on this computer.
              </strong>
              <ul>
                {status.refused.map((r, i) => (
                  <li key={`${r.articleId}-${i}`}>
                    <a href={articleHash(r.articleId)}>{r.headline || 'Untitled'}</a>: {r.reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {status.role === 'chief' ? (
            <PeopleManager me={status.user ?? ''} />
          ) : (
            <>
              <h3>People on the desk</h3>
              {status.users.length === 0 ? (
                <p className="empty">Nobody else yet.</p>
              ) : (
                <ul className="desk-people" aria-label="People on the desk">
                  {status.users.map((u) => (
                    <li key={u.name}>
                      {u.name}
                      {u.name === status.user && ' (you)'} <span className="role">{u.role}</span>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
          <p className="newsroom-links">
            {status.role === 'chief' && (
              <a className="button" href={auditHash}>
                Audit log
              </a>
            )}
            {!joiningAnother && status.state !== 'signed-out' && (
              <button type="button" onClick={() => setJoiningAnother(true)}>
                Join another hub…
              </button>
            )}
          </p>
          {joiningAnother && (
            <>
              <h3>Join another hub</h3>
              <JoinForm onJoined={() => setJoiningAnother(false)} />
            </>
          )}
        </>
      )}
    </section>
  );
}
