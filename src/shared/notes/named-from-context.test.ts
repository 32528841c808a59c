/**
 * A name a note takes from the lines before the change (a pronoun's person, the owner of "its") must
 * come from the copy right before it, and the change record must show where it came from, so the
 * eval's check for names not involved in the change holds. Every example is invented.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { uninvolvedNames } from './eval';
import { storyOfLines } from '../../../tests/support/note-stories';
import { bodyPlainText } from '../article/content';

const story = (paragraphs: string[]) => storyOfLines(['Council news', ...paragraphs]);
const check = (older: string[], newer: string[]) => {
  const after = story(newer);
  const note = proposeNote(story(older), after, { date: '2026-11-06' });
  const text = note.note.replace(/^[^:]+:\s*/, '');
  return { note: note.note, strangers: uninvolvedNames(text, note.changes, `${after.headline}\n${bodyPlainText(after)}`) };
};

describe('a name taken from the copy before the change', () => {
  it("records the line that names a pronoun's person", () => {
    const { note, strangers } = check(
      ['Councilman Rafe Dunmore has been under investigation since March.', 'The council meets Monday.'],
      [
        'Councilman Rafe Dunmore has been under investigation since March. He was arrested on Thursday on charges of bribery.',
        'The council meets Monday.',
      ],
    );
    expect(note).toMatch(/Dunmore was arrested/);
    expect(strangers).toEqual([]);
  });

  it('never takes the owner of "its" from the headline', () => {
    const { note, strangers } = check(
      ['Brisco Coaches lost ground this week. At the close Friday its share price was $18.', 'Rivals gained.'],
      ['Brisco Coaches lost ground this week. At the close Friday its share price was $16.', 'Rivals gained.'],
    );
    expect(note).toMatch(/Brisco Coaches' share price/);
    expect(note).not.toMatch(/Council/);
    expect(strangers).toEqual([]);
  });
});
