import { describe, expect, it } from 'vitest';
import { findAll } from './find';

describe('find in copy', () => {
  it.each([
    [
      'The budget and the Budget office',
      'budget',
      {},
      [
        [4, 10],
        [19, 25],
      ],
    ],
    ['The budget and the Budget office', 'budget', { matchCase: true }, [[4, 10]]],
    ['budgets, budget; budgeted', 'budget', { wholeWord: true }, [[9, 15]]],
    [
      'budgets, budget; budgeted',
      'budget',
      {},
      [
        [0, 6],
        [9, 15],
        [17, 23],
      ],
    ],
    ['Núñez said; Núñezes', 'Núñez', { wholeWord: true }, [[0, 5]]],
    ['a+b (c) [d] $5.00', '$5.00', {}, [[12, 17]]],
    ['(c)', '(c)', { wholeWord: true }, [[0, 3]]],
    [
      'aaaa',
      'aa',
      {},
      [
        [0, 2],
        [2, 4],
      ],
    ],
    ['anything', '', {}, []],
  ] as const)('%j find %j %j', (text, query, options, expected) => {
    expect(findAll(text, query, options).map((f) => [f.start, f.end])).toEqual(expected);
  });
});
