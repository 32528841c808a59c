/**
 * The redline engine on random and hostile article pairs: it always answers (never throws), its
 * HTML rendering carries no executable markup, and no pair takes longer than the hang limit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareArticles, redlineHtml, redlineText, summarizeDiff } from '../../src/shared/diff/index';
import { articlePair } from './fuzz-articles';
import { FUZZ_RUNS, share, withinHangLimit } from './fuzz-support';
import { inspectHtml } from './output-checks';

describe(`compareArticles on ${FUZZ_RUNS} random and hostile pairs`, () => {
  it('answers every pair, renders it safely, within the hang limit', async () => {
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(articlePair(), async ([older, newer]) => {
        tried++;
        const diff = await withinHangLimit('compareArticles', () => compareArticles(older, newer));
        expect(Array.isArray(diff.blocks)).toBe(true);
        redlineText(diff);
        summarizeDiff(diff);
        const html = redlineHtml(diff, { standalone: false });
        // The redline goes into the page: hostile words in an article must stay words.
        expect(inspectHtml(html).problems).toEqual([]);
      }),
      { numRuns: share(0.8) },
    );
    expect(tried).toBeGreaterThanOrEqual(share(0.8));
  }, 300_000);

  it('answers large pairs (up to 150 blocks) within the hang limit', async () => {
    await fc.assert(
      fc.asyncProperty(articlePair(150), async ([older, newer]) => {
        await withinHangLimit('compareArticles (large)', () => compareArticles(older, newer));
      }),
      { numRuns: share(0.2) },
    );
  }, 300_000);
});
