import { describe, expect, it } from 'vitest';
import { readNoteLine } from './frame-lines';
import { landsAsNote, staysCopy } from './fixtures/note-placement';
import { parseMarkdownArticle } from './markdown';

/**
 * A label run in before its note with no colon, set off by marks of emphasis or by capitals
 * (run-in-label.ts). Lines are of our own making, each with copy of the same shape that must stay
 * in the body.
 */
describe('a label run in with no colon', () => {
  it('reads a label set in emphasis marks, with or without its colon inside them, as the labelled line', () => {
    for (const [line, kind] of [
      ['***Correction*** A previous version of this story used the wrong photo of the Harlow fire chief.', 'correction'],
      ['***Correction:*** An earlier version of this story misspelled the name of the ferry operator, Tova Lind.', 'correction'],
      ['_Correction_ An earlier version of this story gave the wrong day for the pier reopening. It reopens Friday.', 'correction'],
      ['**Clarification** An earlier version of this story did not make clear that the fare rise applies to cars only.', 'correction'],
    ] as const) {
      expect(readNoteLine(line, true)?.kind, line).toBe(kind);
      landsAsNote(line, kind);
    }
  });

  it('reads a label in capitals only when the words after it read as a note on their own', () => {
    for (const line of [
      'CORRECTION The headline on this story incorrectly said fares would rise 20 percent; they will rise 10 percent.',
      'CORRECTION An earlier version of this story misstated the number of crew on the night crossing. There were six, not nine.',
    ]) {
      expect(readNoteLine(line, true)?.kind, line).toBe('correction');
      landsAsNote(line, 'correction');
    }
  });

  it('leaves capitals before copy in the body: a headline shouts, and "Correction officers" is a trade', () => {
    for (const line of [
      'CORRECTION Officers at the county jail went on strike Monday after talks over overtime broke down.',
      'UPDATE Police said the missing hiker was found near Cedar Ridge late Tuesday.',
      'UPDATED Figures from the harbour board show 40 boats were damaged in the storm.',
    ]) {
      expect(readNoteLine(line, true), line).toBeNull();
      staysCopy(line);
    }
  });

  it('reads the bare label Markdown leaves once it drops the marks, when the words are a note alone', () => {
    const copy = 'Fares on the island ferry will rise 10% from January, the operator said Monday.';
    const marked = parseMarkdownArticle(
      [
        '# Ferry fares rise',
        copy,
        '***Correction*** An earlier version of this story misspelled the name of the ferry operator, Tova Lind.',
      ].join('\n\n'),
    );
    expect(marked.notes?.map((n) => n.kind)).toEqual(['correction']);
    for (const line of [
      'Correction officers at the jail went on strike Monday after talks broke down.',
      'Update Properties bought the old mill on Harbor Street for $2 million.',
    ]) {
      expect(readNoteLine(line, true), line).toBeNull();
      staysCopy(line);
    }
  });
});
