/** The redline on newsroom fixtures: languages, lists and quotes, formatting, fields, limits. */
import { describe, expect, it } from 'vitest';
import { blocksToBody, bodyToBlocks, type Block } from '../article/blocks';
import { paragraphNode, textNode } from '../article/body';
import { newContent } from '../article/content';
import { applyDiff } from './apply';
import { compareArticles, diffBlocks } from './compare';
import { emptyMediaStats } from './media';
import { summarizeDiff } from './summary';
import { article, para } from './test-support';
import type { ArticleDiff, BlockChange } from './types';

const changed = (diff: ArticleDiff) => diff.blocks.filter((b) => b.kind !== 'equal');
const inserted = (change: BlockChange | undefined) => (change?.ops ?? []).filter((op) => op.op === 'insert').map((op) => op.text);
const deleted = (change: BlockChange | undefined) => (change?.ops ?? []).filter((op) => op.op === 'delete').map((op) => op.text);

function roundTrip(older: ReturnType<typeof article>, newer: ReturnType<typeof article>, diff: ArticleDiff): void {
  expect(applyDiff(bodyToBlocks(older.body), diff)).toEqual(bodyToBlocks(newer.body));
}

describe('English article', () => {
  const lede = para(
    'The Riverton City Council voted 7-2 on Tuesday to approve a $48 million budget that adds 40 police officers.',
    'blede',
  );
  const quote = para('"This is the budget our neighborhoods asked for," Mayor Ana Ruiz said after the vote.', 'bquote');
  const dissent = para('Council member Tom Okafor, who voted against the plan, said it left libraries short.', 'bdissent');
  const hearing = para('More than 200 residents packed the chamber for a hearing that ran past midnight.', 'bhearing');
  const older = article([lede, quote, dissent, hearing]);
  const newer = article([
    para('The Riverton City Council voted 6-3 late on Tuesday to approve a $48 million budget that adds 40 police officers.', 'blede'),
    quote,
    para('The budget also restores weekend hours at two branch libraries.', 'bnew'),
    hearing,
  ]);
  const diff = compareArticles(older, newer);

  it('marks the changed words, the new paragraph and the deleted one', () => {
    const [first] = changed(diff);
    expect(first?.kind).toBe('modified');
    expect(deleted(first)).toEqual(['7-2']);
    // The score is one unit: the hyphen between two changed numbers folds into the change.
    expect(inserted(first)).toEqual(['6-3 late']);
    expect(diff.stats).toMatchObject({ blocksInserted: 1, blocksDeleted: 1, blocksModified: 1, blocksMoved: 0 });
    expect(diff.blocks.map((b) => b.kind)).toEqual(['modified', 'equal', 'deleted', 'inserted', 'equal']);
    roundTrip(older, newer, diff);
  });

  it('says it in one sentence', () => {
    expect(summarizeDiff(diff)).toBe('13 words added, 16 removed; 1 paragraph inserted, 1 deleted, 1 modified.');
    expect(summarizeDiff(compareArticles(older, older))).toBe('No changes.');
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
  });

  it('aligns bodies without block ids by their text', () => {
    const plain = (texts: string[]) =>
      newContent({ body: { root: { type: 'root', children: texts.map((t) => paragraphNode([textNode(t)])) } } });
    const texts = [lede, quote, dissent, hearing].map((b) => b.runs[0]!.text);
    const d = compareArticles(plain(texts), plain(['Updated at 9 p.m. with the final vote.', ...texts]));
    expect(d.stats).toEqual({
      blocksInserted: 1,
      blocksDeleted: 0,
      blocksModified: 0,
      blocksMoved: 0,
      wordsAdded: 8,
      wordsRemoved: 0,
      ...emptyMediaStats(),
    });
  });

  it('shows a moved paragraph at both places, linked', () => {
    const d = compareArticles(older, article([quote, dissent, hearing, lede]));
    const places = d.blocks.filter((b) => b.kind === 'moved');
    expect(places.map((b) => [b.moveId, b.moveSide, b.id])).toEqual([
      ['m1', 'from', 'blede'],
      ['m1', 'to', 'blede'],
    ]);
    expect(d.stats.blocksMoved).toBe(1);
  });
});

