/**
 * A place set after a deed and its object says where that deed was done: the correction asks
 * "where Republicans postponed the vote", not where the sentence's main clause happened.
 */
import { describe, expect, it } from 'vitest';
import { placeOfDeed } from './place-of-deed';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';

const DATE = '2026-03-14T10:00:00-05:00';
const story = (...paragraphs: string[]) => storyOfLines(['Vote delayed again', ...paragraphs]);

describe('the place of the nearest deed', () => {
  it.each([
    [
      'His remarks came just before Republicans postponed the vote in the Senate for their plan.',
      'Senate',
      'where Republicans postponed the vote',
      'in the Senate',
    ],
    ['Workers closed the footbridge at Elm Ford after the flood.', 'Elm Ford', 'where workers closed the footbridge', 'at Elm Ford'],
    [
      'The news broke after the council approved the new budget in Harlow on Tuesday.',
      'Harlow',
      'where the council approved the new budget',
      'in Harlow',
    ],
    ['Ministers said troops seized the depot in Kelso, and the talks stalled.', 'Kelso', 'where troops seized the depot', 'in Kelso'],
  ])('%s', (sentence, place, what, right) => {
    expect(placeOfDeed(sentence, place)).toMatchObject({ what, right });
  });

  it.each([
    ['They postponed the vote in the Senate.', 'Senate'],
    ['The vote in the Senate was postponed.', 'Senate'],
    ['Republicans met in the Senate chamber.', 'Senate'],
  ])('no such deed: %s', (sentence, place) => {
    expect(placeOfDeed(sentence, place)).toBeNull();
  });

  it('names the deed in the correction, with the article on both places', () => {
    const text = (house: string) =>
      story(`His remarks came just before Republicans postponed the vote in the ${house} for their plan.`, 'Leaders will try again.');
    const note = proposeNote(text('Senate'), text('House'), { date: DATE });
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('misstated where Republicans postponed the vote. It was in the House, not the Senate.');
  });
});
