import { describe, expect, it } from 'vitest';
import { raw, stringifyWithRaw } from './raw-json';

describe('stored JSON spliced into answers', () => {
  it('prints the stored text where the value stands, and parses back to the same answer', () => {
    const stored = JSON.stringify({ headline: 'Bridge "closes"', body: { root: { children: [] } } });
    const answer = {
      articles: [
        { id: 'abcd', content: raw(stored) },
        { id: 'efgh', content: raw('{"a":1}') },
      ],
      cursor: 7,
    };
    const text = stringifyWithRaw(answer);
    expect(JSON.parse(text)).toEqual({
      articles: [
        { id: 'abcd', content: JSON.parse(stored) },
        { id: 'efgh', content: { a: 1 } },
      ],
      cursor: 7,
    });
  });

  it('no text a reporter typed can pass for a marker', () => {
    // Whatever a headline says, it stays a string: the markers carry a fresh random nonce.
    const hostile = { headline: '@raw-0000000000000000-0@', deck: '"@raw-1234-0@"' };
    const text = stringifyWithRaw({ content: raw('{"x":1}'), ...hostile });
    expect(JSON.parse(text)).toEqual({ content: { x: 1 }, ...hostile });
  });
});
