import { describe, expect, it } from 'vitest';
import { memoByText, memoByTextAndKey } from './text-memo';
import { fullName } from './names';
import { plainText } from './sentences';
import { tagged } from './topics';
import { headNamesMeasure, headNamesMeasureAndOwner, headNamesOwner } from './specific-head';

describe('memoByText', () => {
  it('reads a text once while it is remembered', () => {
    let reads = 0;
    const upper = memoByText((t) => (reads++, t.toUpperCase()), { entries: 4, chars: 100 });
    expect(upper('council vote')).toBe('COUNCIL VOTE');
    expect(upper('council vote')).toBe('COUNCIL VOTE');
    expect(reads).toBe(1);
  });

  it('forgets the oldest text once its entries are full', () => {
    const seen: string[] = [];
    const read = memoByText((t) => (seen.push(t), t.length), { entries: 2, chars: 100 });
    read('ferry');
    read('bridge');
    read('levee');
    read('ferry');
    expect(seen).toEqual(['ferry', 'bridge', 'levee', 'ferry']);
  });

  it('holds no more characters than its allowance, and never keeps a text longer than all of it', () => {
    let reads = 0;
    const read = memoByText((t) => (reads++, t.length), { entries: 100, chars: 10 });
    read('a long budget line');
    read('a long budget line');
    expect(reads).toBe(2);
    read('tolls');
    read('fares');
    read('rents'); // a third would pass 10 characters: "tolls" goes first
    read('fares');
    expect(reads).toBe(5);
    read('tolls');
    expect(reads).toBe(6);
  });
});

describe('memoByTextAndKey', () => {
  it('remembers each key asked of a text, and a key per text', () => {
    let reads = 0;
    const find = memoByTextAndKey((text, key) => (reads++, text.includes(key)), { entries: 4, chars: 1000, perText: 8 });
    expect(find('Mayor Ruth Alder spoke', 'Alder')).toBe(true);
    expect(find('Mayor Ruth Alder spoke', 'Alder')).toBe(true);
    expect(find('Mayor Ruth Alder spoke', 'Birch')).toBe(false);
    expect(find('Chief Tom Birch spoke', 'Birch')).toBe(true);
    expect(reads).toBe(3);
  });
});

describe('remembered readings read as before', () => {
  it('plainText gives the same plain form on every asking', () => {
    const line = '“We’re done,” said Rep. Ana Ruiz — twice.';
    expect(plainText(line)).toBe('"We\'re done," said Rep. Ana Ruiz - twice.');
    expect(plainText(line)).toBe(plainText(line));
  });

  it('fullName finds the person in full in each article it is asked of', () => {
    const first = 'Harbor board votes\nCouncilwoman Rosa Delgado said the pier would close. Delgado said so twice.';
    const second = 'Harbor board votes\nCoach Maria Delgado said the pier would close. Delgado said so twice.';
    expect(fullName('Delgado', first)).toBe('Rosa Delgado');
    expect(fullName('Delgado', second)).toBe('Maria Delgado');
    expect(fullName('Delgado', first)).toBe('Rosa Delgado');
    expect(fullName('Okafor', first)).toBe('');
  });

  it('tagged hands each caller its own tokens: one caller retagging a word leaves the next reading alone', () => {
    const sentence = 'The ferry crews repaired the dock on Tuesday.';
    const mine = tagged(sentence);
    const pos = mine[1]!.pos;
    mine[1]!.pos = 'X';
    expect(tagged(sentence)[1]!.pos).toBe(pos);
  });

  it('headNamesMeasure agrees with headNamesMeasureAndOwner once the owner is asked', () => {
    for (const head of ['the number of ferry routes', 'the number of day', 'the age of the Tarn man', 'the distance', 'a figure'])
      expect(headNamesMeasure(headNamesOwner(head), head)).toBe(headNamesMeasureAndOwner(head));
  });
});
