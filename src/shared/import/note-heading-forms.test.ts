import { describe, expect, it } from 'vitest';
import { isNoteHeading, readNoteLine } from './frame-lines';
import { parseTextArticle } from './text';
import { bodyToBlocks, blockText } from '../article/blocks';

/**
 * Heading forms of running stories: a label over the note's words on the next line, with its clock
 * before the label, a headline of its own after the clock, or a blogger's credit in brackets. The
 * examples are our own.
 */
const article = (...tail: string[]) =>
  parseTextArticle(['Dam spillway opened as river rises', '', 'Crews opened the spillway on Friday.', '', ...tail].join('\n'));

describe('note headings of running stories', () => {
  it('reads a local station’s label after the dateline ("ORTON, Maine — UPDATE") over the note under it, and keeps the dateline', () => {
    expect(isNoteHeading('ORTON, Maine — UPDATE', true)).toBe(true);
    expect(isNoteHeading('ORTON, Maine — Updated lanes', true)).toBe(false);
    const imported = article('ORTON, Maine — UPDATE', 'The sheriff said at 9 a.m. that the levee had held overnight.');
    expect(imported.notes).toHaveLength(1);
    expect(imported.notes![0]).toMatchObject({ kind: 'update', text: 'The sheriff said at 9 a.m. that the levee had held overnight.' });
    expect(imported.dateline).toBe('ORTON, Maine');
    expect(bodyToBlocks(imported.body).map(blockText)).toEqual(['Crews opened the spillway on Friday.']);
  });

  it('reads a clock before the label ("4 p.m. Update:") as the heading of the note under it', () => {
    expect(isNoteHeading('4 p.m. Update:')).toBe(true);
    const imported = article('4 p.m. Update:', 'The county lifted the evacuation order for Mill Road. Rain slowed the river.');
    expect(imported.notes).toHaveLength(1);
    expect(imported.notes![0]).toMatchObject({
      kind: 'update',
      text: 'The county lifted the evacuation order for Mill Road. Rain slowed the river.',
    });
    expect(imported.notes![0]!.date.slice(11, 13)).toBe('16');
    expect(bodyToBlocks(imported.body).map(blockText)).toEqual(['Crews opened the spillway on Friday.']);
  });

  it('keeps a dated heading’s own headline as the note’s first sentence', () => {
    expect(isNoteHeading('Update at 9:45 a.m. CT. Levee Holding So Far:')).toBe(true);
    const imported = article('Update at 9:45 a.m. CT. Levee Holding So Far:', 'The sheriff said the levee at Orton held overnight.');
    expect(imported.notes).toHaveLength(1);
    expect(imported.notes![0]!.text).toBe('Levee Holding So Far. The sheriff said the levee at Orton held overnight.');
    expect(imported.notes![0]!.date.slice(11, 16)).toBe('09:45');
  });

  it('sets a blogger’s credit in brackets after the label aside', () => {
    expect(readNoteLine('ONE MORE UPDATE (FROM MARTA): Spillway gates at Orton dam were closed, the district says.', true)?.kind).toBe(
      'update',
    );
    expect(readNoteLine('ANOTHER UPDATE (FROM MARTA): Spillway gates at Orton dam were closed, the district says.', true)).toMatchObject({
      kind: 'update',
      text: 'Spillway gates at Orton dam were closed, the district says.',
    });
    expect(readNoteLine('Update (by Li Wen): The district closed the spillway gates at noon.', true)?.text).toBe(
      'The district closed the spillway gates at noon.',
    );
  });

  it('leaves subheads and bracketed asides in the copy', () => {
    // A clock with no label, a title with no date, and brackets that are not a credit.
    expect(isNoteHeading('3 p.m. Press briefing:')).toBe(false);
    expect(isNoteHeading('Update. What We Know:')).toBe(false);
    expect(readNoteLine('Update (the second this week): the river fell.', false)).toBeNull();
    const imported = article('4 p.m. Press briefing:', 'The mayor spoke at the fire hall.');
    expect(imported.notes ?? []).toHaveLength(0);
  });

  it('keeps the lead in the copy under an "Updated at 3:40 p.m." stamp at the top: the stamp is a note of its own', () => {
    const imported = parseTextArticle(
      [
        'Dam spillway opened as river rises',
        '',
        'Updated at 3:40 p.m.',
        '',
        'Crews opened the spillway on Friday.',
        '',
        'The river fell.',
      ].join('\n'),
    );
    expect(bodyToBlocks(imported.body).map(blockText)).toEqual(['Crews opened the spillway on Friday.', 'The river fell.']);
    expect(imported.notes?.map((n) => n.text)).toEqual(['Updated at 3:40 p.m.']);
    expect(isNoteHeading('Updated at 3:40 p.m.')).toBe(false);
    expect(isNoteHeading('Updated, 3:40 p.m.')).toBe(true);
  });

  it('joins a bare "Clarification" label to its text when only notes follow the pair', () => {
    const imported = article(
      'Clarification',
      'An earlier version of this story did not make clear that the gates close at dusk.',
      'Update, Nov. 6: Adds comment from the mayor.',
    );
    expect(bodyToBlocks(imported.body).map(blockText)).toEqual(['Crews opened the spillway on Friday.']);
    expect(imported.notes?.map((n) => n.kind)).toEqual(['correction', 'update']);
    // Inside the copy, a bare label stays a subhead.
    const inside = article('Clarification', 'The gates close at dusk.', 'The river fell overnight.');
    expect(inside.notes ?? []).toHaveLength(0);
  });

  it('reads "An earlier version misstated …" under the copy, and leaves an earlier version of a plan or a bill in it', () => {
    expect(readNoteLine('An earlier version misstated the height of the Orton dam.', true)?.kind).toBe('correction');
    expect(readNoteLine('A previous version of this story misspelled the name of the dam.', true)?.kind).toBe('correction');
    for (const line of ['An earlier version of the plan called for 300 homes.', 'An earlier version of the bill would have taxed sugar.'])
      expect(readNoteLine(line, true), line).toBeNull();
    const imported = article('An earlier version of the plan called for 300 homes on the floodplain.');
    expect(imported.notes ?? []).toHaveLength(0);
  });
});
