import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { commonEnds } from './inline';
import { Tokenizer } from './tokens';

describe('word diff inside a block', () => {
  it('cuts the common head and tail only where the words segment the same way', () => {
    const tokenizer = new Tokenizer('en');
    const piece = fc.constantFrom('the', ' ', '  ', 'vote', ',', '.', 'mayor’s', '\n', 'U.S.', '40', 'é', '회의', '会議');
    const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, text, text, text, (prefix, x, y, suffix) => {
        const a = prefix + x + suffix;
        const b = prefix + y + suffix;
        const [head, tail] = commonEnds(a, b);
        expect(head + tail).toBeLessThanOrEqual(Math.min(a.length, b.length));
        for (const t of [a, b]) {
          const pieces = [t.slice(0, head), t.slice(head, t.length - tail), t.slice(t.length - tail)];
          const joined = pieces.flatMap((p) => tokenizer.tokenize(p).texts);
          expect(joined).toEqual(tokenizer.tokenize(t).texts);
        }
      }),
      { numRuns: 500 },
    );
  });
});
