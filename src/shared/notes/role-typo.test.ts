/**
 * A role's word mistyped and put right ("ledaer" → "leader") is a slip: the person holds the same
 * role in both versions, so no note is written. A role truly changed beside a name stays a correction.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';

const DATE = '2026-03-14T10:00:00-05:00';
const story = (...paragraphs: string[]) => storyOfLines(['Council weighs budget', ...paragraphs]);
const propose = (older: string, newer: string) =>
  proposeNote(story(older, 'The vote is set for Tuesday.'), story(newer, 'The vote is set for Tuesday.'), { date: DATE });

describe("a role's word mistyped beside a name", () => {
  it.each([
    ['The plan was drawn up by Orla Fenwick, a longtime ledaer of the tenants union.', 'ledaer', 'leader'],
    ['Critics included Tomas Reyvik, the group’s treasuerr, who called it rushed.', 'treasuerr', 'treasurer'],
    ['“We will not wait,” said Ines Caldor, a spokesowman for the mayor.', 'spokesowman', 'spokeswoman'],
    ['Former ecnomist Paulo Henning said the figures did not add up.', 'ecnomist', 'economist'],
  ])('put right, gives no note: %s', (sentence, slip, word) => {
    const note = propose(sentence, sentence.replace(slip, word));
    expect(note.kind).toBe('none');
  });

  it('a role changed beside a name is still a correction', () => {
    const note = propose(
      'The plan was drawn up by Orla Fenwick, a longtime leader of the tenants union.',
      'The plan was drawn up by Orla Fenwick, a longtime lawyer for the tenants union.',
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toMatch(/Orla Fenwick/);
  });

  it('a role swapped for one a letter away is still a correction', () => {
    const note = propose(
      'Former pitcher Paulo Henning said the team was rebuilding.',
      'Former catcher Paulo Henning said the team was rebuilding.',
    );
    expect(note.kind).toBe('correction');
  });
});
