import { describe, expect, it } from 'vitest';
import { readNoteLine } from './frame-lines';
import { parseTextArticle } from './text';
import { parseMarkdownArticle } from './markdown';
import { bodyToBlocks, blockText } from '../article/blocks';
import { REAL_NOTE_LINES } from './fixtures/real-note-lines';

/** Note lines as real sites printed them (issue 12, class 1): each one a note, with its kind and date. */
describe('real note lines', () => {
  const head = 'Ferry fares rise for the first time in a decade';
  const copy = [
    'Fares on the island ferry will rise 10% from January, the operator said Monday.',
    'The operator blamed fuel costs and a new crew contract.',
  ];
  const mmdd = (month: number, day: number) => `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

  it('holds at least 40 lines, each with its source', () => {
    expect(REAL_NOTE_LINES.length).toBeGreaterThanOrEqual(40);
    for (const real of REAL_NOTE_LINES) expect(real.source.length, real.line).toBeGreaterThan(10);
    expect(new Set(REAL_NOTE_LINES.map((r) => r.line)).size).toBe(REAL_NOTE_LINES.length);
  });

  it('reads each line with its kind, date and clock', () => {
    for (const real of REAL_NOTE_LINES) {
      const note = readNoteLine(real.line, true);
      expect(note, real.line).not.toBeNull();
      expect(note!.kind, real.line).toBe(real.kind);
      expect(note!.month, real.line).toBe(real.month);
      expect(note!.day, real.line).toBe(real.day);
      expect(note!.hour, real.line).toBe(real.hour);
    }
  });

  for (const [name, parse, join] of [
    ['text', parseTextArticle, (lines: string[]) => lines.join('\n\n')],
    ['markdown', parseMarkdownArticle, (lines: string[]) => [`# ${lines[0]}`, ...lines.slice(1)].join('\n\n')],
  ] as const) {
    it(`lands each line in notes on ${name} import, under the copy and (but for corrections-column items) above it`, () => {
      for (const real of REAL_NOTE_LINES) {
        for (const where of real.where === 'end' ? (['end'] as const) : (['end', 'top'] as const)) {
          const lines = where === 'end' ? [head, ...copy, real.line] : [head, real.line, ...copy];
          const article = parse(join(lines));
          expect(article.notes, `${name} ${where}: ${real.line}`).toHaveLength(1);
          expect(article.notes![0]!.kind, `${name} ${where}: ${real.line}`).toBe(real.kind);
          if (real.month) expect(article.notes![0]!.date.slice(5, 10), real.line).toBe(mmdd(real.month, real.day!));
          expect(bodyToBlocks(article.body).map(blockText), `${name} ${where}: ${real.line}`).toEqual(copy);
        }
      }
    });
  }
});
