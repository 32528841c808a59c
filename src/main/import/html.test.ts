import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { bodyToBlocks, blockText, FORMAT } from '../../shared/article/blocks';
import { parseHtmlArticle, sanitizeHtml } from './html';
import { NOTE_LINE_FORMS } from '../../shared/import/fixtures/note-lines';
import { REAL_NOTE_LINES } from '../../shared/import/fixtures/real-note-lines';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const blocksOf = (html: string) => bodyToBlocks(parseHtmlArticle(html).body);

describe('HTML import', () => {
  it('keeps structure and formatting of plain HTML', () => {
    const a =
      parseHtmlArticle(`<h1>Tunnel reopens</h1><p>The <strong>tunnel</strong> reopened <em>early</em>, <u>officials</u> said <s>late</s>.<br>New line.</p>
      <h2>Traffic</h2><h3>Morning</h3><h5>Small</h5><blockquote><p>“It is open,” she said.</p></blockquote>
      <ul><li>Lanes<ul><li>Two each way</li></ul></li><li>Tolls</li></ul><ol><li>First</li></ol><hr><p>After the rule.</p>`);
    expect(a.headline).toBe('Tunnel reopens');
    const blocks = bodyToBlocks(a.body);
    expect(blocks[0]!.runs).toEqual([
      { text: 'The ', format: 0 },
      { text: 'tunnel', format: FORMAT.bold },
      { text: ' reopened ', format: 0 },
      { text: 'early', format: FORMAT.italic },
      { text: ', ', format: 0 },
      { text: 'officials', format: FORMAT.underline },
      { text: ' said ', format: 0 },
      { text: 'late', format: FORMAT.strikethrough },
      { text: '.', format: 0 },
      { text: '\n', format: 0 },
      { text: 'New line.', format: 0 },
    ]);
    expect(blocks.slice(1).map((b) => [b.type, b.tag ?? b.listType ?? '', b.depth ?? '', blockText(b)])).toEqual([
      ['heading', 'h2', '', 'Traffic'],
      ['heading', 'h3', '', 'Morning'],
      ['heading', 'h4', '', 'Small'],
      ['quote', '', '', '“It is open,” she said.'],
      ['list-item', 'bullet', 0, 'Lanes'],
      ['list-item', 'bullet', 1, 'Two each way'],
      ['list-item', 'bullet', 0, 'Tolls'],
      ['list-item', 'number', 0, 'First'],
      ['rule', '', '', ''],
      ['paragraph', '', '', 'After the rule.'],
    ]);
  });

  it('drops scripts, styles, frames and handlers with their contents, and unsafe links, keeping the words', () => {
    const html = `<p>Before<script>alert("x")</script> after.</p><style>p{color:red}</style>
      <p><img src=x onerror="alert(1)">Image gone, <a href="javascript:alert(1)">words kept</a>,
      <a href=" JaVaScRiPt:alert(1)">again</a>, <a href="data:text/html,<b>x</b>">data</a>,
      <a href="https://example.org/ok" onclick="steal()">safe</a> and <a href="mailto:desk@example.org">mail</a>.</p>
      <iframe src="https://evil.example"><p>frame text</p></iframe><object data="x.swf">object text</object>
      <custom-widget>Widget words</custom-widget><svg><text>svg text</text></svg><noscript>noscript text</noscript>`;
    const blocks = blocksOf(html);
    const all = blocks.map(blockText).join('\n');
    expect(all).toContain('Before after.');
    expect(all).toContain('Image gone, words kept, again, data, safe and mail.');
    expect(all).toContain('Widget words');
    for (const gone of ['alert', 'color:red', 'frame text', 'object text', 'svg text', 'noscript text', 'steal'])
      expect(all).not.toContain(gone);
    const links = blocks
      .flatMap((b) => b.runs)
      .filter((r) => r.link)
      .map((r) => r.link);
    expect(links).toEqual(['https://example.org/ok', 'mailto:desk@example.org']);
  });

  it('reads Word HTML: title, subtitle, byline, list paragraphs with levels, quote, no styles', () => {
    const a = parseHtmlArticle(fixture('word-export.html'));
    expect(a.headline).toBe('Island ferry returns to service after two-week repair');
    expect(a.deck).toBe('Commuters face reduced timetable until the end of the month');
    expect(a.bylines).toEqual([{ name: 'Priya Nandakumar', email: '' }]);
    const blocks = bodyToBlocks(a.body);
    expect(blocks[0]!.runs.filter((r) => r.format)).toEqual([
      { text: 'Monday', format: FORMAT.bold },
      { text: 'cracked', format: FORMAT.italic },
    ]);
    const items = blocks.filter((b) => b.type === 'list-item').map((b) => [blockText(b), b.depth]);
    expect(items).toEqual([
      ['Six crossings a day on weekdays', 0],
      ['First boat at 6:10', 1],
      ['Four on weekends', 0],
    ]);
    expect(blocks.find((b) => b.type === 'quote')).toBeDefined();
    // mso-bidi-font-weight is not font-weight: the last paragraph is not bold.
    const last = blocks[blocks.length - 1]!;
    expect(last.runs).toEqual([
      { text: 'Tickets bought for cancelled crossings will be ', format: 0 },
      { text: 'refunded', format: FORMAT.underline },
      { text: ' in full.', format: 0 },
    ]);
    expect(JSON.stringify(a.body)).not.toMatch(/mso|Calibri|font-family/);
  });

  it('reads Google Docs HTML: the font-weight:normal wrapper is not bold, span styles are', () => {
    const a = parseHtmlArticle(fixture('google-docs.html'));
    expect(a.headline).toBe('Rail union calls off strike after overnight talks');
    const blocks = bodyToBlocks(a.body);
    expect(blocks[0]!.runs).toEqual([
      { text: 'The rail workers’ union ', format: 0 },
      { text: 'called off', format: FORMAT.bold },
      { text: ' Thursday’s strike', format: FORMAT.italic },
      { text: ' after talks ran through the night.', format: 0 },
    ]);
    expect(blocks.filter((b) => b.type === 'list-item').map((b) => [blockText(b), b.depth])).toEqual([
      ['Pay rises by 4 percent', 0],
      ['Backdated to April', 1],
      ['Full terms', 0],
    ]);
    // The link keeps its address and loses the underline pages draw under links.
    expect(blocks.flatMap((b) => b.runs).find((r) => r.link)).toEqual({ text: 'Full terms', format: 0, link: 'https://example.org/deal' });
    expect(blockText(blocks[blocks.length - 1]!)).toBe('Services run as normal from Friday.');
  });

  it('uses the page title, language and a masthead printed in paragraphs', () => {
    const a = parseHtmlArticle(`<html lang="en-GB"><head><title>Harbor closes</title></head><body>
      <p>Published: 14 Mar. 2025, 09:05</p><p>By Dana Okafor</p><p>The harbor closed on Friday.</p>
      <p><em>Update, March 14: Adds comment from the harbor master.</em></p></body></html>`);
    expect(a).toMatchObject({
      headline: 'Harbor closes',
      language: 'en-GB',
      firstPublishedAt: '2025-03-14T09:05:00',
      bylines: [{ name: 'Dana Okafor', email: '' }],
    });
    expect(a.notes).toEqual([{ kind: 'update', date: '2025-03-14T09:05:00', text: 'Adds comment from the harbor master.' }]);
    expect(bodyToBlocks(a.body).map(blockText)).toEqual(['The harbor closed on Friday.']);
  });

  it('survives deeply nested and broken markup', () => {
    const deep = (n: number) => '<div><span>'.repeat(n) + 'Deep words' + '</span></div>'.repeat(n);
    // Deeper than the walk goes (200): the words are still kept.
    expect(bodyToBlocks(parseHtmlArticle(deep(400)).body).map(blockText)).toEqual(['Deep words']);
    // Deeper than any article (1,000 tags): refused before jsdom spends a minute on it.
    expect(() => parseHtmlArticle(deep(600))).toThrow(/nested more than 1000 deep/);
    const broken = parseHtmlArticle('<p>Unclosed <b>bold <i>both</p><li>Orphan item<p>Next');
    expect(bodyToBlocks(broken.body).map(blockText)).toEqual(['Unclosed bold both', 'Orphan item\nNext']);
  });
});

