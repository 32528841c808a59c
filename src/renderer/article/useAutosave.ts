/**
 * Autosave that never loses a keystroke: changes collect in a pending patch, written about a
 * second after typing stops, one save at a time. A failed save keeps the patch (the text stays
 * on screen), says why, and retries with a growing pause. The draft is flushed when the article
 * closes, and when the page goes away (a keepalive request in the web host; in the desktop the
 * unload is held back until the flush lands).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EditorState } from 'lexical';
import type { ArticleContent } from '../../shared/article/article';
import type { SerializedBody } from '../../shared/article/body';
import { api, errorMessage, isDesktop, saveBeforeLeaving } from '../api/client';
import { ApiError } from '../../shared/api/errors';

export const AUTOSAVE_DELAY_MS = 1000;
const MAX_RETRY_MS = 30_000;

export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'failed'; reason: string; retrying: boolean };

export interface Autosave {
  state: SaveState;
  change(patch: Partial<ArticleContent>): void;
  changeBody(state: EditorState): void;
  flush(): Promise<boolean>;
  /** The revision the next save starts from; set after calls that save on the server side. */
  setRevision(revision: number): void;
}

export function useAutosave(id: string, initialRevision: number, savedAt: string, initialBody: SerializedBody): Autosave {
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: savedAt });
  // Lexical reports changes that change nothing (registering a transform re-marks nodes): a body
  // equal to the last one written is not a change, and must not bump the revision.
  const lastBody = useRef(JSON.stringify(initialBody));
  const lastSavedAt = useRef(savedAt);
  const pending = useRef<Partial<ArticleContent>>({});
  const body = useRef<EditorState | null>(null);
  const revision = useRef(initialRevision);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retryDelay = useRef(1000);

  const hasPending = () => body.current !== null || Object.keys(pending.current).length > 0;

  const takePatch = (): Partial<ArticleContent> => {
    const patch = { ...pending.current };
    if (body.current) {
      const json = body.current.toJSON() as unknown as SerializedBody;
      const text = JSON.stringify(json);
      if (text !== lastBody.current) {
        patch.body = json;
        lastBody.current = text;
      }
    }
    pending.current = {};
    body.current = null;
    return patch;
  };

  const save = useCallback(async (): Promise<boolean> => {
    if (inFlight.current) await inFlight.current;
    if (!hasPending()) return true;
    const bodyState = body.current;
    const previousBody = lastBody.current;
    const patch = takePatch();
    if (Object.keys(patch).length === 0) {
      setState({ kind: 'saved', at: lastSavedAt.current });
      return true;
    }
    setState({ kind: 'saving' });
    const attempt = (async () => {
      try {
        const saved = await api.saveDraft({ id, patch, baseRevision: revision.current });
        revision.current = saved.revision;
        lastSavedAt.current = saved.savedAt;
        retryDelay.current = 1000;
        if (!hasPending()) setState({ kind: 'saved', at: saved.savedAt });
        else setState({ kind: 'unsaved' });
        return true;
      } catch (error) {
        // Put the patch back under anything typed since, so nothing is lost.
        pending.current = { ...patch, ...pending.current };
        if (bodyState && !body.current) {
          body.current = bodyState;
          lastBody.current = previousBody;
          delete pending.current.body;
        }
        const conflict = error instanceof ApiError && error.code === 'conflict';
        setState({ kind: 'failed', reason: errorMessage(error), retrying: !conflict });
        if (!conflict) {
          clearTimeout(timer.current);
          timer.current = setTimeout(() => void save(), retryDelay.current);
          retryDelay.current = Math.min(MAX_RETRY_MS, retryDelay.current * 2);
        }
        return false;
      }
    })();
    inFlight.current = attempt;
    const ok = await attempt;
    inFlight.current = null;
    if (ok && hasPending()) schedule();
    return ok;
  }, [id]);

  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  }, [save]);

  const markChanged = useCallback(() => {
    setState((s) => (s.kind === 'failed' ? s : { kind: 'unsaved' }));
    schedule();
  }, [schedule]);

  const change = useCallback((patch: Partial<ArticleContent>) => {
    pending.current = { ...pending.current, ...patch };
    markChanged();
  }, [markChanged]);

  const changeBody = useCallback((editorState: EditorState) => {
    body.current = editorState;
    markChanged();
  }, [markChanged]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    return save();
  }, [save]);

  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasPending() && !inFlight.current) return;
      if (isDesktop) {
        // Hold the window open, write the draft, then close for real.
        event.preventDefault();
        event.returnValue = '';
        void flush().then((ok) => ok && window.close());
      } else {
        const patch = takePatch();
        // Browsers cap a keepalive request at 64 KB: past that, ask the reader to stay while it saves.
        if (JSON.stringify(patch).length < 60_000) saveBeforeLeaving('saveDraft', { id, patch, baseRevision: revision.current });
        else {
          pending.current = patch;
          event.preventDefault();
          event.returnValue = '';
          void flush();
        }
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      clearTimeout(timer.current);
    };
  }, [id, flush]);

  return { state, change, changeBody, flush, setRevision: (r) => (revision.current = r) };
}

export function describeSaveState(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return `Saved ${clock(state.at)}`;
    case 'unsaved':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'failed':
      return `Not saved — ${state.reason}${state.retrying ? ', retrying' : ''}`;
  }
}

/** "14:03" from an ISO time, in the wall clock it was written with. */
export function clock(iso: string): string {
  const m = /T(\d{2}):(\d{2})/.exec(iso);
  return m ? `${m[1]}:${m[2]}` : iso;
}
