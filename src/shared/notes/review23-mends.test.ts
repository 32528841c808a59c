/**
 * Round 23, the merge's mends (found by the second blind judge on the merged build): a post hyphened
 * to "then-" or "ex-" is told whole and in the past, never as "-chief executive officer", and a
 * department's field in a title ("Transportation Secretary") is lowered as AP lowers it, though the
 * article also names the department ("the Department of Transportation"). Invented copy only.
 */
import { describe, expect, it } from 'vitest';
import { noteForEdit } from '../../../tests/support/note-stories';
import type { StoryFrame } from '../../../tests/support/note-stories';

const printerStory: StoryFrame = {
  head: 'Desktop printer maker cuts a quarter of its staff',
  before: ['Corvane Labs, the Tarn City maker of desktop printers, said on Monday it would cut a quarter of its staff.'],
  after: ['Corvane Labs has cut jobs twice since 2019. Its shares fell 4 percent on Monday.'],
  date: '2026-03-04',
};

const railStory: StoryFrame = {
  head: 'Rail line wins federal loan',
  before: [
    'The Department of Transportation approved a $900 million loan for the Tarn Valley rail line on Friday, the largest in its history.',
  ],
  after: ['Work on the line is to begin in the spring.'],
  date: '2026-03-04',
};

describe('a post told by held-posts after a hyphened prefix or beside a department', () => {
  it('"then-CEO" is told as a post held before, with no stray hyphen', () => {
    const n = noteForEdit(
      printerStory,
      '"We are proud that it happens in Tarn City," then-CFO Mara Lindqvist said at the opening in 2017.',
      '"We are proud that it happens in Tarn City," then-CEO Mara Lindqvist said at the opening in 2017.',
    );
    expect(n.kind).toBe('correction');
    expect(n.note).not.toMatch(/-chief/);
    expect(n.note).toMatch(/Lindqvist was the chief executive officer, not the chief financial officer\.$/);
  });

  it("a department's field before a name is lowered in the note", () => {
    const n = noteForEdit(
      railStory,
      '"This line will carry a million riders a year," said U.S. Commerce Secretary Dana Whitfield in a statement.',
      '"This line will carry a million riders a year," said U.S. Transportation Secretary Dana Whitfield in a statement.',
    );
    expect(n.kind).toBe('correction');
    expect(n.note).toMatch(/Whitfield is the U\.S\. transportation secretary, not the (?:U\.S\. )?commerce secretary\.$/);
  });
});
