import { describe, expect, it } from 'vitest';
import { isNoteHeading, readNoteLine } from './frame-lines';
import { parseTextArticle } from './text';
import { bodyToBlocks, blockText } from '../article/blocks';

/**
 * Two forms local stations print: a label whose clock is given "as of" ("UPDATE as of 3:00 P.M.")
 * over the note or run into it, and a story "updated from its original version with new
 * information", which grew from its first version and admits no error. The examples are our own.
 */
const article = (...tail: string[]) =>
  parseTextArticle(['Pass closed by snow', '', 'Crews closed the pass on Friday.', '', ...tail].join('\n'));

describe('a label whose clock is given "as of"', () => {
  it.each(['UPDATE as of 3:00 P.M.', 'Update as of 9:15 a.m.', 'UPDATE AS OF 11 A.M.:', 'Update as of noon'])(
    'reads "%s" as the heading of the note under it',
    (heading) => expect(isNoteHeading(heading)).toBe(true),
  );

  it('imports the heading and its note, with the clock, and leaves the copy', () => {
    const imported = article('UPDATE as of 3:00 P.M.', 'The pass has reopened but is closed to trailers.');
    expect(imported.notes).toHaveLength(1);
    expect(imported.notes![0]).toMatchObject({ kind: 'update', text: 'The pass has reopened but is closed to trailers.' });
    expect(imported.notes![0]!.date.slice(11, 13)).toBe('15');
    expect(bodyToBlocks(imported.body).map(blockText)).toEqual(['Crews closed the pass on Friday.']);
  });

  it('reads the label run into its note', () => {
    expect(readNoteLine('Update as of 4:30 p.m.: The pass has reopened to all traffic.')).toMatchObject({
      kind: 'update',
      text: 'The pass has reopened to all traffic.',
      hour: 16,
      minute: 30,
    });
  });

  it('keeps a sentence that opens "As of" a clock as copy', () => {
    expect(readNoteLine('As of 3 p.m. the pass was still closed to trailers.')).toBeNull();
    expect(isNoteHeading('As of 3 p.m.')).toBe(false);
    const imported = article('As of 3 p.m. the pass was still closed to trailers.');
    expect(imported.notes ?? []).toHaveLength(0);
  });
});

describe('a story updated from its original version', () => {
  it('with new information is an update', () => {
    for (const line of [
      'This article has been updated from its original version with new information from the utility',
      '*This story has been updated from its original version with comments from the mayor.',
      'This report was updated since the original version with new figures from the county.',
    ])
      expect(readNoteLine(line, true)?.kind).toBe('update');
  });

  it('that says what the original got wrong is a correction', () => {
    expect(readNoteLine('This story has been updated from its original version, which misstated the toll.', true)?.kind).toBe('correction');
    expect(readNoteLine('An original version of this story misspelled the mayor’s name.', true)?.kind).toBe('correction');
  });
});