describe('Korean, Japanese and Chinese compare by word', () => {
  it('Korean: only the changed words, not the sentence', () => {
    const older = article([para('서울시의회는 화요일 내년도 예산안을 찬성 31표로 통과시켰다. 시장은 환영했다.', 'bko')], {
      language: 'ko',
    });
    const newer = article([para('서울시의회는 수요일 내년도 예산안을 찬성 29표로 통과시켰다. 시장은 환영했다.', 'bko')], {
      language: 'ko',
    });
    const diff = compareArticles(older, newer);
    expect(deleted(diff.blocks[0])).toEqual(['화요일', '31']);
    expect(inserted(diff.blocks[0])).toEqual(['수요일', '29']);
    expect(diff.stats).toMatchObject({ wordsAdded: 2, wordsRemoved: 2 });
    roundTrip(older, newer, diff);
  });

  it('Japanese: words found without spaces', () => {
    const older = article([para('東京都議会は火曜日、来年度の予算案を賛成多数で可決した。知事は歓迎した。', 'bja')], { language: 'ja' });
    const newer = article([para('東京都議会は水曜日、来年度の予算案を賛成多数で可決した。知事は歓迎の意を示した。', 'bja')], {
      language: 'ja',
    });
    const diff = compareArticles(older, newer);
    const ops = diff.blocks[0]!.ops!;
    expect(deleted(diff.blocks[0])[0]).toBe('火曜日');
    expect(inserted(diff.blocks[0])[0]).toBe('水曜日');
    // The unchanged middle of the sentence stays unchanged.
    expect(ops.some((op) => op.op === 'equal' && op.text.includes('予算案を賛成多数で可決した'))).toBe(true);
    roundTrip(older, newer, diff);
  });

  it('Chinese: one word changed in a sentence', () => {
    const diff = diffBlocks(
      [para('市议会周二以多数票通过了明年的预算案。', 'bzh')],
      [para('市议会周三以多数票通过了明年的预算案。', 'bzh')],
      'zh',
    );
    expect(deleted(diff.blocks[0])).toEqual(['周二']);
    expect(inserted(diff.blocks[0])).toEqual(['周三']);
  });
});

describe('lists, quotes and subheads', () => {
  const item = (id: string, text: string, depth = 0, listType: 'bullet' | 'number' = 'bullet'): Block => ({
    id,
    type: 'list-item',
    listType,
    depth,
    listId: 'blist',
    runs: [{ text, format: 0 }],
  });
  const older = article([
    { id: 'bsub', type: 'heading', tag: 'h2', runs: [{ text: 'What the budget funds', format: 0 }] },
    item('bi1', '40 new police officers'),
    item('bi2', 'Weekend hours at the central library'),
    item('bi3', 'Road repairs on Elm Street', 1),
    { id: 'bq', type: 'quote', runs: [{ text: 'We listened to every neighborhood.', format: 0 }] },
    para('Spending rises 4 percent over last year.', 'bp'),
  ]);
  const newer = article([
    { id: 'bsub', type: 'heading', tag: 'h3', runs: [{ text: 'What the new budget funds', format: 0 }] },
    item('bi1', '42 new police officers'),
    item('bi2', 'Weekend hours at the central library'),
    item('bi4', 'Two new crossing guards'),
    item('bi3', 'Road repairs on Elm Street and Main Street', 1),
    { id: 'bq', type: 'quote', runs: [{ text: 'We listened to every single neighborhood.', format: 0 }] },
    { id: 'bp', type: 'quote', runs: [{ text: 'Spending rises 4 percent over last year.', format: 0 }] },
  ]);
  const diff = compareArticles(older, newer);

  it('diffs items, quotes and subheads in place and notes type changes', () => {
    expect(diff.blocks.map((b) => `${b.kind}:${b.type}`)).toEqual([
      'modified:heading',
      'modified:list-item',
      'equal:list-item',
      'inserted:list-item',
      'modified:list-item',
      'modified:quote',
      'modified:quote',
    ]);
    expect(diff.blocks[0]!.typeChange).toEqual({ before: { type: 'heading', tag: 'h2' }, after: { type: 'heading', tag: 'h3' } });
    expect(diff.blocks[6]!.typeChange?.before.type).toBe('paragraph');
    expect(diff.blocks[6]!.ops).toBeUndefined();
    expect(inserted(diff.blocks[4])).toEqual([' and Main Street']);
    expect(diff.blocks[4]).toMatchObject({ depth: 1, listType: 'bullet', listId: 'blist' });
    roundTrip(older, newer, diff);
  });
});

