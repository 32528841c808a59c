/**
 * The cost test (issue 15): every parser and every per-article computation at 1x, 4x and 16x
 * size, failing when time grows faster than about linearly. Inputs are the shapes that once
 * cost the square of their size (tests/security/hostile-corpus.ts) and ordinary long articles.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describeGrowth, growth, MAX_GROWTH_16X } from './growth';
import { hostile } from '../security/hostile-corpus';
import { prng } from '../support/prng';
import { importBytes, importText } from '../../src/main/import';
import { liftDataUrls } from '../../src/main/import/html';
import { SAMPLE_PHOTOS } from '../../src/shared/export/fixtures/photos';

const GIF_1x1 = SAMPLE_PHOTOS.gif.base64;
import { exportArticleFile } from '../../src/main/export';
import { exportJson } from '../../src/shared/export/json';
import { blocksToBody, type Block } from '../../src/shared/article/blocks';
import { newContent, bodyWordCount } from '../../src/shared/article/content';
import { countWords } from '../../src/shared/text/words';
import { compareArticles } from '../../src/shared/diff';
import { proposeNote } from '../../src/shared/notes';
import type { ArticleContent } from '../../src/shared/article/article';
import type { ExportableArticle } from '../../src/shared/export/types';
import { openStore, type Store } from '../../src/main/store';

const SENTENCES = [
  'The council approved the harbor budget on Tuesday after a long debate.',
  'Mayor Ana Ortiz said the vote was "a fair deal for the neighborhoods."',
  'Repairs to the north pier will cost $4.2 million, according to the port authority.',
  'Residents packed the hall, and several spoke against the fare increase.',
  'The plan now goes to the state board, which meets in March.',
  'Officials expect the first ferries to return to the harbor by summer.',
];

function paragraphs(count: number, seed = 7): string[] {
  const random = prng(seed);
  return Array.from({ length: count }, () => Array.from({ length: 3 }, () => SENTENCES[Math.floor(random() * SENTENCES.length)]).join(' '));
}

const blocksOf = (texts: string[]): Block[] => texts.map((text, i) => ({ id: `b${i}`, type: 'paragraph', runs: [{ text, format: 0 }] }));
const articleOf = (texts: string[], extra: Partial<ArticleContent> = {}): ArticleContent =>
  newContent({
    headline: 'Council approves harbor budget',
    bylines: [{ name: 'Dana Okafor', email: '' }],
    body: blocksToBody(blocksOf(texts)),
    ...extra,
  });
const exportable = (texts: string[]): ExportableArticle => ({ id: 'a1b2c3d4e5', ...articleOf(texts, { tags: ['harbor', 'budget'] }) });

async function expectLinear(label: string, make: (scale: number) => unknown, run: (input: never) => unknown, runs = 5): Promise<void> {
  const g = await growth(make as (scale: number) => never, run, runs);
  expect(g.ratio, describeGrowth(label, g)).toBeLessThan(MAX_GROWTH_16X);
}

describe('parsers grow linearly', () => {
  it('plain text, one paragraph with no line break', () =>
    expectLinear(
      'text import',
      (s) => hostile.longParagraph(6_000 * s),
      (t: string) => importText('long.txt', t),
    ));
  it('plain text, many paragraphs', () =>
    expectLinear(
      'text import',
      (s) => paragraphs(300 * s).join('\n\n'),
      (t: string) => importText('story.txt', t),
    ));
  it('Markdown', () =>
    expectLinear(
      'markdown import',
      (s) =>
        `# Budget\n\n${paragraphs(60 * s)
          .map((p, i) => (i % 10 === 0 ? `## Part ${i}\n\n${p}` : i % 7 === 0 ? `- ${p}` : p))
          .join('\n\n')}`,
      (t: string) => importText('story.md', t),
    ));
  it('HTML, flat paragraphs', () =>
    expectLinear(
      'html import',
      (s) => hostile.flatParagraphs(200 * s),
      (t: string) => importText('page.html', t),
    ));
  it('HTML with inline images', () =>
    expectLinear(
      'html images import',
      (s) => `<h1>Photos</h1>${`<p>Words.</p><img src="data:image/gif;base64,${GIF_1x1}" alt="a">`.repeat(12 * s)}`,
      (t: string) => importText('page.html', t),
    ));
  it('lifting inline images out of HTML, with tags and addresses left open', () =>
    expectLinear(
      'lift data urls',
      (s) => `${'<img src="data:image/png;base64,AAAA '.repeat(3000 * s)}${'<img alt=x '.repeat(3000 * s)}`,
      (t: string) => liftDataUrls(t),
    ));
  it('DOCX', () =>
    expectLinear(
      'docx import',
      (s) => Packer.toBuffer(new Document({ sections: [{ children: paragraphs(40 * s).map((text) => new Paragraph({ text })) }] })),
      (b: Buffer) => importBytes('story.docx', b),
    ));
  it('Copydesk JSON', () =>
    expectLinear(
      'json import',
      (s) => exportJson(exportable(paragraphs(80 * s)), { provider: 'Copydesk' }),
      (t: string) => importText('story.json', t),
    ));
});

describe('per-article computations grow linearly', () => {
  it('word count of one long paragraph', () =>
    expectLinear(
      'countWords',
      (s) => hostile.longParagraph(8_000 * s),
      (t: string) => countWords(t),
    ));
  it('word count of Japanese with no spaces', () =>
    expectLinear(
      'countWords ja',
      (s) => hostile.unspacedJapanese(3_000 * s),
      (t: string) => countWords(t, 'ja'),
    ));
  it('word count of a body, uncached', () => {
    let salt = 0;
    return expectLinear(
      'bodyWordCount',
      (s) => paragraphs(50 * s),
      (texts: string[]) => bodyWordCount({ body: blocksToBody(blocksOf(texts.map((t) => `${t} ${salt++}`))), language: 'en' }),
    );
  });

  it('diff of a long article with edits', () =>
    expectLinear(
      'compareArticles',
      (s) => {
        const older = paragraphs(40 * s);
        const newer = older.map((p, i) => (i % 5 === 0 ? p.replace('Tuesday', 'Wednesday') : p));
        newer.splice(Math.floor(newer.length / 2), 0, 'A new paragraph about the dredging plan, the board said.');
        return [articleOf(older), articleOf(newer)] as const;
      },
      ([a, b]: readonly [ArticleContent, ArticleContent]) => compareArticles(a, b),
    ));

  it('note proposal for a long article', () =>
    expectLinear(
      'proposeNote',
      (s) => {
        const older = paragraphs(20 * s);
        const newer = [...older, '"We will rebuild the pier," said harbor master Lee Chun.'];
        newer[1] = newer[1]!.replace('$4.2 million', '$4.5 million');
        return [articleOf(older), articleOf(newer)] as const;
      },
      ([a, b]: readonly [ArticleContent, ArticleContent]) => proposeNote(a, b, { date: '2026-11-06T09:00:00Z' }),
    ));

  for (const format of ['txt', 'md', 'html', 'newsml', 'nitf', 'ninjs', 'json', 'docx', 'pdf'] as const) {
    it(`export to ${format}`, () =>
      expectLinear(
        `export ${format}`,
        (s) => exportable(paragraphs((format === 'pdf' || format === 'docx' ? 15 : format === 'html' ? 40 : 300) * s)),
        (a: ExportableArticle) => exportArticleFile(a, format, { provider: 'Copydesk', now: '2026-11-05T09:00:00Z' }),
      ));
  }
});

describe('desk search grows linearly', () => {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-cost-'));
  let store: Store;
  afterAll(() => {
    store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('snippets for an article whose every paragraph is a hit', async () => {
    store = openStore(dir);
    const ids = new Map<string, string>();
    let made = 0;
    await expectLinear(
      'search snippets',
      (s) => {
        // Each article its own marker word, found only at its very end.
        const marker = `zebra${String.fromCharCode(97 + made++)}`;
        const a = store.articles.create({ headline: `Harbor ${marker}` }, '2026-11-05T09:00:00Z');
        store.articles.saveDraft(
          a.id,
          { body: blocksToBody(blocksOf([...hostile.repeatedParagraphs(100 * s), `Scale marker ${marker}q.`])) },
          '2026-11-05T09:00:00Z',
        );
        ids.set(marker, a.id);
        store.articles.list({ query: 'reindex' });
        return marker;
      },
      (marker: string) => {
        const hits = store.articles.list({ query: `budget "${marker}q"` });
        if (hits[0]?.id !== ids.get(marker) || !hits[0]?.snippet?.includes('<mark>'))
          throw new Error(`the search for ${marker} missed its article`);
      },
    );
  });
});
