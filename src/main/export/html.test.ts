import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blocksToBody } from '../../shared/article/blocks';
import { fixtureArticle } from '../../shared/export/fixtures/article';
import type { ExportableArticle } from '../../shared/export/types';
import { exportSafeHtml, sanitizeHtmlDocument } from './html';

const hostile: ExportableArticle = {
  ...fixtureArticle,
  headline: '</title><script>alert("headline")</script>',
  deck: '<img src=x onerror="alert(1)">',
  dateline: '"><svg onload=alert(2)>',
  bylines: [{ name: '<b onmouseover=alert(3)>Mallory</b>', email: 'x@example.com?subject="><script>alert(4)</script>' }],
  notes: [{ kind: 'update', date: '2025-03-05T11:30:00+01:00', text: '<iframe src="javascript:alert(5)"></iframe>' }],
  body: blocksToBody([
    { id: 'b1', type: 'paragraph', runs: [{ text: 'bad link', format: 0, link: 'javascript:alert(6)' }] },
    { id: 'b2', type: 'paragraph', runs: [{ text: 'data link', format: 0, link: 'data:text/html,<script>alert(7)</script>' }] },
    { id: 'b3', type: 'paragraph', runs: [{ text: 'spaced', format: 0, link: ' java\nscript:alert(8)' }] },
    { id: 'b4', type: 'paragraph', runs: [{ text: '<a href="javascript:alert(9)" onclick="alert(10)">x</a>', format: 1 }] },
    { id: 'b5', type: 'paragraph', runs: [{ text: 'fine', format: 0, link: 'https://example.org/?q=<script>' }] },
  ]),
};

function dangerous(html: string): string[] {
  const { document } = new JSDOM(html).window;
  const found: string[] = [];
  for (const el of Array.from(document.querySelectorAll('*'))) {
    if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'IMG'].includes(el.tagName.toUpperCase())) found.push(`<${el.tagName}>`);
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}`);
      if (/^(href|src|action|xlink:href)$/i.test(attr.name) && !/^(https?:|mailto:)/i.test(attr.value))
        found.push(`${el.tagName} ${attr.name}=${attr.value}`);
    }
  }
  return found;
}

describe('sanitized HTML export', () => {
  it('keeps the page whole: head, title, stylesheet, article', () => {
    const html = exportSafeHtml(fixtureArticle, { provider: 'Copydesk' });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en"><head>')).toBe(true);
    expect(html).toContain('<title>Łódź council approves airport tram line after five-year dispute</title>');
    expect(html).toContain('<style>');
    expect(html).toContain('Content-Security-Policy');
    expect(html).toContain('<time datetime="2025-03-04T09:15:00+01:00">');
    expect(html).toContain('<a href="https://example.org/lodz/tram-plan" rel="noopener noreferrer">');
    expect(html).toContain('<footer class="notes">');
    expect(dangerous(html)).toEqual([]);
  });

  it('leaves hostile text and URLs inert', () => {
    const html = exportSafeHtml(hostile, { provider: 'Copydesk' });
    expect(dangerous(html)).toEqual([]);
    // Hostile words survive only as escaped text: no live tag starts anywhere.
    expect(html).not.toMatch(/<(script|iframe|svg|img|object|embed)\b/i);
    const { document } = new JSDOM(html).window;
    expect(document.querySelector('h1')?.textContent).toBe(hostile.headline);
    expect(document.querySelector('.deck')?.textContent).toBe(hostile.deck);
    expect(document.querySelector('.note')?.textContent).toContain('<iframe src="javascript:alert(5)"></iframe>');
    const links = Array.from(document.querySelectorAll('.article-body a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://example.org/?q=%3Cscript%3E']);
    expect(document.querySelector('.article-body')?.textContent).toContain('bad link');
  });

  it('strips what DOMPurify must strip even if an exporter let it through', () => {
    const clean = sanitizeHtmlDocument(
      '<html><head><meta http-equiv="refresh" content="0;url=https://evil.example"><style>p{}</style></head><body><p onclick="x()">hi</p><script>x()</script><a href="javascript:x()">a</a><a href="tel:1">t</a></body></html>',
    );
    expect(clean).not.toContain('refresh');
    expect(clean).not.toContain('onclick');
    expect(clean).not.toContain('<script');
    expect(clean).not.toContain('javascript:');
    expect(clean).not.toContain('tel:');
    expect(clean).toContain('<style>p{}</style>');
  });
});

describe('sanitized HTML export with photos', () => {
  it('keeps hostile captions, credits, alt text and embed titles inert', async () => {
    const { SAMPLE_PHOTOS, samplePhotoFields, samplePhotoSource } = await import('../../shared/export/fixtures/photos');
    const photo = samplePhotoFields(SAMPLE_PHOTOS.jpeg, {
      caption: '<script>alert(1)</script>',
      credit: '</figcaption><img src=x onerror=alert(2)>',
      alt: '" onerror="alert(3)',
    });
    const body = blocksToBody([
      { id: 'p', type: 'photo', runs: [], photo },
      { id: 'e', type: 'embed', runs: [], embed: { url: 'javascript:alert(4)', provider: '<b>X</b>', title: '<iframe src=x>' } },
    ]);
    const html = exportSafeHtml({ ...fixtureArticle, body }, { provider: 'Copydesk', photos: samplePhotoSource });
    const { document } = new JSDOM(html).window;
    const imgs = Array.from(document.querySelectorAll('img'));
    expect(imgs).toHaveLength(1);
    expect(imgs[0]!.getAttribute('src')).toBe(`data:image/jpeg;base64,${SAMPLE_PHOTOS.jpeg.base64}`);
    expect(imgs[0]!.getAttribute('alt')).toBe('" onerror="alert(3)');
    expect(
      Array.from(imgs[0]!.attributes)
        .map((a) => a.name)
        .sort(),
    ).toEqual(['alt', 'height', 'src', 'width']);
    expect(document.querySelector('figcaption')!.textContent).toBe('<script>alert(1)</script> </figcaption><img src=x onerror=alert(2)>');
    expect(document.querySelectorAll('script, iframe')).toHaveLength(0);
    // The embed's address failed the link policy: its card holds words, no link.
    expect(document.querySelector('figure.embed a')).toBeNull();
    expect(document.querySelector('figure.embed')!.textContent).toBe('<b>X</b> <iframe src=x>');
  });
});
