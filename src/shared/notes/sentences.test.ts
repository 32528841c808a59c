import { describe, expect, it } from 'vitest';
import { endsInAbbreviation, splitSentences } from './sentences';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';

describe('endsInAbbreviation', () => {
  it('wants the stop back after "p.m", "U.S" or "Jr", and not after a word or an initial', () => {
    expect(endsInAbbreviation('It was 3 p.m., not 10:30 p.m')).toBe(true);
    expect(endsInAbbreviation('It is based in the U.S')).toBe(true);
    expect(endsInAbbreviation('He is Lyle Pratt Jr')).toBe(true);
    expect(endsInAbbreviation('It is 700, not 900')).toBe(false);
    expect(endsInAbbreviation('It was Plan B')).toBe(false);
    expect(endsInAbbreviation('The correct title is city manager')).toBe(false);
  });
});

describe('a right fact that ends on an abbreviation, joined to what was added', () => {
  it('keeps the stop of "p.m." before the semicolon', () => {
    const head = 'Ferry delayed by fog';
    const older = storyOfLines([head, 'The Sleat ferry left Mallaig at 9 p.m. on Friday, the operator said.']);
    const newer = storyOfLines([
      head,
      'The Sleat ferry left Mallaig at 7 p.m. on Friday, the operator said.',
      'Harbor master Ewan Reid said the crossing was calm.',
    ]);
    const note = proposeNote(older, newer, { date: '2026-03-04T10:00:00Z' });
    expect(note.kind).toBe('correction');
    expect(note.text).not.toMatch(/p\.m;/);
  });
});

describe('a numbering word shortened before its number', () => {
  it('does not end a sentence at "Prop. 2" or "Sec. 14", and still ends one before a capital', () => {
    expect(splitSentences('Residents backed Prop. 2 with 61 percent of the vote. Turnout was low.')).toEqual([
      'Residents backed Prop. 2 with 61 percent of the vote.',
      'Turnout was low.',
    ]);
    expect(splitSentences('The rule is in Sec. 14 of the code.')).toHaveLength(1);
    // A word that only looks like one ends its sentence before a capital.
    expect(splitSentences('The measure was known as Prop. Voters rejected it.')).toHaveLength(2);
  });
});
