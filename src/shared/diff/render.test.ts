import { describe, expect, it } from 'vitest';
import { compareArticles } from './compare';
import { redlineHtml } from './render-html';
import { redlineText } from './render-text';
import { summarizeDiff } from './summary';
import { article, para } from './test-support';

const moving = para('The audit found $2 million in unpaid invoices dating to 2019.', 'bmove');
const older = article(
  [
    para('Lede <script>alert(1)</script> about the council vote.', 'blede'),
    moving,
    para('Council member Tom Okafor voted against it.', 'bokafor'),
    { id: 'bitem', type: 'list-item', listType: 'number', depth: 0, listId: 'blist', runs: [{ text: 'Police: 40 officers', format: 0 }] },
    para('This paragraph is cut.', 'bcut'),
  ],
  { headline: 'Council approves "lean" budget', slug: 'budget' },
);
const newer = article(
  [
    para('Lede <script>alert(2)</script> about the final council vote.', 'blede'),
    para(
      [
        { text: 'Council member ', format: 0 },
        { text: 'Tom Okafor', format: 1, link: 'javascript:alert(document.cookie)' },
        { text: ' voted against it.', format: 0 },
      ],
      'bokafor',
    ),
    { id: 'bitem', type: 'list-item', listType: 'number', depth: 0, listId: 'blist', runs: [{ text: 'Police: 42 officers', format: 0 }] },
    moving,
    para('A new closing paragraph.', 'bnew'),
  ],
  { headline: 'Council approves "lean" budget & more', slug: 'budget' },
);
const diff = compareArticles(older, newer);

describe('redlineHtml', () => {
  const html = redlineHtml(diff, { standalone: false });

  it('escapes every text and never makes a link followable', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&amp; more');
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h!.startsWith('#'))).toBe(true);
    expect(html).toContain('data-url="javascript:alert(document.cookie)"');
    expect(html).not.toMatch(/\son\w+=/i);
  });

  it('puts changed fields above the body', () => {
    expect(html.indexOf('class="fields"')).toBeLessThan(html.indexOf('redline-body'));
    expect(html).toContain('<dt>Headline</dt>');
  });

  it('numbers changes in reading order so a UI can step through them', () => {
    const numbers = [...html.matchAll(/data-change="(\d+)"/g)].map((m) => Number(m[1]));
    const distinct = [...new Set(numbers)];
    expect(distinct).toEqual(distinct.map((_, i) => i + 1));
    expect(html).toMatch(/<ins data-change="\d+"><span class="sr-only">inserted: <\/span>/);
    expect(html).toMatch(/<del data-change="\d+"><span class="sr-only">deleted: <\/span>/);
  });

  it('marks a move at both places and links them', () => {
    expect(html).toContain('id="redline-m1-from"');
    expect(html).toContain('href="#redline-m1-to"');
    expect(html).toContain('id="redline-m1-to"');
    expect(html).toContain('href="#redline-m1-from"');
    expect(html).toContain('moved from here to further down');
  });

  it('marks formatting changes over unchanged words', () => {
    expect(html).toContain('<span class="fmt" data-change=');
    expect(html).toContain('title="bold added, link added"');
  });

  it('keeps lists as lists, and whole-block changes labelled', () => {
    expect(html).toMatch(/<ol>\n<li class="change-modified">/);
    expect(html).toContain('inserted paragraph: ');
    expect(html).toContain('deleted paragraph: ');
  });

  it('stands alone with a stylesheet and print styles', () => {
    const page = redlineHtml(diff, { standalone: true, title: 'Budget <story>' });
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('<title>Budget &lt;story&gt;</title>');
    expect(page).toContain('Content-Security-Policy');
    expect(page).toContain('@media print');
    expect(page).toContain('text-decoration: line-through');
    expect(page).toContain(summarizeDiff(diff));
    expect(html).not.toContain('<html');
  });
});

describe('redlineText', () => {
  const text = redlineText(diff);
  it('reads in a terminal', () => {
    expect(text).toContain('Headline: Council approves "lean" budget[+ & more+]');
    expect(text).toContain('Lede <script>alert([-1-][+2+])</script> about the [+final +]council vote.');
    expect(text).toContain('[moved down m1: The audit found');
    expect(text).toContain('[moved here from above m1] The audit found');
    expect(text).toContain('[-This paragraph is cut.-]');
    expect(text).toContain('[+A new closing paragraph.+]');
    expect(text).toContain('1. Police: [-40-][+42+] officers');
    expect(text).toContain('"Tom Okafor": bold added, link added (javascript:alert(document.cookie))');
  });
});

describe('summarizeDiff', () => {
  it('writes the desk sentence', () => {
    expect(summarizeDiff(diff)).toBe('7 words added, 6 removed; 1 paragraph inserted, 1 deleted, 3 modified, 1 moved; headline changed.');
  });
});
