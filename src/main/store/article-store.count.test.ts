import { afterEach, describe, expect, it, vi } from 'vitest';
import { testStore, type TestStore } from '../../../tests/unit/support';
import { blocksToBody } from '../../shared/article/blocks';

/** Records whether each word count ran while a write transaction was open. */
const counted: boolean[] = [];
let watched: { inTransaction: boolean } | null = null;
vi.mock('../../shared/article/content', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../shared/article/content')>();
  return {
    ...original,
    bodyWordCount: (content: Parameters<typeof original.bodyWordCount>[0]) => {
      if (watched) counted.push(watched.inTransaction);
      return original.bodyWordCount(content);
    },
  };
});

let env: TestStore;
afterEach(() => env?.cleanup());

const body = (text: string) => blocksToBody([{ id: 'p0', type: 'paragraph' as const, runs: [{ text, format: 0 }] }]);

describe('a save counts words before its write transaction', () => {
  it('counts the body outside the transaction and stores the right count', async () => {
    env = testStore();
    const a = await env.handlers.createArticle({ headline: 'Council passes budget' });
    watched = env.store.db;
    counted.length = 0;
    const saved = await env.handlers.saveDraft({ id: a.id, patch: { body: body('The council passed the budget on Tuesday.') } });
    watched = null;
    expect(saved.wordCount).toBe(7);
    expect(counted.length).toBeGreaterThan(0);
    expect(counted.every((inside) => !inside)).toBe(true);
  });

  it('recounts when the same save changes the language', async () => {
    env = testStore();
    const a = await env.handlers.createArticle({ headline: 'Budget' });
    const saved = await env.handlers.saveDraft({ id: a.id, patch: { body: body('東京都は予算を承認した。'), language: 'ja' } });
    expect(saved.wordCount).toBeGreaterThan(1);
    const headlineOnly = await env.handlers.saveDraft({ id: a.id, patch: { headline: 'Budget passes' } });
    expect(headlineOnly.wordCount).toBe(saved.wordCount);
  });
});
