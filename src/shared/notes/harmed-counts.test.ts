/**
 * A bare figure a verb of harm takes counts people, and a correction names that count with what
 * did the harm; a figure with its own noun, or a subject that is only a pronoun, is read elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { peopleHarmed } from './counted-deeds';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';

const DATE = '2026-03-14T10:00:00-05:00';
const story = (...paragraphs: string[]) => storyOfLines(['Storm toll climbs', ...paragraphs]);

describe('a bare figure after a verb of harm', () => {
  it.each([
    [
      'The cholera outbreak has killed 1,204 in four provinces, the ministry said.',
      '1,204',
      'the number of people killed by the cholera outbreak',
    ],
    ['The storm injured 87 across the valley on Sunday.', '87', 'the number of people injured by the storm'],
    ['The blast had wounded 31 near the depot, police said.', '31', 'the number of people wounded by the blast'],
    ['Officials said the heat wave had so far hospitalised at least 60.', '60', 'the number of people hospitalised by the heat wave'],
  ])('counts people: %s', (sentence, figure, told) => {
    expect(peopleHarmed(sentence, figure)).toBe(told);
  });

  it.each([
    ['The storm killed 40 cattle on the Hale ranch.', '40'],
    ['It has killed 300 in the region since May.', '300'],
    ['The storm reached 87 miles an hour.', '87'],
    ['Police arrested 14 at the march, a spokeswoman said.', '14'],
  ])('is no such count: %s', (sentence, figure) => {
    expect(peopleHarmed(sentence, figure)).toBe('');
  });

  it('names the count in the correction', () => {
    const text = (n: string) => story(`The cholera outbreak has killed ${n} in four provinces, the ministry said.`, 'Clinics are open.');
    const note = proposeNote(text('1,240'), text('1,204'), { date: DATE });
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('misstated the number of people killed by the cholera outbreak');
    expect(note.text).toContain('1,204, not 1,240');
  });
});
