/** Properties of the redline on random articles (fast-check). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeRuns, type Block, type TextRun } from '../article/blocks';
import { applyDiff } from './apply';
import { diffBlocks } from './compare';
import { emptyMediaStats } from './media';
import { embed, photo, withoutIds } from './test-support';

const WORDS = [
  'the',
  'council',
  'mayor',
  'budget',
  'vote',
  'said',
  'on',
  'Tuesday',
  'police',
  'city',
  'residents',
  '40',
  'plan',
  '—',
  'a',
  'new',
];

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }).map((w) => w.join(' ') + '.');
const anyText = fc.oneof(sentence, fc.string({ minLength: 1, maxLength: 10 }), fc.constant('\n'));

const run: fc.Arbitrary<TextRun> = fc
  .record({
    text: anyText,
    format: fc.constantFrom(0, 0, 0, 1, 2, 3, 8),
    link: fc.option(fc.constantFrom('https://example.org/report', 'https://example.org/vote'), { nil: undefined, freq: 4 }),
  })
  .map((r) => (r.link ? r : { text: r.text, format: r.format }));

type Shape = Pick<Block, 'type' | 'tag' | 'listType' | 'depth'>;
const shape: fc.Arbitrary<Shape> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ type: 'paragraph' as const }) },
  { weight: 1, arbitrary: fc.constantFrom<Shape>({ type: 'heading', tag: 'h2' }, { type: 'heading', tag: 'h3' }) },
  { weight: 1, arbitrary: fc.constant<Shape>({ type: 'quote' }) },
  { weight: 1, arbitrary: fc.constant<Shape>({ type: 'rule' }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('list-item' as const),
      listType: fc.constantFrom('bullet' as const, 'number' as const),
      depth: fc.constantFrom(0, 0, 1),
    }),
  },
);

const textBlock: fc.Arbitrary<Block> = fc
  .record({ shape, runs: fc.array(run, { maxLength: 4 }), id: fc.string({ minLength: 4, maxLength: 4 }) })
  .map(({ shape, runs, id }) => ({ ...shape, id: `bq${id.replace(/\./g, '')}`, runs: shape.type === 'rule' ? [] : normalizeRuns(runs) }));

/** A photo (one of a few images, so some repeat) or an embed, with words that may be empty. */
const mediaBlock: fc.Arbitrary<Block> = fc.oneof(
  fc
    .record({
      image: fc.constantFrom('harbor', 'council', 'fire'),
      caption: fc.oneof(sentence, fc.constant('')),
      credit: fc.constantFrom('', 'Jon Park/Ledger', 'Mia Lund'),
      alt: fc.oneof(sentence, fc.constant('')),
      id: fc.string({ minLength: 4, maxLength: 4 }),
    })
    .map(({ image, caption, credit, alt, id }) => photo(image, { caption, credit, alt }, `bq${id.replace(/\./g, '')}`)),
  fc
    .record({
      url: fc.constantFrom('https://www.youtube.com/watch?v=a1', 'https://x.com/city/status/2'),
      title: fc.oneof(sentence, fc.constant('')),
      id: fc.string({ minLength: 4, maxLength: 4 }),
    })
    .map(({ url, title, id }) => embed(url, title, `bq${id.replace(/\./g, '')}`)),
);

const block: fc.Arbitrary<Block> = fc.oneof({ weight: 8, arbitrary: textBlock }, { weight: 2, arbitrary: mediaBlock });

