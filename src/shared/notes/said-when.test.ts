/**
 * A time between the speech verb and what was said ("said at 9 a.m. Wednesday that …") belongs to
 * the attribution: the note tells the news, not "additional comments". Every example is invented.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';

const story = (paragraphs: string[]) => storyOfLines(['Search for missing hiker', ...paragraphs]);
const OLD = [
  'LARKSPUR, Idaho — Deputies began searching on Monday for a hiker last seen near Tamsin Lake.',
  'She is 34 and was wearing a green jacket.',
];
const noteFor = (lead: string) => proposeNote(story(OLD), story([lead, ...OLD]), { date: '2026-11-06' }).note;

describe('a time set after "said" and before the news', () => {
  it('tells the news when the clock and the day stand between the verb and "that"', () => {
    const note = noteFor('County spokesperson Ilse Marrow said at 9 a.m. Wednesday that the hiker had been found alive.');
    expect(note).toMatch(/the hiker had been found alive/);
    expect(note).not.toMatch(/Additional comments/);
    expect(note).not.toMatch(/9 a\.m\./);
  });

  it('reads "late Tuesday" and "shortly after 10pm" the same way', () => {
    expect(noteFor('Ilse Marrow said shortly after 10pm that the hiker had been found alive.')).toMatch(
      /that the hiker had been found alive/,
    );
    expect(noteFor('Ilse Marrow said late Tuesday that the hiker had been found alive.')).toMatch(/that the hiker had been found alive/);
  });

  it('keeps a bare figure after "said" as the news, not as a clock', () => {
    const note = noteFor('Ilse Marrow said 12 volunteers had joined the search.');
    expect(note).toMatch(/12 volunteers/);
  });
});
