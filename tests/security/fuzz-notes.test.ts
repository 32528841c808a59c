/**
 * The update-note writer on random and hostile article pairs: it always proposes something (or
 * nothing) without throwing, within the hang limit; every name in the note stands in the article
 * (the wrong value after ", not" in the old version); and on newsroom-shaped pairs every note
 * passes the grammar check (one or two sentences, at most 40 words, no fragments, nothing copied).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { proposeNote } from '../../src/shared/notes/index';
import { articleFromText, inventedInNote } from '../../src/shared/notes/eval';
import { checkNoteGrammar } from '../../src/shared/notes/grammar';
import { bodyPlainText } from '../../src/shared/article/content';
import type { ArticleContent } from '../../src/shared/article/article';
import { articlePair } from './fuzz-articles';
import { FUZZ_RUNS, share, withinHangLimit } from './fuzz-support';

const dates = fc.oneof(
  fc.constantFrom('2026-03-02T12:00:00Z', '2024-02-29T23:59:59+09:00', '1970-01-01T00:00:00Z'),
  fc.date({ noInvalidDate: true, min: new Date('1900-01-01'), max: new Date('2200-01-01') }).map((d) => d.toISOString()),
);
const styles = fc.constantFrom(
  {},
  { dateStyle: 'long' as const },
  { dateStyle: 'iso' as const },
  { serialComma: false },
  { personNames: 'as-introduced' as const },
);

const textOf = (a: ArticleContent) => `${a.headline}\n${a.deck}\n${bodyPlainText(a)}`;

/** Names of the note not standing in the article, read as a correction is written (inventedInNote). */
function strangers(text: string, older: ArticleContent, newer: ArticleContent): string[] {
  return inventedInNote(text, textOf(older), textOf(newer));
}

// Newsroom-shaped sentences: who said what, counts, places, dates.
const PEOPLE = [
  'Mayor Ruth Ambler',
  'Sheriff Dale Mercer',
  'Councilwoman Ada Fry',
  'Fire Chief Oren Lusk',
  'Dana Whitfield, the city manager,',
];
const SURNAMES = ['Ambler', 'Mercer', 'Fry', 'Lusk', 'Whitfield'];
const PLACES = ['Milbrook', 'Tolland', 'Greve', 'Alton'];
const sentence = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...PEOPLE),
      fc.constantFrom('the roads would reopen', 'crews worked through the night', 'the shelter would stay open'),
    )
    .map(([p, what]) => `${p} said ${what}.`),
  fc
    .tuple(
      fc.integer({ min: 2, max: 400 }),
      fc.constantFrom('homes', 'people', 'customers'),
      fc.constantFrom('flooded', 'evacuated', 'without power'),
      fc.constantFrom(...PLACES),
    )
    .map(([n, noun, state, place]) => `At least ${n} ${noun} were ${state} in ${place}, officials said.`),
  fc
    .tuple(fc.constantFrom(...SURNAMES), fc.constantFrom('We are ready', 'This was the worst night', 'Help is on the way'))
    .map(([s, q]) => `"${q}," ${s} said.`),
  fc
    .tuple(fc.constantFrom(...PLACES), fc.constantFrom('Monday', 'Tuesday', 'Friday'))
    .map(([place, day]) => `The bridge in ${place} will reopen on ${day}.`),
);
const edit = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(8), text: sentence }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(8) }),
  fc.record({ op: fc.constant('number' as const), at: fc.nat(8), n: fc.integer({ min: 1, max: 999 }) }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(8) }),
);
const newsroomPair = fc
  .tuple(fc.array(sentence, { minLength: 2, maxLength: 8 }), fc.array(edit, { minLength: 1, maxLength: 4 }))
  .map(([paragraphs, edits]) => {
    const after = paragraphs.slice();
    for (const e of edits) {
      const at = e.at % Math.max(1, after.length);
      if (e.op === 'insert') after.splice(at, 0, e.text);
      else if (e.op === 'delete' && after.length > 1) after.splice(at, 1);
      else if (e.op === 'number' && after[at]) after[at] = after[at]!.replace(/\d+/, String(e.n));
      else if (e.op === 'swap' && after[at + 1]) [after[at], after[at + 1]] = [after[at + 1]!, after[at]!];
    }
    const head = 'Storms batter the valley';
    return [articleFromText([head, ...paragraphs].join('\n\n')), articleFromText([head, ...after].join('\n\n'))] as const;
  });

describe(`proposeNote on ${FUZZ_RUNS} random and hostile pairs`, () => {
  // The language model loads on the first note: that is start-up, not a hang on an input, and on a
  // loaded machine it alone can pass the hang limit.
  beforeAll(() => {
    const warm = articleFromText('Storms batter the valley\n\nThe council said on Tuesday that 40 homes flooded.');
    proposeNote(warm, articleFromText('Storms batter the valley\n\nThe council said on Tuesday that 41 homes flooded.'), {
      date: '2026-03-14T10:00:00-05:00',
    });
  });

  it('proposes a note or none for every pair, within the hang limit, naming nobody the articles do not', async () => {
    await fc.assert(
      fc.asyncProperty(articlePair(), dates, styles, async ([older, newer], date, style) => {
        const note = await withinHangLimit('proposeNote', () => proposeNote(older, newer, { date, style }));
        expect(['update', 'correction', 'none']).toContain(note.kind);
        expect(note.kind === 'none').toBe(note.note === '');
        expect(strangers(note.text, older, newer)).toEqual([]);
      }),
      { numRuns: share(0.6) },
    );
  }, 300_000);

  it('on newsroom-shaped pairs every note passes the grammar check and names only what the articles name', () => {
    fc.assert(
      fc.property(newsroomPair, ([older, newer]) => {
        const note = proposeNote(older, newer, { date: '2026-03-14T10:00:00-05:00' });
        if (note.kind === 'none') return;
        expect(note.note).toMatch(/^(?:Update|Correction), March 14: \S/);
        expect(checkNoteGrammar(note.text, bodyPlainText(newer)), note.note).toEqual([]);
        expect(strangers(note.text, older, newer)).toEqual([]);
      }),
      { numRuns: share(0.3) },
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
