/**
 * The update-note writer on random and hostile article pairs: it always proposes something (or
 * nothing) without throwing, never names anyone or anything the article does not, and no pair
 * takes longer than the hang limit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposeNote } from '../../src/shared/notes/index';
import { inventedNames } from '../../src/shared/notes/eval';
import { resolveStyle } from '../../src/shared/notes/style';
import { blockText, bodyToBlocks } from '../../src/shared/article/blocks';
import type { ArticleContent } from '../../src/shared/article/article';

/** Everything an article says, where a name in its note must stand. */
const articleText = (a: ArticleContent): string =>
  [a.headline, a.deck, a.dateline, ...a.bylines.map((b) => b.name), ...bodyToBlocks(a.body).map(blockText)].join('\n');
import { articlePair } from './fuzz-articles';
import { FUZZ_RUNS, share, withinHangLimit } from './fuzz-support';

const dates = fc.oneof(fc.constantFrom('2026-03-02T12:00:00Z', '2024-02-29T23:59:59+09:00', '1970-01-01T00:00:00Z'), fc.date({ noInvalidDate: true, min: new Date('1900-01-01'), max: new Date('2200-01-01') }).map((d) => d.toISOString()));
const styles = fc.constantFrom({}, { dateStyle: 'long' as const }, { dateStyle: 'iso' as const }, { serialComma: false }, { personNames: 'as-introduced' as const });

describe(`proposeNote on ${FUZZ_RUNS} random and hostile pairs`, () => {
  it('proposes a note or none for every pair, within the hang limit', async () => {
    await fc.assert(
      fc.asyncProperty(articlePair(), dates, styles, async ([older, newer], date, style) => {
        const note = await withinHangLimit('proposeNote', () => proposeNote(older, newer, { date, style }));
        expect(['update', 'correction', 'none']).toContain(note.kind);
        expect(note.kind === 'none').toBe(note.note === '');
        // Never invent: every capitalized word of the note stands in the article (or is the house style's own).
        // (The writer tidies a space before punctuation, "J ....Mayor" → "J....Mayor": the same words.)
        const said = articleText(older) + '\n' + articleText(newer);
        expect(inventedNames(note.text, `${said}\n${said.replace(/\s+(?=\p{P})/gu, '')}`, resolveStyle(style))).toEqual([]);
      }),
      { numRuns: share(0.9) },
    );
  }, 300_000);

  it('handles large pairs (up to 120 blocks) within the hang limit', async () => {
    await fc.assert(
      fc.asyncProperty(articlePair(120), async ([older, newer]) => {
        await withinHangLimit('proposeNote (large)', () => proposeNote(older, newer, { date: '2026-03-02T12:00:00Z' }));
      }),
      { numRuns: share(0.1) },
    );
  }, 300_000);
});
