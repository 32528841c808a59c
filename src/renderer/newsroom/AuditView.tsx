/**
 * The shared desk's audit log (#/audit), for the chief: publishing, updates with their notes,
 * take-overs, assignments and changes to the desk's people, newest first — and a plain warning
 * when the log's hash chain does not verify (a row changed or removed behind Copydesk's back).
 */
import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../shared/newsroom/protocol';
import { api, errorMessage } from '../api/client';
import { articleHash, deskHash } from '../app/route';
import { formatWhen } from '../app/when';
import { auditAction, auditNote, auditStory } from './wording';
import './newsroom.css';

export const AUDIT_LIMIT = 500;

export function AuditView(): React.JSX.Element {
  const [audit, setAudit] = useState<{ entries: AuditEntry[]; intact: boolean } | null>(null);
  const [headlines, setHeadlines] = useState<Map<string, string>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    setError(null);
    api.readAudit({ limit: AUDIT_LIMIT }).then(
      (a) => live && setAudit(a),
      (e) => live && setError(errorMessage(e)),
    );
    // Entries name stories by id; this desk knows their headlines.
    Promise.all([api.listArticles({}), api.listArticles({ trashed: true })]).then(
      ([desk, trash]) => live && setHeadlines(new Map([...desk, ...trash].map((a) => [a.id, a.headline]))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [reload]);

  // Newest first, whatever order the hub answered in.
  const entries = audit ? [...audit.entries].sort((a, b) => b.seq - a.seq) : [];

  return (
    <main className="view audit-view">
      <header className="article-bar">
        <a href={deskHash()} className="back">
          ← Desk
        </a>
        <h1>Audit log</h1>
        <a className="button" href="#/settings">
          Settings
        </a>
        <button type="button" onClick={() => setReload((r) => r + 1)}>
          Refresh
        </button>
      </header>
      {error && (
        <p role="alert" className="banner error">
          {error}
        </p>
      )}
      {!audit && !error && <p aria-busy="true">Reading the audit log…</p>}
      {audit && !audit.intact && (
        <div className="banner error" role="alert" data-testid="audit-broken">
          <strong>Warning: this audit log does not verify.</strong> A row was changed or removed outside Copydesk, so the record below
          cannot be trusted as complete. Ask whoever runs the hub’s database to look into it.
        </div>
      )}
      {audit && entries.length === 0 && (
        <p className="empty">
          Nothing recorded yet. Publishing, updates, take-overs, assignments and changes to the desk’s people appear here.
        </p>
      )}
      {entries.length > 0 && (
        <table className="desk-table audit-table" aria-label="Audit log">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Story</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => {
              const story = auditStory(e, headlines);
              const note = auditNote(e);
              return (
                <tr key={e.seq}>
                  <td>
                    <time dateTime={e.at} title={new Date(e.at).toLocaleString()}>
                      {formatWhen(e.at)}
                    </time>
                  </td>
                  <td>{e.actor}</td>
                  <td>
                    {auditAction(e)}
                    {note && <blockquote className="audit-note">{note}</blockquote>}
                  </td>
                  <td>
                    {e.articleId ? (
                      <a href={articleHash(e.articleId)} className="audit-story">
                        {story ?? e.articleId}
                      </a>
                    ) : (
                      <span className="empty">—</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </main>
  );
}
