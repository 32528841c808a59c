/**
 * Round 21 review (rev21f): a list joined by "and" or a year is no range (figure-range.ts); a
 * sequence label ("Game 5", "Round 2") is no place (numbered-names.ts); a figure that measures a noun
 * in a participle's clause is not the main subject's comparison (fact-owner.ts); a counted noun in a
 * spelled compound takes its own plural (spelled-compounds.ts). Invented copy only.
 */
import { describe, expect, it } from 'vitest';
import { harborBoardStory, noteForEdit } from '../../../tests/support/note-stories';

const note = (older: string, newer: string) => noteForEdit(harborBoardStory, older, newer)?.text ?? '';

describe('review 21: rev21f', () => {
  it('near miss: two values joined by "and", with a year between, are no range', () => {
    const text = note(
      'The harbor board reported surpluses of $18 million in 2022 and $21 million in 2023.',
      'The harbor board reported surpluses of $18 million in 2022 and $23 million in 2023.',
    );
    expect(text).not.toContain('2022 million');
    expect(text).not.toMatch(/ to \$23 million/);
  });
  it('near miss: two ages joined by "and" are no range', () => {
    const text = note(
      'The two harbor trustees, aged 61 and 64, will stay on the board.',
      'The two harbor trustees, aged 61 and 66, will stay on the board.',
    );
    expect(text).not.toContain('61 to 66');
  });
  it('a range after "between" is still told whole', () => {
    expect(
      note(
        'The harbor board expects fees of between $1.10 and $1.30 a ton next year.',
        'The harbor board expects fees of between $1.10 and $1.40 a ton next year.',
      ),
    ).toContain('$1.10 to $1.40');
  });
  it('near miss: a sequence label after "in" is no place', () => {
    const text = note(
      'The Harriers meet the Rovers again in Game 5 on Friday at the harbor ground.',
      'The Harriers meet the Rovers again in Game 4 on Friday at the harbor ground.',
    );
    expect(text).not.toContain('misstated where');
    expect(text).not.toContain('It is in Game 4');
  });
  it('near miss: a figure after a noun in a participle clause is not the subject’s comparison', () => {
    const text = note(
      'Fees rose 8% this year, giving the harbor board a reserve about 30% larger than the county fund.',
      'Fees rose 8% this year, giving the harbor board a reserve about 35% larger than the county fund.',
    );
    expect(text).not.toContain('how much larger Fees');
  });
  it('a counted noun in a spelled compound takes its own plural', () => {
    const text = note(
      'The plan was approved by a three-party panel of the harbor board.',
      'The plan was approved by a four-party panel of the harbor board.',
    );
    expect(text).not.toContain('partys');
    expect(text).toContain('four parties');
  });
});
