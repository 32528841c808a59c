/**
 * Issue 15 item 11: a body nested 5,000 deep is refused for what it is — "too deeply nested", an
 * invalid argument the page does not retry — not reported as a storage failure about a call stack.
 */
import { describe, expect, it } from 'vitest';
import { testStore } from '../unit/support';
import { dispatch } from '../../src/main/api/dispatch';
import { saveFailure } from '../../src/renderer/article/save-failure';
import { ApiError } from '../../src/shared/api/errors';
import { bodyDepth } from '../../src/shared/article/body';
import { hostile } from './hostile-corpus';

describe('a body nested thousands deep', () => {
  it('is refused as too deeply nested, as an invalid argument autosave does not retry', async () => {
    const env = testStore();
    try {
      const a = await env.handlers.createArticle({ headline: 'Deep' });
      const body = hostile.deepBody(5000) as never;
      expect(bodyDepth(body)).toBeGreaterThan(5000);
      const outcome = await dispatch(env.handlers, 'saveDraft', { id: a.id, patch: { body } });
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.error.code).toBe('invalid-argument');
      expect(outcome.error.message).toMatch(/too deeply nested/);
      expect(outcome.error.message).not.toMatch(/storage|call stack/i);
      expect(saveFailure(new ApiError(outcome.error.code, outcome.error.message)).retry).toBe(false);
      // The article is as it was.
      expect((await env.handlers.getArticle({ id: a.id })).revision).toBe(0);
    } finally {
      env.cleanup();
    }
  });

  it('a real article nested a few levels passes', async () => {
    const env = testStore();
    try {
      const a = await env.handlers.createArticle({ headline: 'Lists' });
      const outcome = await dispatch(env.handlers, 'saveDraft', { id: a.id, patch: { body: hostile.deepBody(20) } });
      expect(outcome.ok).toBe(true);
    } finally {
      env.cleanup();
    }
  });
});
