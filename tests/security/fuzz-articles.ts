/** Random articles for the diff and note fuzzers: hostile words in every field and block. */
import fc from 'fast-check';
import type { ArticleContent } from '../../src/shared/article/article';
import { blocksToBody, type Block } from '../../src/shared/article/blocks';
import { newContent } from '../../src/shared/article/content';
import { hostileText } from './fuzz-support';

const run = fc
  .record({
    text: hostileText(8),
    format: fc.oneof(fc.constantFrom(0, 1, 2, 3, 8, 16), fc.integer({ min: -5, max: 1 << 20 })),
    link: fc.option(
      fc.oneof(fc.constantFrom('https://example.org/a', 'javascript:alert(1)', 'mailto:desk@example.org'), fc.string({ maxLength: 20 })),
      { nil: undefined, freq: 4 },
    ),
  })
  .map((r) => (r.link === undefined ? { text: r.text, format: r.format } : r));

const block: fc.Arbitrary<Block> = fc
  .record({
    type: fc.constantFrom('paragraph', 'paragraph', 'paragraph', 'heading', 'quote', 'list-item', 'rule'),
    tag: fc.constantFrom('h2', 'h3', 'h4'),
    listType: fc.constantFrom('bullet', 'number'),
    depth: fc.oneof(fc.constantFrom(0, 1, 2), fc.integer({ min: 0, max: 40 })),
    runs: fc.array(run, { maxLength: 5 }),
    id: fc.stringMatching(/^[a-z0-9]{1,6}$/),
  })
  .map(
    (b) =>
      ({
        id: `b${b.id}`,
        type: b.type,
        ...(b.type === 'heading' ? { tag: b.tag } : {}),
        ...(b.type === 'list-item' ? { listType: b.listType, depth: b.depth } : {}),
        runs: b.type === 'rule' ? [] : b.runs,
      }) as Block,
  );

/** A random article: fields of hostile text, up to `maxBlocks` blocks. */
export const article = (maxBlocks = 12): fc.Arbitrary<ArticleContent> =>
  fc
    .record({
      headline: hostileText(10),
      deck: hostileText(6),
      dateline: hostileText(3),
      byline: hostileText(4),
      tags: fc.array(hostileText(2), { maxLength: 3 }),
      language: fc.constantFrom('en', 'en-US', 'ko', 'ja', 'de', 'xx-invalid', ''),
      blocks: fc.array(block, { maxLength: maxBlocks }),
      note: fc.option(hostileText(8), { nil: undefined }),
    })
    .map((a) =>
      newContent({
        headline: a.headline,
        deck: a.deck,
        dateline: a.dateline,
        bylines: a.byline ? [{ name: a.byline, email: '' }] : [],
        tags: a.tags,
        language: a.language,
        notes: a.note ? [{ kind: 'update', date: '2026-03-01T10:00:00Z', text: a.note }] : [],
        body: blocksToBody(a.blocks),
      }),
    );

/** Two versions: either unrelated, or the second an edit of the first (shared blocks, moved and retyped). */
export const articlePair = (maxBlocks = 12): fc.Arbitrary<[ArticleContent, ArticleContent]> =>
  fc.oneof(
    fc.tuple(article(maxBlocks), article(maxBlocks)),
    fc.tuple(article(maxBlocks), article(4), fc.nat(), fc.boolean()).map(([older, extra, cut, reverse]) => {
      const body = older.body.root.children;
      const mixed = [...body.slice(0, cut % (body.length + 1)), ...extra.body.root.children, ...body.slice(cut % (body.length + 1))];
      const newer = {
        ...older,
        headline: extra.headline,
        body: { root: { ...older.body.root, children: reverse ? mixed.reverse() : mixed } },
      };
      return [older, newer] as [ArticleContent, ArticleContent];
    }),
  );