/** An edit a reporter might make to one article. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), block }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('retext' as const), at: fc.nat(), runs: fc.array(run, { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('word' as const), at: fc.nat(), word: fc.constantFrom(...WORDS) }),
  fc.record({ kind: fc.constant('bold' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('reshape' as const), at: fc.nat(), shape }),
  fc.record({ kind: fc.constant('recaption' as const), at: fc.nat(), caption: sentence }),
  fc.record({ kind: fc.constant('reimage' as const), at: fc.nat(), image: fc.constantFrom('harbor', 'council', 'fire', 'flood') }),
);

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function applyEdits(blocks: Block[], edits: Edit[]): Block[] {
  const out = blocks.map((b) => ({ ...b, runs: b.runs.map((r) => ({ ...r })) }));
  for (const e of edits) {
    const i = out.length ? e.at % out.length : 0;
    const target = out[i];
    // Photos and embeds have no runs: text edits pass them by, their own edits pass text by.
    const media = target !== undefined && (target.type === 'photo' || target.type === 'embed');
    if (media && (e.kind === 'retext' || e.kind === 'word' || e.kind === 'bold' || e.kind === 'reshape')) continue;
    switch (e.kind) {
      case 'insert':
        out.splice(i, 0, e.block);
        break;
      case 'delete':
        out.splice(i, 1);
        break;
      case 'move': {
        const [moved] = out.splice(i, 1);
        if (moved) out.splice(e.to % (out.length + 1), 0, moved);
        break;
      }
      case 'retext':
        if (target && target.type !== 'rule') target.runs = normalizeRuns(e.runs);
        break;
      case 'word':
        if (target && target.type !== 'rule') target.runs = normalizeRuns([...target.runs, { text: ` ${e.word}`, format: 0 }]);
        break;
      case 'bold':
        if (target) target.runs = normalizeRuns(target.runs.map((r) => ({ ...r, format: r.format ^ 1 })));
        break;
      case 'reshape':
        if (target) {
          const { tag: _tag, listType: _listType, depth: _depth, ...rest } = target;
          out[i] = { ...rest, ...e.shape, runs: e.shape.type === 'rule' ? [] : target.runs };
        }
        break;
      case 'recaption':
        if (target?.photo) out[i] = { ...target, photo: { ...target.photo, caption: e.caption } };
        else if (target?.embed) out[i] = { ...target, embed: { ...target.embed, title: e.caption } };
        break;
      case 'reimage':
        if (target?.photo) out[i] = { ...target, photo: { ...photo(e.image, target.photo).photo! } };
        break;
    }
  }
  return out;
}

describe('redline properties', () => {
  it('applying the diff of A→B to A gives B exactly', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), fc.array(edit, { maxLength: 6 }), fc.boolean(), (a, edits, ids) => {
        let b = applyEdits(a, edits);
        const older = ids ? a : withoutIds(a);
        if (!ids) b = withoutIds(b);
        const diff = diffBlocks(older, b);
        expect(applyDiff(older, diff)).toEqual(b);
        // Photos, embeds and text blocks are counted apart, and each count adds up.
        const count = (blocks: Block[], type: string) =>
          blocks.filter((x) => (type === 'text' ? x.type !== 'photo' && x.type !== 'embed' : x.type === type)).length;
        const { stats } = diff;
        expect(count(b, 'photo') - count(older, 'photo')).toBe(stats.photosAdded - stats.photosRemoved);
        expect(count(b, 'embed') - count(older, 'embed')).toBe(stats.embedsAdded - stats.embedsRemoved);
        expect(count(b, 'text') - count(older, 'text')).toBe(stats.blocksInserted - stats.blocksDeleted);
      }),
      { numRuns: 400 },
    );
  });

  it('applies exactly between unrelated articles too', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 10 }), fc.array(block, { maxLength: 10 }), (a, b) => {
        expect(applyDiff(a, diffBlocks(a, b))).toEqual(b);
      }),
      { numRuns: 200 },
    );
  });

  it('applies exactly when the budget is tiny and blocks show as replaced', () => {
    fc.assert(
      fc.property(
        fc.array(block, { maxLength: 10 }),
        fc.array(edit, { maxLength: 6 }),
        fc.integer({ min: 0, max: 40 }),
        (a, edits, budget) => {
          const b = applyEdits(a, edits);
          const diff = diffBlocks(a, b, 'en', { blockBudget: budget, docBudget: budget * 3 });
          expect(applyDiff(a, diff)).toEqual(b);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('finds nothing between an article and itself', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), fc.boolean(), (a, ids) => {
        const blocks = ids ? a : withoutIds(a);
        const diff = diffBlocks(
          blocks,
          blocks.map((b) => ({ ...b })),
        );
        expect(diff.blocks.every((b) => b.kind === 'equal')).toBe(true);
        expect(diff.blocks).toHaveLength(blocks.length);
        expect(diff.stats).toEqual({
          blocksInserted: 0,
          blocksDeleted: 0,
          blocksModified: 0,
          blocksMoved: 0,
          wordsAdded: 0,
          wordsRemoved: 0,
          ...emptyMediaStats(),
        });
        expect(diff.degraded).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  // Distinct paragraphs: every paragraph has a word of its own.
  // At least four real words: a shorter edited paragraph is too little to call a move (MOVE_MIN_WORDS).
  const longSentence = fc
    .array(fc.constantFrom(...WORDS.filter((w) => w !== '—')), { minLength: 4, maxLength: 14 })
    .map((w) => w.join(' ') + '.');
  const distinctParagraphs = fc
    .uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 2, maxLength: 15 })
    .chain((keys) => fc.tuple(fc.constant(keys), fc.array(longSentence, { minLength: keys.length, maxLength: keys.length })))
    .map(([keys, texts]) =>
      keys.map((k, i): Block => ({ id: `bp${k}x`, type: 'paragraph', runs: [{ text: `Item${k} ${texts[i]}`, format: 0 }] })),
    );

  it('sees a moved paragraph as exactly one move', () => {
    fc.assert(
      fc.property(distinctParagraphs, fc.nat(), fc.nat(), fc.boolean(), (a, from, to, ids) => {
        const i = from % a.length;
        let j = to % a.length;
        if (j === i) j = (i + 1) % a.length;
        const b = [...a];
        const [moved] = b.splice(i, 1);
        b.splice(j, 0, moved!);
        const older = ids ? a : withoutIds(a);
        const newer = ids ? b : withoutIds(b);
        const diff = diffBlocks(older, newer);
        expect(diff.stats).toMatchObject({ blocksMoved: 1, blocksInserted: 0, blocksDeleted: 0, wordsAdded: 0, wordsRemoved: 0 });
        // Without ids, positions shift: equal text under a new positional id is still equal text.
        if (ids) expect(diff.stats.blocksModified).toBe(0);
        const places = diff.blocks.filter((c) => c.kind === 'moved');
        expect(places.map((c) => c.moveSide).sort()).toEqual(['from', 'to']);
        expect(new Set(places.map((c) => c.moveId)).size).toBe(1);
        expect(applyDiff(older, diff)).toEqual(newer);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a moved and edited paragraph a move, with its word changes', () => {
    fc.assert(
      fc.property(
        distinctParagraphs.filter((a) => a.length >= 3),
        fc.boolean(),
        fc.boolean(),
        (a, down, ids) => {
          // From the top to the bottom or back: a jump over two or more paragraphs, so which one moved is clear.
          const b = a.map((x) => ({ ...x }));
          const [moved] = b.splice(down ? 0 : b.length - 1, 1);
          const edited: Block = { ...moved!, runs: [{ text: moved!.runs[0]!.text + ' the mayor said', format: 0 }] };
          b.splice(down ? b.length : 0, 0, edited);
          const older = ids ? a : withoutIds(a);
          const newer = ids ? b : withoutIds(b);
          const diff = diffBlocks(older, newer);
          expect(diff.stats.blocksMoved).toBe(1);
          expect(diff.stats.blocksInserted + diff.stats.blocksDeleted).toBe(0);
          const to = diff.blocks.find((c) => c.kind === 'moved' && c.moveSide === 'to')!;
          expect(
            to.ops
              ?.filter((op) => op.op === 'insert')
              .map((op) => op.text)
              .join(''),
          ).toBe(' the mayor said');
          expect(diff.stats.wordsAdded).toBe(3);
        },
      ),
      { numRuns: 200 },
    );
  });
});
