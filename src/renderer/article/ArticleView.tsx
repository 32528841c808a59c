/**
 * One article open for work: its fields, the body editor, the save state, and the actions a
 * desk takes on it (save a version, change status, publish, history, compare, export, trash).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EditorState } from 'lexical';
import type { OpenedArticle, VersionedArticle } from '../../shared/api/contract';
import { ARTICLE_STATUSES, type ArticleContent, type ArticleStatus } from '../../shared/article/article';
import { api, errorMessage, onMenuCommand } from '../api/client';
import { keysFor } from '../app/Shortcuts';
import { ArticleMenu } from './ArticleMenu';
import { COMMAND_SHORTCUTS } from '../../shared/api/shortcuts';
import { articleHash, compareHash, deskHash, historyHash, navigate, updateHash } from '../app/route';
import { Editor } from '../editor/Editor';
import { ArticleFields } from './ArticleFields';
import { NotesList } from './NotesList';
import { describeSaveState, readStash, useAutosave } from './useAutosave';
import { CheckpointDialog } from './CheckpointDialog';
import { trackClosing } from './closing';
import { useToast } from '../app/Toast';
import { ExportDialog } from '../transfer/ExportDialog';
import { PublishUpdateDialog } from '../publish/PublishUpdateDialog';
import { useOpenedArticle } from '../newsroom/useOpenedArticle';
import { LockBanner } from '../newsroom/LockBanner';
import { noteLocalWrite } from '../newsroom/newsroom-status';

const STATUS_LABELS: Record<ArticleStatus, string> = { draft: 'Draft', editing: 'Editing', ready: 'Ready', published: 'Published' };

export function ArticleView({ id, publishUpdate = false }: { id: string; publishUpdate?: boolean }): React.JSX.Element {
  // On a shared desk the article comes with its lock: someone else holding it makes the page read-only.
  const { article, error, storyLock, readOnly, generation } = useOpenedArticle(id);
  if (error)
    return (
      <main className="view">
        <p role="alert" className="error">
          {error}
        </p>
        <a href={deskHash()}>Back to the desk</a>
      </main>
    );
  if (!article || !storyLock.lock)
    return (
      <main className="view" aria-busy="true">
        <p>Opening…</p>
      </main>
    );
  return (
    <ArticleWorkspace
      key={generation}
      initial={article}
      publishUpdate={publishUpdate}
      readOnly={readOnly}
      lockBanner={<LockBanner state={storyLock} />}
      onRefused={storyLock.letGo}
    />
  );
}

/** Changes that never reached the store last time (see useAutosave), laid over the stored draft. */
function withRecovered(article: OpenedArticle): { article: OpenedArticle; recovered: Partial<ArticleContent> | null } {
  const recovered = readStash(article.id);
  return recovered ? { article: { ...article, ...recovered }, recovered } : { article, recovered: null };
}

