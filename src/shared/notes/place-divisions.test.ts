/**
 * A place put right whose name is followed by the kind of place it is ("southern Zabul province",
 * "Harlan County") is told as that kind, never as "a name". Every example is invented.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';

const story = (line: string) =>
  storyOfLines([
    'Hostages freed',
    'KABUL — Two teachers were freed on Tuesday after three years in captivity, officials said.',
    line,
    'They were flown to a base near Kabul.',
  ]);
const LINE = (place: string) =>
  `Ana Roe and Bo Kim, both teachers at the Lakeside School, were handed over to US forces in the country's southern ${place} province, an insurgent source said.`;

describe('a place named with its kind', () => {
  it('says the province, not "a name"', () => {
    const note = proposeNote(story(LINE('Kandahar')), story(LINE('Zabul')), { date: '2026-11-06' }).note;
    expect(note).not.toMatch(/misstated a name/);
    expect(note).toMatch(/province/);
    expect(note).toMatch(/Zabul, not Kandahar/);
  });
});
