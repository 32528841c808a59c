/**
 * What a failed autosave does next. A storage hiccup or a lost connection passes, so the save is
 * tried again; a refusal of the text itself (too deeply nested, too long) or an edit conflict
 * would fail the same way forever, so it is said once and not retried.
 */
import { ApiError } from '../../shared/api/errors';

export interface SaveFailure {
  /** Try the same save again after a pause. */
  retry: boolean;
  /** Another copy changed the article: offer "Keep my version" / "Load the other copy". */
  conflict: boolean;
  /** The shared desk refused this person the change (not their story): the page turns read-only. */
  refused: boolean;
}

const PERMANENT = new Set(['conflict', 'invalid-argument', 'not-found', 'forbidden', 'unknown-method', 'unsupported']);

export function saveFailure(error: unknown): SaveFailure {
  const code = error instanceof ApiError ? error.code : (error as { code?: unknown } | null)?.code;
  return { retry: typeof code !== 'string' || !PERMANENT.has(code), conflict: code === 'conflict', refused: code === 'forbidden' };
}
