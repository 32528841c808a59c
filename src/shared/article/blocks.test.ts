import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blocksToBody, bodyToBlocks, normalizeRuns, type Block } from './blocks';

const run = fc.record({
  text: fc.oneof(
    fc.string({ minLength: 1, maxLength: 12 }).filter((t) => !t.includes('\n')),
    fc.constant('\n'),
  ),
  format: fc.constantFrom(0, 1, 2, 3, 8, 4),
  link: fc.option(fc.constantFrom('https://example.org/a', 'mailto:desk@example.org'), { nil: undefined }),
});

const block = fc.oneof(
  fc.record({ type: fc.constant('paragraph' as const), runs: fc.array(run, { maxLength: 5 }) }),
  fc.record({
    type: fc.constant('heading' as const),
    tag: fc.constantFrom('h2' as const, 'h3' as const),
    runs: fc.array(run, { maxLength: 3 }),
  }),
  fc.record({ type: fc.constant('quote' as const), runs: fc.array(run, { maxLength: 3 }) }),
  fc.record({ type: fc.constant('rule' as const), runs: fc.constant([]) }),
  fc.record({
    type: fc.constant('photo' as const),
    runs: fc.constant([]),
    photo: fc.record({
      hash: fc.stringMatching(/^[0-9a-f]{64}$/),
      mime: fc.constantFrom('image/jpeg' as const, 'image/png' as const, 'image/webp' as const, 'image/gif' as const),
      width: fc.integer({ min: 1, max: 20000 }),
      height: fc.integer({ min: 1, max: 20000 }),
      caption: fc.string({ maxLength: 40 }),
      credit: fc.string({ maxLength: 20 }),
      alt: fc.string({ maxLength: 40 }),
    }),
  }),
  fc.record({
    type: fc.constant('embed' as const),
    runs: fc.constant([]),
    embed: fc.record({
      url: fc.constantFrom('https://www.youtube.com/watch?v=abc', 'https://t.me/channel/12'),
      provider: fc.string({ maxLength: 10 }),
      title: fc.string({ maxLength: 30 }),
    }),
  }),
  fc.record({
    type: fc.constant('list-item' as const),
    listType: fc.constantFrom('bullet' as const, 'number' as const),
    runs: fc.array(run, { minLength: 1, maxLength: 3 }),
  }),
);

function withIds(blocks: Omit<Block, 'id'>[]): Block[] {
  let listId: string | undefined;
  let listType: string | undefined;
  return blocks.map((b, i) => {
    const out: Block = { ...b, id: `id${i}`, runs: normalizeRuns(b.runs.map((r) => ({ ...r }))) };
    if (b.type === 'list-item') {
      if (!listId || listType !== b.listType) listId = `list${i}`;
      listType = b.listType;
      out.listId = listId;
      out.depth = 0;
    } else {
      listId = undefined;
    }
    return out;
  });
}

describe('body <-> blocks', () => {
  it('round-trips any block sequence exactly', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), (raw) => {
        const blocks = withIds(raw as Omit<Block, 'id'>[]);
        const back = bodyToBlocks(blocksToBody(blocks));
        if (blocks.length === 0) return;
        expect(back).toEqual(blocks);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps nested list items with their depth', () => {
    const blocks: Block[] = [
      { id: 'x1', type: 'list-item', listType: 'bullet', depth: 0, listId: 'L', runs: [{ text: 'one', format: 0 }] },
      { id: 'x2', type: 'list-item', listType: 'bullet', depth: 1, listId: 'L', runs: [{ text: 'one.a', format: 2 }] },
      { id: 'x3', type: 'list-item', listType: 'bullet', depth: 0, listId: 'L', runs: [{ text: 'two', format: 0 }] },
    ];
    expect(bodyToBlocks(blocksToBody(blocks))).toEqual(blocks);
  });
});
