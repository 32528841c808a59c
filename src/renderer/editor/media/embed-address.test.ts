import { describe, expect, it } from 'vitest';
import { checkEmbedAddress, providerOf } from './embed-address';

describe('checkEmbedAddress', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'YouTube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['youtu.be/dQw4w9WgXcQ', 'YouTube', 'https://youtu.be/dQw4w9WgXcQ'],
    ['https://x.com/cityofriverton/status/1', 'X', 'https://x.com/cityofriverton/status/1'],
    ['https://twitter.com/cityofriverton/status/1', 'X', 'https://twitter.com/cityofriverton/status/1'],
    ['https://t.me/riverton_news/812', 'Telegram', 'https://t.me/riverton_news/812'],
    ['https://www.riverton.example/video/7', 'riverton.example', 'https://www.riverton.example/video/7'],
  ])('takes %s as a card for %s', (raw, provider, url) => {
    expect(checkEmbedAddress(raw)).toEqual({ ok: true, url, provider });
  });

  it.each([
    ['javascript:alert(1)', /must start with https:\/\/, http:\/\/ or mailto:/],
    ['java\tscript:alert(1)', /must start with/],
    ['data:text/html,<script>alert(1)</script>', /must start with/],
    ['https://user:pw@youtube.com/watch?v=1', /user name or password/],
    ['http://www.youtube.com/watch?v=1', /https:\/\//],
    ['desk@riverton.example', /not a mail address/],
    ['', /Type or paste/],
  ])('refuses %s with a reason in plain words', (raw, reason) => {
    const verdict = checkEmbedAddress(raw);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toMatch(reason);
  });
});

describe('providerOf', () => {
  it('names a sub-domain by its site and never by a look-alike host', () => {
    expect(providerOf('https://m.youtube.com/watch?v=1')).toBe('YouTube');
    expect(providerOf('https://notyoutube.com/watch?v=1')).toBe('notyoutube.com');
    expect(providerOf('https://youtube.com.evil.example/x')).toBe('youtube.com.evil.example');
    expect(providerOf('not an address')).toBe('');
  });
});
