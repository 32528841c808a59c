import { describe, expect, it } from 'vitest';
import { articleFromText, inventedNames, rougeL, sameSource } from './eval';
import { bodyPlainText } from '../article/content';

describe('note evaluation helpers', () => {
  it('turns plain text into an article: headline, then paragraphs', () => {
    const a = articleFromText('Headline here\n\nFirst paragraph\ncontinues.\n\nSecond paragraph.\n');
    expect(a.headline).toBe('Headline here');
    expect(bodyPlainText(a)).toBe('First paragraph continues.\n\nSecond paragraph.');
  });

  it('scores ROUGE-L on lowercased words', () => {
    expect(rougeL('Additional comments from Rutte.', 'additional comments from rutte')).toBe(1);
    expect(rougeL('comments from Rutte', 'additional comments from Rutte and Tamm')).toBeCloseTo((2 * 1 * 0.5) / 1.5);
    expect(rougeL('', 'anything')).toBe(0);
  });

  it('counts names the note invented, not the words the house style writes', () => {
    expect(inventedNames('Additional comments from Rutte and Okafor.', 'Rutte said so.')).toEqual(['Okafor']);
    expect(inventedNames('An earlier version of this article misstated the date. It is March 21.', 'On March 21 it opens.')).toEqual([]);
  });

  it('matches a surname to the full name', () => {
    expect(sameSource('Mark Rutte', 'Rutte')).toBe(true);
    expect(sameSource('Rutte', 'Tamm')).toBe(false);
  });
});
