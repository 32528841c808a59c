/**
 * The link policy as one table: each address, and what every caller (paste, importers, the link
 * dialog, exporters, the desktop shell) must do with it. The callers are then checked to agree.
 */
import { describe, expect, it } from 'vitest';
import { checkLink, checkTypedLink, isSafeLinkUrl, vetLink } from './trusted-url';
import { decideWindowOpen } from '../../main/electron/navigation';
import { importText } from '../../main/import';
import { exportArticle } from '../export';
import { fixtureArticle } from '../export/fixtures/article';

/** [address, the link kept (null: refused), part of the reason when refused] */
const TABLE: [string | null | undefined, string | null, RegExp?][] = [
  ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
  ['http://example.org', 'http://example.org/'],
  ['  https://example.org/x  ', 'https://example.org/x'],
  ['HTTPS://Example.ORG/Story', 'https://example.org/Story'],
  ['https://example.org/a b', 'https://example.org/a%20b'],
  ['https://exam\tple.org/\n', 'https://example.org/'],
  ['mailto:desk@example.com', 'mailto:desk@example.com'],
  ['https://user:pw@example.org/', null, /user name or password/],
  ['https://user@example.org/', null, /user name or password/],
  ['https://bank.example@evil.example/', null, /disguise/],
  ['javascript:alert(1)', null, /not “javascript:”/],
  [' JavaScript:alert(1)', null, /not “javascript:”/],
  ['java\tscript:alert(1)', null, /not “javascript:”/],
  ['java\u0000script:x', null, /control characters|must start/],
  ['data:text/html,<b>', null, /not “data:”/],
  ['vbscript:x', null, /not “vbscript:”/],
  ['file:///etc/passwd', null, /not “file:”/],
  ['smb://host/share', null, /not “smb:”/],
  ['ms-msdt:/id', null, /not “ms-msdt:”/],
  ['/relative', null, /must start with/],
  ['example.org', null, /must start with/],
  ['https://https://example.org/x', null, /twice/],
  ['http://https//example.org/x', null, /twice/],
  ['https://', null, /not a complete|names no site/],
  ['https://exa mple.org/', null, /not a complete/],
  ['https://exa\u0001mple.org/', null, /control characters/],
  ['https://example.org/\u0001', 'https://example.org/'],
  ['https://example.org/' + 'a'.repeat(5000), null, /at most 4096/],
  ['', null, /Type or paste/],
  [null, null, /Type or paste/],
  [undefined, null, /Type or paste/],
];

describe('the link policy', () => {
  it.each(TABLE)('%j → %j', (raw, kept, reason) => {
    const verdict = checkLink(raw);
    expect(vetLink(raw)).toBe(kept);
    expect(isSafeLinkUrl(raw)).toBe(kept !== null);
    if (!verdict.ok) expect(verdict.reason).toMatch(reason!);
  });

  it('reads what a person types into the link field as the address they meant, then applies the same policy', () => {
    expect(checkTypedLink('www.example.org/x')).toEqual({ ok: true, url: 'https://www.example.org/x' });
    expect(checkTypedLink('desk@example.org')).toEqual({ ok: true, url: 'mailto:desk@example.org' });
    expect(checkTypedLink('https://example.org/x')).toEqual({ ok: true, url: 'https://example.org/x' });
    expect(checkTypedLink('user:pw@example.org')).toMatchObject({ ok: false });
    expect(checkTypedLink('the plan')).toMatchObject({ ok: false, reason: expect.stringMatching(/must start with/) });
    for (const [raw] of TABLE)
      if (typeof raw === 'string' && /^\s*[a-z][a-z0-9+.-]*:/i.test(raw)) expect(checkTypedLink(raw), raw).toEqual(checkLink(raw));
  });

  it('the desktop shell opens exactly what the policy keeps', () => {
    for (const [raw, kept] of TABLE) if (typeof raw === 'string') expect(decideWindowOpen(raw).openExternally, raw).toBe(kept);
  });

  it('importers keep exactly what the policy keeps', () => {
    for (const [raw, kept] of TABLE) {
      if (typeof raw !== 'string' || /[\u0000-\u001f]/.test(raw) || raw.length > 1000) continue;
      const href = raw.replace(/"/g, '&quot;');
      const html = importText('story.html', `<html><body><h1>Pier reopens</h1><p><a href="${href}">the plan</a></p></body></html>`);
      const md = importText('story.md', `# Pier reopens\n\n[the plan](<${raw.trim()}>)\n`);
      for (const article of [html, md]) {
        const links = article.body.root.children.flatMap((b) => JSON.stringify(b).match(/"url":"[^"]*"/g) ?? []);
        expect(links, `${raw}`).toEqual(kept === null ? [] : [`"url":"${kept}"`]);
      }
    }
  });

  it('exports write a link only where the policy keeps it', () => {
    const withLink = (url: string) => {
      const a = structuredClone(fixtureArticle);
      const p = {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [
          {
            type: 'link',
            version: 1,
            url,
            rel: null,
            target: null,
            title: null,
            direction: null,
            format: '',
            indent: 0,
            children: [{ type: 'text', version: 1, text: 'the plan', format: 0, mode: 'normal', style: '', detail: 0 }],
          },
        ],
      };
      (a.body.root.children as unknown[]).push(p);
      return a;
    };
    for (const [raw, kept] of TABLE) {
      if (typeof raw !== 'string' || !raw.trim() || raw.length > 1000) continue;
      const html = exportArticle(withLink(raw), 'html', { provider: 'Copydesk', now: '2026-11-06T09:00:00Z' });
      if (kept === null) expect(html, raw).not.toMatch(/<a [^>]*>the plan<\/a>/);
      else expect(html, raw).toContain(`href="${kept.replace(/&/g, '&amp;')}"`);
    }
  });
});
