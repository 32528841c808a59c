import { afterEach, describe, expect, it, vi } from 'vitest';
import { testStore, type TestStore } from '../../../tests/unit/support';

/** Records whether each real word count (the segmenter's work) ran inside a write transaction. */
const counted: boolean[] = [];
let watched: { inTransaction: boolean } | null = null;
vi.mock('../../shared/text/words', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../shared/text/words')>();
  return {
    ...original,
    countWords: (text: string, language?: string) => {
      if (watched) counted.push(watched.inTransaction);
      return original.countWords(text, language);
    },
  };
});

let env: TestStore;
afterEach(() => env?.cleanup());

describe('an import counts words before its write transaction', () => {
  it('segments no text while the transaction is open', async () => {
    env = testStore();
    watched = env.store.db;
    counted.length = 0;
    const text =
      'Harbor reopens after storm\n\nShips returned to the north harbor on Monday, a week after the storm.\n\nThe port authority said repairs would take a month.';
    const [record] = await env.handlers.importFiles({
      files: [{ name: 'harbor-unique-4711.txt', base64: Buffer.from(text).toString('base64') }],
    });
    watched = null;
    expect(counted.length).toBeGreaterThan(0);
    expect(counted.filter((inside) => inside)).toEqual([]);
    expect((await env.handlers.getArticle({ id: record!.id })).headline).toBe('Harbor reopens after storm');
  });
});
