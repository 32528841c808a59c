import { describe, expect, it } from 'vitest';
import { bodyToBlocks, blockText, FORMAT } from '../article/blocks';
import { exportMarkdown } from '../export/markdown';
import { fixtureArticle } from '../export/fixtures/article';
import { parseMarkdownArticle } from './markdown';
import { NOTE_LINE_FORMS } from './fixtures/note-lines';

const MD = `# City council passes **leaner** budget

Published: 02 Dec. 2024, 23:10
By Tomas Reyes

The council voted 7-2 to approve a budget that trims *every* department &amp; agency.

## What changes

### Libraries

- Library hours shrink on Sundays
  - East-end branches keep their hours
    1. Except in August
- Road repairs wait until spring

1. First numbered
2. Second numbered

> “We chose the cuts that hurt least,” said council president Mira Haddad.

Fares stay ~~higher~~ the same. Read the [budget](https://example.org/budget) or [mail us](mailto:desk@example.org) or [this](javascript:alert(1)) or [that](/relative/page).

<script>alert("x")</script>

Inline <b onmouseover="x()">html</b> stays words.

---

*Correction, Dec. 3: An earlier version of this article misstated the vote count.*
`;

describe('markdown import', () => {
  const a = parseMarkdownArticle(MD);
  const blocks = bodyToBlocks(a.body);

  it('takes the first h1 as headline, in plain words, and reads the masthead lines', () => {
    expect(a.headline).toBe('City council passes leaner budget');
    expect(a.firstPublishedAt).toBe('2024-12-02T23:10:00');
    expect(a.bylines).toEqual([{ name: 'Tomas Reyes', email: '' }]);
  });

  it('keeps subheads, formatting and entity-decoded text', () => {
    expect(blocks[0]!.runs).toEqual([
      { text: 'The council voted 7-2 to approve a budget that trims ', format: 0 },
      { text: 'every', format: FORMAT.italic },
      { text: ' department & agency.', format: 0 },
    ]);
    expect(blocks[1]).toMatchObject({ type: 'heading', tag: 'h2' });
    expect(blocks[2]).toMatchObject({ type: 'heading', tag: 'h3' });
  });

  it('keeps nested lists with their depth and kind', () => {
    const items = blocks.filter((b) => b.type === 'list-item').map((b) => [blockText(b), b.listType, b.depth]);
    expect(items).toEqual([
      ['Library hours shrink on Sundays', 'bullet', 0],
      ['East-end branches keep their hours', 'bullet', 1],
      ['Except in August', 'number', 2],
      ['Road repairs wait until spring', 'bullet', 0],
      ['First numbered', 'number', 0],
      ['Second numbered', 'number', 0],
    ]);
    const lists = new Set(blocks.filter((b) => b.type === 'list-item').map((b) => b.listId));
    expect(lists.size).toBe(2);
  });

  it('keeps quotes, strike and only safe links', () => {
    expect(blocks.find((b) => b.type === 'quote')).toBeDefined();
    const fares = blocks.find((b) => blockText(b).startsWith('Fares'))!;
    expect(fares.runs.find((r) => r.text === 'higher')?.format).toBe(FORMAT.strikethrough);
    const links = fares.runs.filter((r) => r.link).map((r) => [r.text, r.link]);
    expect(links).toEqual([
      ['budget', 'https://example.org/budget'],
      ['mail us', 'mailto:desk@example.org'],
    ]);
    expect(blockText(fares)).toContain('or this or that.');
  });

  it('treats raw HTML as words, never as markup', () => {
    const all = blocks.map(blockText);
    expect(all).toContain('<script>alert("x")</script>');
    expect(all).toContain('Inline <b onmouseover="x()">html</b> stays words.');
  });

  it('takes the italic correction after the rule as a note, not copy', () => {
    expect(a.notes).toEqual([
      { kind: 'correction', date: '2024-12-03T00:00:00', text: 'An earlier version of this article misstated the vote count.' },
    ]);
    expect(blocks[blocks.length - 1]!.type).not.toBe('rule');
    expect(blocks.map(blockText).join(' ')).not.toContain('Correction');
  });

  it('reads front matter', () => {
    const b = parseMarkdownArticle(
      '---\ntitle: "Dam inspection finds no faults"\nauthor: Ana Ruiz <ana@example.org>\ndate: 2025-05-01T08:00\ntags: [water, safety]\nlanguage: en-GB\n---\n\nThe annual dam inspection found no faults.\n',
    );
    expect(b).toMatchObject({
      headline: 'Dam inspection finds no faults',
      bylines: [{ name: 'Ana Ruiz', email: 'ana@example.org' }],
      firstPublishedAt: '2025-05-01T08:00:00',
      tags: ['water', 'safety'],
      language: 'en-GB',
    });
  });

  it('reads back what the Markdown exporter writes', () => {
    const back = parseMarkdownArticle(exportMarkdown(fixtureArticle));
    expect(back.headline).toBe(fixtureArticle.headline);
    expect(back.deck).toBe(fixtureArticle.deck);
    expect(back.dateline).toBe(fixtureArticle.dateline);
    expect(back.bylines).toEqual(fixtureArticle.bylines);
    expect(back.notes?.map((n) => [n.kind, n.text])).toEqual(fixtureArticle.notes.map((n) => [n.kind, n.text]));
    const strip = (bs: ReturnType<typeof bodyToBlocks>) => bs.map((b) => ({ type: b.type, tag: b.tag, depth: b.depth, runs: b.runs }));
    expect(strip(bodyToBlocks(back.body))).toEqual(strip(bodyToBlocks(fixtureArticle.body)));
  });
});