function ArticleWorkspace({
  initial: stored,
  publishUpdate,
  readOnly: lockedOut,
  lockBanner,
  onRefused,
}: {
  initial: OpenedArticle;
  publishUpdate: boolean;
  readOnly: boolean;
  lockBanner: React.ReactNode;
  onRefused(): void;
}): React.JSX.Element {
  const [{ article: initial, recovered }] = useState(() => withRecovered(stored));
  const [content, setContent] = useState<ArticleContent>(initial);
  const [editorKey, setEditorKey] = useState(0);
  const [working, setBusy] = useState(false);
  const [checkpointOpen, setCheckpointOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const [target, setTarget] = useState<number | null>(() => {
    const saved = localStorage.getItem(`copydesk:target:${initial.id}`);
    return saved ? Number(saved) : null;
  });
  const autosave = useAutosave(initial.id, initial.revision, initial.editedAt, initial.body);
  const toast = useToast();
  const closing = useRef(autosave);
  const trashed = useRef(false);
  closing.current = autosave;
  // Someone else holds the lock, or the desk refused this person's edit: nothing more to type or save.
  const refused = autosave.state.kind === 'failed' && autosave.state.refused ? autosave.state.reason : null;
  const readOnly = lockedOut || refused !== null;
  const readOnlyNow = useRef(readOnly);
  readOnlyNow.current = readOnly;
  // Read-only, every action that writes is off, as while another one runs.
  const busy = working || readOnly;

  useEffect(() => {
    if (!recovered) return;
    autosave.change(recovered);
    toast('Recovered changes that were not saved last time; saving them now.');
  }, []);

  const change = useCallback(
    (patch: Partial<ArticleContent>) => {
      if (readOnlyNow.current) return;
      setContent((c) => ({ ...c, ...patch }));
      autosave.change(patch);
    },
    [autosave.change],
  );

  // Read-only, the editor still reports its own bookkeeping (block ids): that is not an edit.
  const changeBody = useCallback((state: EditorState) => !readOnlyNow.current && autosave.changeBody(state), [autosave.changeBody]);
  const changeTarget = useCallback(
    (t: number | null) => {
      setTarget(t);
      if (t) localStorage.setItem(`copydesk:target:${initial.id}`, String(t));
      else localStorage.removeItem(`copydesk:target:${initial.id}`);
    },
    [initial.id],
  );

  // Closing the article (leaving the route): write the draft, then keep a version if it changed.
  useEffect(
    () => () => {
      trackClosing(
        closing.current.flush().then(async (ok) => {
          if (ok && !trashed.current && !readOnlyNow.current)
            await api.checkpoint({ id: initial.id, kind: 'closed' }).catch(() => undefined);
        }),
      );
    },
    [initial.id],
  );

  /** Runs a call that makes a version on the server, after the draft is written. */
  const versioned = async (what: string, call: () => Promise<VersionedArticle>, reloadBody = false) => {
    setBusy(true);
    try {
      if (!(await autosave.flush())) throw new Error('the draft could not be saved first');
      const result = await call();
      autosave.setRevision(result.article.revision);
      setContent(result.article);
      if (reloadBody) setEditorKey((k) => k + 1);
      toast(`${what}: version ${result.version.number}`);
    } catch (e) {
      toast(`${what} failed: ${errorMessage(e)}`, 'error');
    } finally {
      setBusy(false);
    }
  };

  const checkpoint = async (label: string) => {
    setCheckpointOpen(false);
    setBusy(true);
    try {
      if (!(await autosave.flush())) throw new Error('the draft could not be saved first');
      const version = await api.checkpoint({ id: initial.id, label: label || undefined });
      toast(version ? `Saved version ${version.number}${version.label ? ` “${version.label}”` : ''}` : 'Nothing new to save');
    } catch (e) {
      toast(`Saving a version failed: ${errorMessage(e)}`, 'error');
    } finally {
      setBusy(false);
    }
  };

  // Ctrl+S and the rest arrive as commands: from the native menu, or the page's keys (app/Shortcuts.tsx).
  useEffect(() => {
    const stopMenu = onMenuCommand((command) => {
      if (command === 'checkpoint') setCheckpointOpen(true);
      if (command === 'history') navigate(historyHash(initial.id));
      if (command === 'export') setExportOpen(true);
      if (command === 'publish-update') navigate(updateHash(initial.id));
      if (command === 'compare') navigate(compareHash(initial.id, 'published', 'draft'));
    });
    return stopMenu;
  }, [initial.id]);

  // The header's "changes waiting" follows each save at once rather than at the next poll.
  useEffect(() => {
    if (autosave.state.kind === 'saved') noteLocalWrite();
    // Not this person's story to change: let whoever may edit it have it.
    if (refused !== null) onRefused();
  }, [autosave.state]);

  // Spellcheck follows the article's language (Electron's session spellchecker in the desktop).
  useEffect(() => {
    api.setSpellcheckLanguage({ language: content.language }).catch(() => undefined);
  }, [content.language]);

  const published = !!content.firstPublishedAt;

  const moveToTrash = async () => {
    try {
      await autosave.flush();
      await api.trashArticle({ id: initial.id });
      trashed.current = true; // no closing version for an article in the trash
      const id = initial.id;
      toast('Moved to the trash.', 'info', {
        label: 'Undo',
        run: () =>
          void api.restoreArticle({ id }).then(
            () => navigate(articleHash(id)),
            (e: unknown) => toast(`Could not restore it: ${errorMessage(e)}`, 'error'),
          ),
      });
      navigate(deskHash());
    } catch (e) {
      toast(`Could not move it to the trash: ${errorMessage(e)}`, 'error');
    }
  };
  const saveText = describeSaveState(autosave.state);
  return (
    <main className={`view article-view${readOnly ? ' read-only' : ''}`}>
      <header className="article-bar">
        <a href={deskHash()} className="back">
          ← Desk
        </a>
        <span className={`save-state save-${autosave.state.kind}`} role="status" aria-live="polite" data-testid="save-state">
          {lockedOut && autosave.state.kind === 'saved' ? 'Read-only' : saveText}
        </span>
        <label className="status-select">
          <span className="status-word">Status</span>
          <select
            value={content.status}
            disabled={busy || published}
            onChange={(e) =>
              void versioned(`Status ${STATUS_LABELS[e.target.value as ArticleStatus]}`, () =>
                api.setStatus({ id: initial.id, status: e.target.value as ArticleStatus }),
              )
            }
          >
            {ARTICLE_STATUSES.filter((s) => s !== 'published' || published).map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <div className="actions">
          <button
            type="button"
            disabled={busy}
            onClick={() => setCheckpointOpen(true)}
            title={`Save a version (${keysFor(COMMAND_SHORTCUTS.checkpoint)})`}
          >
            Save version
          </button>
          <a className="button" href={historyHash(initial.id)}>
            History
          </a>
          <button type="button" onClick={() => setExportOpen(true)} title={`Export (${keysFor(COMMAND_SHORTCUTS.export)})`}>
            Export…
          </button>
          {published ? (
            <a className="button primary" href={updateHash(initial.id)}>
              Publish update
            </a>
          ) : (
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => void versioned('Published', () => api.publish({ id: initial.id }))}
            >
              Publish
            </button>
          )}
          <ArticleMenu
            headline={content.headline}
            published={published}
            live={content.status === 'published'}
            busy={busy}
            compareHref={compareHash(initial.id, 'published', 'draft')}
            onTrash={() => void moveToTrash()}
            onUnpublish={(reason) => void versioned('Unpublished', () => api.unpublish({ id: initial.id, reason: reason || undefined }))}
          />
        </div>
      </header>
      {autosave.state.kind === 'failed' && !autosave.state.refused && (
        <div className="banner error" role="alert">
          {autosave.state.stopped === 'session-expired' ? (
            <>Your latest changes are not saved: {autosave.state.reason}. Reopening this article from that address brings them back.</>
          ) : (
            <>
              Your latest changes are not saved: {autosave.state.reason}. They stay on screen
              {autosave.state.retrying ? ' and Copydesk keeps trying' : ''}.
            </>
          )}
          {autosave.state.stopped === 'conflict' && (
            <span className="conflict-actions">
              {' '}
              <button type="button" onClick={autosave.keepMine}>
                Keep my version
              </button>{' '}
              <button type="button" onClick={() => (autosave.discard(), location.reload())}>
                Load the other copy
              </button>
            </span>
          )}
        </div>
      )}
      {lockBanner}
      {refused !== null && (
        <div className="banner error" role="alert" data-testid="refused-banner">
          {refused} Your changes on screen are not saved.{' '}
          <button type="button" onClick={() => (autosave.discard(), location.reload())}>
            Discard my changes
          </button>
        </div>
      )}
      <article className="sheet">
        <fieldset className="sheet-fieldset" disabled={readOnly}>
          <ArticleFields content={content} onChange={change} />
          <Editor
            key={editorKey}
            body={content.body}
            language={content.language}
            onChange={changeBody}
            target={target}
            onTargetChange={changeTarget}
            readOnly={readOnly}
          />
        </fieldset>
        <NotesList
          notes={content.notes}
          onRevise={
            published && !readOnly
              ? (index, revision) =>
                  versioned(revision.withdraw ? 'Note withdrawn' : 'Note edited', () =>
                    api.reviseNote({ id: initial.id, index, ...revision }),
                  )
              : undefined
          }
        />
      </article>
      {publishUpdate && published && !readOnly && (
        <PublishUpdateDialog
          id={initial.id}
          prepare={() => autosave.flush()}
          onClose={() => navigate(articleHash(initial.id))}
          onPublished={(result) => {
            autosave.setRevision(result.article.revision);
            setContent(result.article);
            toast(
              result.article.notes.length > content.notes.length
                ? `Update published: version ${result.version.number}`
                : `Published without a note: version ${result.version.number}`,
            );
            navigate(articleHash(initial.id));
          }}
        />
      )}
      {exportOpen && <ExportDialog id={initial.id} onClose={() => setExportOpen(false)} beforeExport={() => autosave.flush()} />}
      {checkpointOpen && <CheckpointDialog onSave={checkpoint} onCancel={() => setCheckpointOpen(false)} />}
    </main>
  );
}
