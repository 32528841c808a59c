import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { commonEnds, diffInline } from './inline';
import { Tokenizer } from './tokens';
import { Budget } from './budget';
import { para } from './test-support';

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

  it('puts a pure insertion or deletion where it reads as whole sentences and words', () => {
    const tokenizer = new Tokenizer('en');
    const edits = (older: string, newer: string) =>
      diffInline(para(older), para(newer), tokenizer, new Budget(1e7, 1e6))
        .ops.filter((op) => op.op !== 'equal')
        .map((op) => `${op.op}:${op.text}`);
    expect(edits('Whitlock faces two charges.', 'Whitlock remains free on bond. Whitlock faces two charges.')).toEqual([
      'insert:Whitlock remains free on bond. ',
    ]);
    expect(edits('Whitlock remains free on bond. Whitlock faces two charges.', 'Whitlock faces two charges.')).toEqual([
      'delete:Whitlock remains free on bond. ',
    ]);
    expect(edits('The vote was close. The mayor left.', 'The vote was close. The vote was late. The mayor left.')).toEqual([
      'insert:The vote was late. ',
    ]);
    // Head-first still wins a tie: "Elm Street[+ and Main Street+]".
    expect(edits('Closed: Elm Street', 'Closed: Elm Street and Main Street')).toEqual(['insert: and Main Street']);
  });
});