describe('HTML import: note lines (issue 12, class 1)', () => {
  const head = '<h1>Ferry fares rise for the first time in a decade</h1>';
  const copy = [
    'Fares on the island ferry will rise 10% from January, the operator said Monday.',
    'The operator blamed fuel costs and a new crew contract.',
  ];
  const p = (text: string) => `<p>${text}</p>`;
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

  it('lands every form in notes, at the end and at the top, in any letter case', () => {
    for (const [line, kind, month, day] of NOTE_LINE_FORMS) {
      for (const where of ['end', 'top'] as const) {
        if (where === 'top' && /^(?:An article|The story ")/.test(line)) continue;
        const parts = where === 'end' ? [...copy, escape(line)] : [escape(line), ...copy];
        const article = parseHtmlArticle(head + parts.map(p).join(''));
        expect(article.notes, `${where}: ${line}`).toHaveLength(1);
        expect(article.notes![0]!.kind, line).toBe(kind);
        if (month)
          expect(article.notes![0]!.date.slice(5, 10), line).toBe(`${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
        expect(bodyToBlocks(article.body).map(blockText), `${where}: ${line}`).toEqual(copy);
      }
    }
  });

  it('joins a note label alone in its own element with the paragraph after it', () => {
    const text = 'An earlier version of this story gave the wrong date for the fare rise.';
    const labels: [string, string | undefined][] = [
      ['<p><strong>Correction:</strong></p>', undefined],
      ['<h3>Correction: Feb. 9, 2020</h3>', '02-09'],
      ['<p><em>CORRECTION: FEB. 9, 2020</em></p>', '02-09'],
      ['<h4>Update</h4>', undefined],
    ];
    for (const [label, date] of labels) {
      for (const where of ['end', 'top'] as const) {
        const html = head + (where === 'end' ? [...copy.map(p), label, p(text)] : [label, p(text), ...copy.map(p)]).join('');
        const article = parseHtmlArticle(html);
        expect(article.notes, `${where}: ${label}`).toMatchObject([{ text }]);
        if (date) expect(article.notes![0]!.date.slice(5, 10), label).toBe(date);
        expect(bodyToBlocks(article.body).map(blockText), `${where}: ${label}`).toEqual(copy);
      }
    }
  });
});

describe('HTML import: real note lines in the markup sites wrap them in (issue 12, class 1)', () => {
  const head = '<h1>Ferry fares rise for the first time in a decade</h1>';
  const copy = [
    'Fares on the island ferry will rise 10% from January, the operator said Monday.',
    'The operator blamed fuel costs and a new crew contract.',
  ];
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  /** The label in bold and the rest plain, as many sites print it: "<strong>Correction:</strong> An earlier …". */
  const boldLabel = (text: string) => text.replace(/^(.{3,60}?:)\s+/, '<strong>$1</strong> ');
  const wrappers: [string, (html: string) => string][] = [
    ['p', (h) => `<p>${h}</p>`],
    ['em', (h) => `<p><em>${h}</em></p>`],
    ['i', (h) => `<p><i>${h}</i></p>`],
    ['strong', (h) => `<p><strong>${h}</strong></p>`],
    ['bold label', (h) => `<p>${boldLabel(h)}</p>`],
    ['small', (h) => `<p><small>${h}</small></p>`],
    ['aside', (h) => `<aside>${h}</aside>`],
    ['aside p', (h) => `<aside class="correction"><p>${h}</p></aside>`],
    ['p class', (h) => `<p class="article-note">${h}</p>`],
    ['div i', (h) => `<div class="tail-text"><p><i>${h}</i></p></div>`],
  ];

  // One test per element and half of the lines, so each stays well inside the time limit as the
  // real lines grow and the machine is shared.
  const halves = wrappers.flatMap(([name, wrap]) =>
    [0, 1].map((half) => [`${name} (${half ? 'second' : 'first'} half)`, wrap, half] as const),
  );
  it.each(halves)('lands each real line in notes under the copy, held in %s', (name, wrap, half) => {
    const middle = Math.ceil(REAL_NOTE_LINES.length / 2);
    for (const real of half ? REAL_NOTE_LINES.slice(middle) : REAL_NOTE_LINES.slice(0, middle)) {
      const article = parseHtmlArticle(head + copy.map((c) => `<p>${c}</p>`).join('') + wrap(escape(real.line)));
      expect(article.notes, `${name}: ${real.line}`).toHaveLength(1);
      expect(article.notes![0]!.kind, `${name}: ${real.line}`).toBe(real.kind);
      if (real.month)
        expect(article.notes![0]!.date.slice(5, 10), `${name}: ${real.line}`).toBe(
          `${String(real.month).padStart(2, '0')}-${String(real.day).padStart(2, '0')}`,
        );
      expect(bodyToBlocks(article.body).map(blockText), `${name}: ${real.line}`).toEqual(copy);
    }
  });

  it('reads a note set off in a block quote at the top or the end', () => {
    const copy = '<p>The county opened a second ferry berth at Port Ellan on Monday.</p><p>Crossings will run every 20 minutes.</p>';
    const note =
      '<blockquote><p><strong>Correction:</strong> An earlier version of this story misstated the berth’s length.</p></blockquote>';
    for (const html of [`<h1>Second berth opens</h1>${note}${copy}`, `<h1>Second berth opens</h1>${copy}${note}`]) {
      const article = parseHtmlArticle(html);
      expect(article.notes).toMatchObject([{ kind: 'correction', text: 'An earlier version of this story misstated the berth’s length.' }]);
      expect(bodyToBlocks(article.body).map(blockText)).toHaveLength(2);
    }
  });
});

describe('HTML import: markup the sanitizer cannot clean in place', () => {
  it('refuses the page with a plain reason instead of crashing or importing it half-cleaned', () => {
    expect(() => parseHtmlArticle('<_<![CDATA[')).toThrow(/could not be cleaned safely, so nothing was imported/);
  });
});

describe('a note above the page’s closing copy (review 10r)', () => {
  it('reads the note above a related story’s link and a contributor line, and keeps both in the body', () => {
    const article = parseHtmlArticle(
      [
        '<h1>Ferry fares rise</h1>',
        '<p>Fares on the island ferry will rise 10% from January, the operator said Monday.</p>',
        '<p><em>An earlier version of this story misstated the operator’s name. It is Gull Island Ferries.</em></p>',
        '<p><a href="https://example.org/fuel">Fuel costs push regional fares higher</a></p>',
        '<p>Ines Baptiste contributed to this report.</p>',
      ].join(''),
    );
    expect(article.notes?.map((n) => n.kind)).toEqual(['correction']);
    const text = JSON.stringify(article.body);
    expect(text).toContain('Fuel costs push regional fares higher');
    expect(text).toContain('Ines Baptiste contributed to this report.');
    expect(text).not.toContain('misstated the operator');
  });

  it('keeps a paragraph of copy above a link as copy', () => {
    const article = parseHtmlArticle(
      '<h1>Ferry fares rise</h1><p>Fares will rise 10%, the operator said.</p><p>The operator blamed fuel costs.</p><p><a href="https://example.org/x">Fuel costs push fares higher</a></p>',
    );
    expect(article.notes).toBeUndefined();
    expect(JSON.stringify(article.body)).toContain('The operator blamed fuel costs.');
  });
});

describe('HTML import over a long session (round 27)', () => {
  it('leaves nothing behind on the shared window, so later imports are not slower', () => {
    // jsdom's selector engine adds listeners to the window for each document it serves; an
    // import that ran selectors on its own page's document left nine behind, every time.
    const page = (i: number) =>
      `<html><head><title>Page ${i}</title><meta name="description" content="Deck ${i}"></head><body><h1>Ferry ${i}</h1>` +
      '<figure><img src="https://example.org/a.jpg" alt="Ferry"><figcaption>At dawn. <span class="credit">Jane Doe/AP</span></figcaption></figure>' +
      '<p style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">1.</span>First</p><p>Fares rise.</p></body></html>';
    const window = sanitizeHtml('<p>x</p>').ownerDocument.defaultView!;
    for (let i = 0; i < 3; i++) parseHtmlArticle(page(i));
    const added = vi.spyOn(window, 'addEventListener');
    try {
      for (let i = 3; i < 13; i++) expect(parseHtmlArticle(page(i)).deck).toBe(`Deck ${i}`);
      expect(added).not.toHaveBeenCalled();
    } finally {
      added.mockRestore();
    }
  });
});