describe('Markdown import of images', () => {
  it('makes a photo of a picture, its title the caption, and reads the caption line under it', async () => {
    const { parseMarkdownArticle } = await import('./markdown');
    const { bodyToBlocks } = await import('../article/blocks');
    const article = parseMarkdownArticle(
      '# Tram\n\nBefore.\n\n![A tram](images/t.jpg "The first tram")\n\n_The first tram_ (Anna\\_W)\n\nAfter.\n',
    );
    const blocks = bodyToBlocks(article.body);
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'photo', 'paragraph']);
    expect(blocks[1]!.photo).toMatchObject({ hash: 'pending-0', caption: 'The first tram', credit: 'Anna_W', alt: 'A tram' });
    expect(article.pendingImages).toEqual([{ key: 'pending-0', src: 'images/t.jpg' }]);
  });

  it('keeps an italic paragraph as copy when it is not the photo’s caption, or comes after a subhead', async () => {
    const { parseMarkdownArticle } = await import('./markdown');
    const { bodyToBlocks, blockText } = await import('../article/blocks');
    const other = bodyToBlocks(
      parseMarkdownArticle('# Tram\n\nBefore.\n\n![A tram](t.jpg "The first tram")\n\n_Something else entirely_\n').body,
    );
    expect(other.map(blockText)).toContain('Something else entirely');
    const later = bodyToBlocks(parseMarkdownArticle('# Tram\n\nBefore.\n\n![A tram](t.jpg)\n\n## Next\n\n_An italic paragraph_\n').body);
    expect(later.map(blockText)).toContain('An italic paragraph');
    expect(later.find((b) => b.type === 'photo')!.photo!.caption).toBe('');
  });

  it('splits a paragraph around a picture in its middle', async () => {
    const { parseMarkdownArticle } = await import('./markdown');
    const { bodyToBlocks, blockText } = await import('../article/blocks');
    const blocks = bodyToBlocks(parseMarkdownArticle('# Tram\n\nWords before ![x](a.png) words after.\n').body);
    expect(blocks.map((b) => [b.type, blockText(b)])).toEqual([
      ['paragraph', 'Words before'],
      ['photo', ''],
      ['paragraph', 'words after.'],
    ]);
  });
});

