import { describe, expect, it } from 'vitest';
import { vetLink } from './links';

describe('vetLink', () => {
  it('keeps web and mail links', () => {
    expect(vetLink('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(vetLink('http://example.org')).toBe('http://example.org/');
    expect(vetLink('mailto:desk@example.com')).toBe('mailto:desk@example.com');
  });

  it('drops script, data, file and relative links', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'java\u0000script:x', 'data:text/html,<b>', 'file:///etc/passwd', 'vbscript:x', '/relative', 'example.org', '', undefined, null, 'https://']) {
      expect(vetLink(url), String(url)).toBeNull();
    }
  });
});
