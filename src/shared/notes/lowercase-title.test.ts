/**
 * A lower-case post before a name that owns something ("director Ana Ruiz's film"): the possessive
 * ends the name and is no part of it, so the note never prints "Ruiz's's title". Invented copy.
 */
import { describe, expect, it } from 'vitest';
import { noteForEdit } from '../../../tests/support/note-stories';
import { checkNoteGrammar } from './grammar';

const FRAME = {
  head: 'Harbor film festival opens',
  before: ['The Harbor film festival opened Friday night at the Lyric Theatre.'],
  after: ['Tickets for the closing night sold out within an hour.'],
  date: '2026-11-06T12:00:00',
};
const told = (older: string, newer: string) => noteForEdit(FRAME, older, newer).text;

describe('a post before a possessive name', () => {
  it.each([
    [
      'a curly possessive',
      'Organizers chose a screening of producer Ana Ruiz’s “Harbor Lights,” a drama set in Maine.',
      'producer',
      'director',
      'Ana Ruiz',
    ],
    [
      'a straight possessive',
      "Organizers chose a screening of producer Ana Ruiz's new drama, shot on the island.",
      'producer',
      'director',
      'Ana Ruiz',
    ],
    [
      "a name ending in s, AP's bare apostrophe",
      "Critics praised the premiere of producer Tomas Ross' first feature on Saturday.",
      'producer',
      'director',
      'Tomas Ross',
    ],
    [
      'three names, the possessive late in a long sentence',
      'Critics who had waited since spring lined up outside for editor Mara Lin Okafor’s documentary about the ferry strike.',
      'editor',
      'producer',
      'Mara Lin Okafor',
    ],
  ])('%s', (_shape, older, wrong, right, name) => {
    const text = told(older, older.replace(wrong, right));
    expect(text).toContain(`misstated ${name.endsWith('s') ? `${name}'` : `${name}'s`} title.`);
    expect(text).not.toMatch(/['’]s['’]s|s' title\. \S+' is/);
    expect(text).toContain(`${name.split(' ').at(-1)} is`);
    expect(checkNoteGrammar(text)).toEqual([]);
  });

  it('a name with no possessive is told as before', () => {
    const text = told(
      'Producer notes came from producer Ana Ruiz, who spoke after the film.',
      'Producer notes came from director Ana Ruiz, who spoke after the film.',
    );
    expect(text).toContain("misstated Ana Ruiz's title. Ruiz is");
  });

  it("an apostrophe inside a name is no possessive: O'Hara keeps it", () => {
    const text = told(
      "The prize went to producer Liam O'Hara for the island drama.",
      "The prize went to director Liam O'Hara for the island drama.",
    );
    expect(text).toContain("misstated Liam O'Hara's title. O'Hara is");
  });
});