describe('formatting-only edits', () => {
  const older = article([para([{ text: 'Mayor Ana Ruiz released the audit on Monday.', format: 0 }], 'bf')]);
  const newer = article([
    para(
      [
        { text: 'Mayor ', format: 0 },
        { text: 'Ana Ruiz', format: 1 },
        { text: ' released ', format: 0 },
        { text: 'the audit', format: 0, link: 'https://example.org/audit.pdf' },
        { text: ' on Monday.', format: 2 },
      ],
      'bf',
    ),
  ]);
  const diff = compareArticles(older, newer);

  it('keeps the words and reports what changed over them', () => {
    const block = diff.blocks[0]!;
    expect(block.kind).toBe('modified');
    expect(block.ops!.every((op) => op.op === 'equal')).toBe(true);
    expect(block.formatChanges!.map((f) => [f.text, f.description])).toEqual([
      ['Ana Ruiz', 'bold added'],
      ['the audit', 'link added'],
      [' on Monday.', 'italic added'],
    ]);
    expect(diff.stats).toMatchObject({ blocksModified: 1, wordsAdded: 0, wordsRemoved: 0 });
    roundTrip(older, newer, diff);
  });

  it('tells a changed link from an added one', () => {
    const relinked = article([
      para(
        [
          { text: 'Mayor Ana Ruiz released ', format: 0 },
          { text: 'the audit', format: 0, link: 'https://example.org/final.pdf' },
          { text: ' on Monday.', format: 0 },
        ],
        'bf',
      ),
    ]);
    const linked = article([
      para(
        [
          { text: 'Mayor Ana Ruiz released ', format: 0 },
          { text: 'the audit', format: 0, link: 'https://example.org/audit.pdf' },
          { text: ' on Monday.', format: 0 },
        ],
        'bf',
      ),
    ]);
    const d = compareArticles(linked, relinked);
    expect(d.blocks[0]!.formatChanges).toEqual([
      {
        text: 'the audit',
        before: { format: 0, link: 'https://example.org/audit.pdf' },
        after: { format: 0, link: 'https://example.org/final.pdf' },
        description: 'link changed',
      },
    ]);
    expect(compareArticles(linked, older).blocks[0]!.formatChanges![0]!.description).toBe('link removed');
  });
});

describe('field-only edits', () => {
  const body = [para('The council meets again on Jan. 6.', 'bx')];
  const older = article(body, {
    slug: 'council-budget',
    headline: 'Council approves budget',
    deck: 'Police get 40 new officers',
    bylines: [{ name: 'Dana Lee', email: 'dana@example.org' }],
    tags: ['budget', 'council'],
    status: 'editing',
  });
  const newer = article(body, {
    slug: 'council-budget',
    headline: 'Council narrowly approves budget',
    deck: 'Police get 40 new officers',
    bylines: [
      { name: 'Dana Lee', email: 'dana@example.org' },
      { name: 'Sam Ito', email: '' },
    ],
    tags: ['budget', 'city hall'],
    status: 'published',
    notes: [{ kind: 'update', date: '2026-11-06T18:00:00Z', text: 'Adds the final vote count.' }],
  });
  const diff = compareArticles(older, newer);

  it('lists the fields, never as body blocks', () => {
    expect(diff.blocks.every((b) => b.kind === 'equal')).toBe(true);
    expect(diff.fields.map((f) => f.field)).toEqual(['headline', 'bylines', 'tags', 'status', 'notes']);
    const headline = diff.fields[0]!;
    expect(headline.ops).toEqual([
      { op: 'equal', text: 'Council ' },
      { op: 'insert', text: 'narrowly ' },
      { op: 'equal', text: 'approves budget' },
    ]);
    expect(diff.fields[1]).toMatchObject({ added: ['Sam Ito'], removed: [] });
    expect(diff.fields[2]).toMatchObject({ added: ['city hall'], removed: ['council'] });
    expect(diff.fields[3]).toMatchObject({ before: 'editing', after: 'published' });
    expect(diff.fields[4]).toMatchObject({ before: '', after: 'Update, 2026-11-06: Adds the final vote count.' });
    expect(summarizeDiff(diff)).toBe('Headline, bylines, tags, status and notes changed.');
  });
});

