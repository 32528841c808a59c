/**
 * A comma dropped before a dateline's state is a slip: the dateline is the same place printed
 * without its comma ("ROANOKE COUNTY Va. -"), never a claim removed or a new place, while a
 * dateline whose place changed is still told, and capitals followed by a name stay copy.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';
import { printedDatelineLength } from '../article/dateline';

const DATE = '2026-03-14T10:00:00-05:00';
const story = (...paragraphs: string[]) => storyOfLines(['Roads close after storm', ...paragraphs]);
const propose = (older: string[], newer: string[]) => proposeNote(story(...older), story(...newer), { date: DATE });
const rest = 'Crews cleared two roads by noon, the county said.';

describe('a dateline that lost the comma before its state', () => {
  it.each([
    [
      'HARLAN COUNTY, Ky. — Flooding closed roads Monday, officials said.',
      'HARLAN COUNTY Ky. — Flooding closed roads Monday, officials said.',
    ],
    [
      'BANGOR, Maine (AP) — Flooding closed roads Monday, officials said.',
      'BANGOR Maine (AP) — Flooding closed roads Monday, officials said.',
    ],
    [
      'LUBBOCK, Texas - Police say two roads are closed after the storm.',
      'LUBBOCK Texas - Police say two roads are closed after the storm.',
    ],
    [
      'ALBANY, N.Y. (WXYZ) - The storm closed roads Monday, officials said.',
      'ALBANY N.Y. (WXYZ) - The storm closed roads Monday, officials said.',
    ],
  ])('put right, it gives no note: %s', (right, slip) => {
    const note = propose([slip, rest], [right, rest]);
    expect(note.kind).toBe('none');
    expect(note.text).toBe('');
  });

  it('a place changed with the comma is still an incorrect dateline', () => {
    const note = propose(
      ['HARLAN COUNTY Ky. — Flooding closed roads Monday, officials said.', rest],
      ['PIKE COUNTY, Ky. — Flooding closed roads Monday, officials said.', rest],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('reported from Pike County, not Harlan County.');
  });

  it('capitals followed by a name or a title are copy, not a dateline', () => {
    expect(printedDatelineLength('NASA Administrator Jane Roe - the agency said Monday it would wait.')).toBe(0);
    expect(printedDatelineLength('FEMA Director Ann Poe - who toured the county - said more aid is coming.')).toBe(0);
    expect(printedDatelineLength('HARLAN COUNTY Ky. - Flooding closed roads.')).toBeGreaterThan(0);
  });
});
