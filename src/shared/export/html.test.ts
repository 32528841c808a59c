import { describe, expect, it } from 'vitest';
import { blocksToBody } from '../article/blocks';
import { fixtureArticle } from './fixtures/article';
import { exportHtml } from './html';

describe('HTML export (before sanitizing)', () => {
  const html = exportHtml(fixtureArticle, { provider: 'Copydesk' });

  it('is a standalone semantic page', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).toMatch(/<article lang="en">\n<header>\n<h1>Łódź council approves/);
    expect(html).toContain('<p class="deck">');
    expect(html).toContain('<a class="author" href="mailto:anna.wojcik@example.com">ANNA WÓJCIK</a>');
    expect(html).toContain('<p class="dateline">ŁÓDŹ, Poland</p>');
    expect(html).toContain('<time datetime="2025-03-04T09:15:00+01:00">04 March 2025, 09:15</time>');
    expect(html).toContain('<time datetime="2025-03-05T14:02:00+01:00">05 March 2025, 14:02</time>');
    expect(html).toContain('<strong>2019</strong>');
    expect(html).toContain('<em>late 2028</em>');
    expect(html).toContain('<h2>What the vote decides</h2>');
    expect(html).toContain('<blockquote><p>“People have waited');
    expect(html).toContain('<ul>\n<li>a signed grant');
    expect(html).toMatch(/<footer class="notes">\n<p class="note note-update"[^>]*><span class="note-label">Update, March 5:<\/span>/);
    expect(html.indexOf('<footer')).toBeGreaterThan(html.indexOf('terminal.'));
  });

  it('escapes text and writes unsafe links as plain words', () => {
    const body = blocksToBody([
      {
        id: 'b1',
        type: 'paragraph',
        runs: [
          { text: '<img src=x onerror=alert(1)>', format: 0 },
          { text: 'go', format: 0, link: 'javascript:alert(1)' },
        ],
      },
    ]);
    const out = exportHtml({ ...fixtureArticle, headline: '</title><script>x()</script>', body }, { provider: 'Copydesk' });
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('javascript:');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;go');
  });

  it('nests lists and numbers numbered ones', () => {
    const body = blocksToBody([
      { id: 'i1', type: 'list-item', listType: 'number', depth: 0, listId: 'l1', runs: [{ text: 'one', format: 0 }] },
      { id: 'i2', type: 'list-item', listType: 'number', depth: 1, listId: 'l1', runs: [{ text: 'one-a', format: 0 }] },
      { id: 'i3', type: 'list-item', listType: 'number', depth: 0, listId: 'l1', runs: [{ text: 'two', format: 0 }] },
    ]);
    const out = exportHtml({ ...fixtureArticle, body }, { provider: 'Copydesk' });
    expect(out).toContain('<ol>\n<li>one\n<ol>\n<li>one-a</li>\n</ol>\n</li>\n<li>two</li>\n</ol>');
  });
});