describe('the bounded worst case', () => {
  it('shows a pathological paragraph as replaced and flags the diff', () => {
    // The same 12,000 distinct words in reverse order: all words in common, nearly no common
    // sequence, so Myers would need every edit step.
    const words = Array.from({ length: 12_000 }, (_, i) => `w${i}`);
    const a = words.join(' ');
    const b = [...words].reverse().join(' ');
    const older = [para(a, 'bhuge')];
    const newer = [para(b, 'bhuge')];
    const diff = diffBlocks(older, newer);
    expect(diff.degraded).toBe(true);
    expect(diff.blocks[0]).toMatchObject({ kind: 'modified', replaced: true });
    expect(diff.stats).toMatchObject({ wordsAdded: 12_000, wordsRemoved: 12_000 });
    expect(applyDiff(older, diff)).toEqual(newer);
    expect(summarizeDiff(diff)).toContain('shown as replaced');
  });

  it('stops word diffs once the article budget is spent', () => {
    const older = Array.from({ length: 30 }, (_, i) => para(`Paragraph ${i} says the council met on Tuesday night.`, `bw${i}x`));
    const newer = older.map((b, i) => para(`Paragraph ${i} says the council met on Wednesday morning.`, b.id));
    const diff = diffBlocks(older, newer, 'en', { docBudget: 60 });
    expect(diff.degraded).toBe(true);
    expect(diff.blocks.some((b) => b.replaced)).toBe(true);
    expect(applyDiff(older, diff)).toEqual(newer);
    expect(diffBlocks(older, newer).degraded).toBe(false);
  });
});

describe('round trip through the body', () => {
  it('applies to blocks read back from the serialized body', () => {
    const blocks = [
      para('One.', 'bo1'),
      para(
        [
          { text: 'Two ', format: 0 },
          { text: 'bold', format: 1 },
        ],
        'bo2',
      ),
    ];
    const next = [
      para(
        [
          { text: 'Two ', format: 0 },
          { text: 'bold', format: 3 },
        ],
        'bo2',
      ),
      para('One, again.', 'bo1'),
    ];
    const older = bodyToBlocks(blocksToBody(blocks));
    const diff = diffBlocks(older, bodyToBlocks(blocksToBody(next)));
    expect(applyDiff(older, diff)).toEqual(bodyToBlocks(blocksToBody(next)));
  });
});

describe('a reordered long list', () => {
  it('stays bounded and exact when thousands of blocks are shuffled', () => {
    const older = Array.from({ length: 3000 }, (_, i) => para(`Item ${i} of the list`, `b${i}`));
    const newer = [...older].reverse().map((b, i) => ({ ...b, id: `b${i}` }));
    const diff = diffBlocks(older, newer, 'en', { blockBudget: 50_000 });
    expect(diff.degraded).toBe(true);
    expect(applyDiff(older, diff)).toEqual(newer);
  });
});

describe('a rewritten paragraph', () => {
  it('shows old then new instead of combing common words', () => {
    const older = [
      para('The city council on Tuesday approved a budget that adds 40 police officers and restores weekend library hours.', 'brw'),
    ];
    const newer = [
      para(
        'After a marathon session, members of the council backed the spending plan, which hires more officers but leaves the libraries with the same hours as last year.',
        'brw',
      ),
    ];
    const diff = diffBlocks(older, newer);
    expect(diff.blocks[0]!.ops!.map((op) => op.op)).toEqual(['delete', 'insert']);
    expect(diff.degraded).toBe(false);
  });
});

describe('runs split differently', () => {
  it('are equal when they read the same', () => {
    const older = [
      para(
        [
          { text: 'Same ', format: 0 },
          { text: 'words', format: 0 },
        ],
        'bsplit',
      ),
    ];
    const newer = [para('Same words', 'bsplit')];
    const diff = diffBlocks(older, newer);
    expect(diff.blocks[0]!.kind).toBe('equal');
    expect(applyDiff(older, diff)).toEqual(newer);
  });
});
