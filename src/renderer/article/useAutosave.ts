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
import { saveFailure } from './save-failure';
import { ApiError } from '../../shared/api/errors';

export const AUTOSAVE_DELAY_MS = 1000;
const MAX_RETRY_MS = 30_000;

export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  /**
   * `conflict`: another copy was saved (the page offers "Keep my version"); `refused`: the shared
   * desk does not let this person change the story (see saveFailure); `stopped` says why retrying
   * would not help, including a web host restarted with a new token (session-expired).
   */
  | { kind: 'failed'; reason: string; retrying: boolean; conflict: boolean; refused: boolean; stopped?: 'conflict' | 'session-expired' };

export interface Autosave {
  state: SaveState;
  change(patch: Partial<ArticleContent>): void;
  changeBody(state: EditorState): void;
  flush(): Promise<boolean>;
  /** The revision the next save starts from; set after calls that save on the server side. */
  setRevision(revision: number): void;
  /** After a conflict: write what is on screen over the other copy. */
  keepMine(): void;
  /** After a conflict: drop what is on screen, so the other copy can be loaded. */
  discard(): void;
}

/** Where a patch that could not be written waits for the next time the article opens. */
const stashKey = (id: string) => `copydesk:unsaved:${id}`;

export function readStash(id: string): Partial<ArticleContent> | null {
  try {
    const raw = localStorage.getItem(stashKey(id));
    return raw ? (JSON.parse(raw) as { patch: Partial<ArticleContent> }).patch : null;
  } catch {
    return null;
  }
}

function writeStash(id: string, patch: Partial<ArticleContent>): void {
  try {
    localStorage.setItem(stashKey(id), JSON.stringify({ patch, at: new Date().toISOString() }));
  } catch {
    // Storage full or disabled: the browser's "leave page?" question still guards the text.
  }
}

const clearStash = (id: string) => localStorage.removeItem(stashKey(id));

export function useAutosave(id: string, initialRevision: number, savedAt: string, initialBody: SerializedBody): Autosave {
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: savedAt });
  // Lexical reports changes that change nothing (registering a transform re-marks nodes): a body
  // equal to the last one written is not a change, and must not bump the revision.
  const lastBody = useRef<string>('');
  if (!lastBody.current) lastBody.current = JSON.stringify(initialBody); // once, not on every render
  const lastSavedAt = useRef(savedAt);
  const pending = useRef<Partial<ArticleContent>>({});
  const body = useRef<EditorState | null>(null);
  const revision = useRef<number | undefined>(initialRevision);
  const failed = useRef(false);
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
        failed.current = false;
        if (!hasPending()) clearStash(id);
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
        // A refused text (too deeply nested), a conflict or a restarted host would fail the same way forever.
        const { retry: retryable, conflict, refused } = saveFailure(error);
        const expired = error instanceof ApiError && error.code === 'session-expired';
        const retry = retryable && !expired;
        const stopped = conflict ? 'conflict' : expired ? 'session-expired' : undefined;
        failed.current = true;
        // Keep the text in the browser too: after a restart it comes back when the article reopens.
        if (expired) writeStash(id, { ...patch, ...pending.current });
        setState({ kind: 'failed', reason: withoutStop(errorMessage(error)), retrying: retry, conflict, refused, stopped });
        if (retry) {
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
    // Returning the same object lets React skip the render: typing must not re-render the page.
    setState((s) => (s.kind === 'failed' || s.kind === 'unsaved' ? s : { kind: 'unsaved' }));
    schedule();
  }, [schedule]);

  const change = useCallback(
    (patch: Partial<ArticleContent>) => {
      pending.current = { ...pending.current, ...patch };
      markChanged();
    },
    [markChanged],
  );

  const changeBody = useCallback(
    (editorState: EditorState) => {
      body.current = editorState;
      markChanged();
    },
    [markChanged],
  );

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    return save();
  }, [save]);

  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasPending() && !inFlight.current && !failed.current) return;
      if (isDesktop) {
        // Hold the window open, write the draft, then close for real.
        event.preventDefault();
        event.returnValue = '';
        void flush().then((ok) => ok && window.close());
        return;
      }
      const patch = takePatch();
      // Keep a copy in the browser first: if the last word never reaches the store, the article
      // offers it back the next time it opens.
      writeStash(id, patch);
      const small = JSON.stringify(patch).length < 60_000; // browsers cap keepalive requests at 64 KB
      if (small && !failed.current && !inFlight.current) {
        saveBeforeLeaving('saveDraft', { id, patch, baseRevision: revision.current });
      } else {
        // A failed or unfinished save, or too much for a keepalive request: ask the reader to stay.
        pending.current = { ...patch, ...pending.current };
        event.preventDefault();
        event.returnValue = '';
        void flush();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      clearTimeout(timer.current);
    };
  }, [id, flush]);

  const keepMine = useCallback(() => {
    revision.current = undefined; // the next save does not check which copy it started from
    void flush();
  }, [flush]);

  const discard = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = {};
    body.current = null;
    failed.current = false;
    clearStash(id);
  }, [id]);

  return { state, change, changeBody, flush, setRevision: (r) => (revision.current = r), keepMine, discard };
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
      // The desk's reason is long and has its own banner.
      if (state.refused) return 'Not saved — refused by the desk';
      return `Not saved — ${state.reason}${state.retrying ? ', retrying' : ''}`;
  }
}

/** A reason set inside a sentence of ours: "…a readable reply" not "…a readable reply., retrying". */
export function withoutStop(reason: string): string {
  return reason.trim().replace(/[.。]+$/u, '');
}

/** "14:03" from an ISO time, in the wall clock it was written with. */
export function clock(iso: string): string {
  const m = /T(\d{2}):(\d{2})/.exec(iso);
  return m ? `${m[1]}:${m[2]}` : iso;
}