describe('markdown import: note lines (issue 12, class 1)', () => {
  const head = '# Ferry fares rise for the first time in a decade';
  const copy = [
    'Fares on the island ferry will rise 10% from January, the operator said Monday.',
    'The operator blamed fuel costs and a new crew contract.',
  ];
  const texts = (md: string) => bodyToBlocks(parseMarkdownArticle(md).body).map(blockText);

  it('lands every form in notes, at the end and at the top, in any letter case', () => {
    for (const [line, kind, month, day] of NOTE_LINE_FORMS) {
      for (const where of ['end', 'top'] as const) {
        if (where === 'top' && /^(?:An article|The story ")/.test(line)) continue;
        const paragraphs = where === 'end' ? [head, ...copy, line] : [head, line, ...copy];
        const article = parseMarkdownArticle(paragraphs.join('\n\n'));
        expect(article.notes, `${where}: ${line}`).toHaveLength(1);
        expect(article.notes![0]!.kind, line).toBe(kind);
        if (month)
          expect(article.notes![0]!.date.slice(5, 10), line).toBe(`${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
        expect(texts(paragraphs.join('\n\n')), `${where}: ${line}`).toEqual(copy);
      }
    }
  });

  it('joins a note heading alone on its line with the paragraph after it, at the end and at the top', () => {
    const pairs: [string, string, string | undefined][] = [
      ['Correction: Feb. 9, 2020', 'An earlier version of this story gave the wrong date for the fare rise.', '02-09'],
      ['**Correction:**', 'The operator is owned by the county, not the state.', undefined],
      ['## Update', 'The operator said Tuesday that fares for children will not rise.', undefined],
      ['*CORRECTION: FEB. 9, 2020*', 'An earlier version of this story gave the wrong date for the fare rise.', '02-09'],
    ];
    for (const [heading, text, date] of pairs) {
      for (const where of ['end', 'top'] as const) {
        const paragraphs = where === 'end' ? [head, ...copy, heading, text] : [head, heading, text, ...copy];
        const article = parseMarkdownArticle(paragraphs.join('\n\n'));
        expect(article.notes, `${where}: ${heading}`).toMatchObject([{ text }]);
        if (date) expect(article.notes![0]!.date.slice(5, 10)).toBe(date);
        expect(texts(paragraphs.join('\n\n')), `${where}: ${heading}`).toEqual(copy);
      }
    }
  });

  it('leaves a heading named "Update" inside the copy alone', () => {
    const md = [head, copy[0], '## Update', 'The operator said Tuesday that fares for children will not rise.', copy[1]].join('\n\n');
    expect(parseMarkdownArticle(md).notes).toBeUndefined();
    expect(texts(md)).toHaveLength(4);
  });
});

describe('Markdown notes as readers see them', () => {
  const copy = ['The county opened a second ferry berth at Port Ellan on Monday.', 'Crossings will run every 20 minutes.'];

  it('reads a whole note in italics under the headline as a note, not the deck', () => {
    const note = '_**Correction:** An earlier version of this story misstated the berth’s length. We regret the error._';
    const article = parseMarkdownArticle(['# Second berth opens at Port Ellan', note, ...copy].join('\n\n'));
    expect(article.deck).toBeUndefined();
    expect(article.notes).toMatchObject([
      { kind: 'correction', text: 'An earlier version of this story misstated the berth’s length. We regret the error.' },
    ]);
    expect(bodyToBlocks(article.body).map(blockText)).toEqual(copy);
  });

  it('reads a note set off in a block quote, at the top or under the copy; a quotation stays copy', () => {
    const note = '> **Update:** This post has been updated to include the harbour board’s [reply](https://example.org/reply).';
    for (const lines of [
      [note, ...copy],
      [...copy, note],
    ]) {
      const article = parseMarkdownArticle(['# Second berth opens at Port Ellan', ...lines].join('\n\n'));
      expect(article.notes).toMatchObject([{ kind: 'update', text: 'This post has been updated to include the harbour board’s reply.' }]);
      expect(bodyToBlocks(article.body).map(blockText)).toEqual(copy);
    }
    const quoted = parseMarkdownArticle(
      ['# Second berth opens at Port Ellan', ...copy, '> “We will update the timetable in spring,” the harbour master said.'].join('\n\n'),
    );
    expect(quoted.notes).toBeUndefined();
    expect(bodyToBlocks(quoted.body)).toHaveLength(3);
  });

  it('keeps a note’s words, not its escapes, under the copy', () => {
    const article = parseMarkdownArticle(
      [
        '# Second berth opens at Port Ellan',
        ...copy,
        'This article was amended on 6 November 2025 to correct the name of the \\_\\_BERTH\\_\\_ system.',
      ].join('\n\n'),
    );
    expect(article.notes?.map((n) => n.text)).toEqual([
      'This article was amended on 6 November 2025 to correct the name of the __BERTH__ system.',
    ]);
  });
});
