/**
 * An article opened for work, as the shared desk sees it: read from the store (after any closing
 * save), with its lock. It is read again when this page gains the lock after watching someone
 * else (editing must start from their last text), and after each sync round while watching (the
 * page follows their text). Off a shared desk the lock is always this page's.
 */
import { useEffect, useState } from 'react';
import type { OpenedArticle } from '../../shared/api/contract';
import { api, errorMessage } from '../api/client';
import { afterClosing } from '../article/closing';
import { useDeskRefresh } from './useDeskRefresh';
import { useStoryLock, type StoryLockState } from './useStoryLock';

export interface OpenedForWork {
  article: OpenedArticle | null;
  error: string | null;
  storyLock: StoryLockState;
  /** Someone else holds the lock, or the text read after gaining it is not on screen yet. */
  readOnly: boolean;
  /** Changes whenever the page must start again from a fresh read (a key for the workspace). */
  generation: string;
}

export function useOpenedArticle(id: string): OpenedForWork {
  const [article, setArticle] = useState<OpenedArticle | null>(null);
  const [error, setError] = useState<string | null>(null);
  const storyLock = useStoryLock(id);
  const watching = storyLock.lock?.held === false;
  const [synced, setSynced] = useState(0);
  useDeskRefresh(() => watching && setSynced((n) => n + 1));
  const [loadedFor, setLoadedFor] = useState(-1);
  useEffect(() => {
    let live = true;
    const gained = storyLock.gained;
    afterClosing()
      .then(() => api.getArticle({ id }))
      .then(
        (a) => live && (setArticle(a), setLoadedFor(gained)),
        (e) => live && setError(errorMessage(e)),
      );
    return () => {
      live = false;
    };
  }, [id, storyLock.gained, synced]);
  return {
    article,
    error,
    storyLock,
    readOnly: !storyLock.lock?.held || loadedFor !== storyLock.gained,
    generation: `${article?.id}:${article?.revision}:${loadedFor}`,
  };
}
