import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeGrowth, growth, MAX_GROWTH_16X } from '../../../tests/cost/growth';
import { countWords, SEGMENT_WINDOW, wordSegmenter, wordSegments, wordsOf } from './words';

/** What segmenting the whole text at once gives: right, but quadratic on long strings. */
function wholeWords(text: string, language: string): string[] {
  const out: string[] = [];
  for (const s of wordSegmenter(language).segment(text)) if (s.isWordLike) out.push(s.segment);
  return out;
}

describe('word segmentation in windows', () => {
  const samples: [string, string][] = [
    ['en', 'The council approved the budget on Tuesday, and the mayor said it was "a fair deal." '.repeat(40)],
    ['en', "can't won't it's 3.14 1,000,000 e-mail U.S.A. ".repeat(60)],
    ['ja', '日本語の文章です。東京都は火曜日に予算を承認した。'.repeat(80)],
    ['ko', '서울시는 화요일 예산안을 승인했다. '.repeat(80)],
    ['en', ('y'.repeat(SEGMENT_WINDOW - 100) + ' ').repeat(3) + 'tail words'],
    ['en', ('z'.repeat(SEGMENT_WINDOW - 30) + '!').repeat(3) + 'tail words'],
    ['en', 'a.b.c,d;e:f!'.repeat(300)],
  ];

  it.each(samples)('finds the same words as whole-text segmentation (%s)', (language, text) => {
    expect(text.length).toBeGreaterThan(SEGMENT_WINDOW);
    const joined = [...wordSegments(text, language)].map((s) => s.segment).join('');
    expect(joined).toBe(text);
    expect(wordsOf(text, language)).toEqual(wholeWords(text, language));
  });

  it('counts a "word" longer than a window once per window, not once per letter', () => {
    const text = 'x'.repeat(SEGMENT_WINDOW * 3 + 7);
    expect(countWords(text)).toBe(4);
    expect([...wordSegments(text)].map((s) => s.segment).join('')).toBe(text);
  });

  it('keeps every character and index for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('word', ' ', '日本', '。', "'", 'é', '\n', '12', '.', 'ab'), { maxLength: 600 }), (parts) => {
        const text = parts.join('');
        let at = 0;
        for (const s of wordSegments(text)) {
          expect(s.index).toBe(at);
          at += s.segment.length;
        }
        expect(at).toBe(text.length);
      }),
      { numRuns: 60 },
    );
  });

  it('counts a long paragraph with no line break in time linear in its length', async () => {
    const unit = 'lorem ipsum dolor sit amet, consectetur adipiscing elit. ';
    const g = await growth(
      (scale) => unit.repeat(430 * scale),
      (text: string) => countWords(text),
    );
    // Linear is ~16x; the old whole-string segmentation was ~200x here.
    expect(g.ratio, describeGrowth('countWords', g)).toBeLessThan(MAX_GROWTH_16X);
    expect(countWords(unit.repeat(430 * 16))).toBe(8 * 430 * 16);
  });
});
