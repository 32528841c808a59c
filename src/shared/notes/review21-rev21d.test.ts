/**
 * Round 21 review (rev21d), items 2, 6 and 7: an "it" after a lead whose verb has an object is not
 * told as the lead's subject (continued-subject.ts); a lone line hedged by "appeared to" is told whole
 * with its hedge (lone-development.ts); and the last of a two-word name after a given name is a last
 * name (name-parts.ts). Invented copy only, with near misses.
 */
import { describe, expect, it } from 'vitest';
import { noteForEdit, storyOfLines } from '../../../tests/support/note-stories';
import { continuedNews } from './continued-subject';
import { loneDevelopment } from './lone-development';
import { lastWordIsSurname } from './name-parts';
import { proposeNote } from './propose';

const DATE = '2026-08-19';
const HEAD = 'Lakeshore trust backs new boathouse';
const BEFORE = [
  'The Lakeshore Rowing Trust on Monday backed plans for a new boathouse at Pell Point.',
  'Members said the old shed had flooded twice since spring.',
];
const old = BEFORE.join('\n\n');

/** The note when the revision adds `added` after the story's paragraphs. */
const noteFor = (added: string[]) =>
  proposeNote(storyOfLines([HEAD, ...BEFORE]), storyOfLines([HEAD, ...BEFORE, ...added]), { date: DATE }).text;

describe('an "it" the lead\'s object may stand for is not the lead\'s subject (continued-subject.ts)', () => {
  const article = (lines: string) => `${old}\n\n${lines}`;

  it('declines an "it" after a lead whose verb takes a singular object', () => {
    const text = article('The parish council approved a grant for the new boathouse. It will be paid in March.');
    expect(continuedNews('It will be paid in March.', 'the parish council approved a grant for the new boathouse', old, text)).toBeNull();
    const cost = article('The trust ordered a racing shell. It will cost about $18,000.');
    expect(continuedNews('It will cost about $18,000.', 'the trust ordered a racing shell', old, cost)).toBeNull();
  });

  it('declines a "they" after a lead whose verb takes a plural object', () => {
    const text = article('Volunteers bought two launches on Monday. They arrived at Pell Point on Tuesday.');
    expect(continuedNews('They arrived at Pell Point on Tuesday.', 'volunteers bought two launches on Monday', old, text)).toBeNull();
  });

  it("keeps the note off the lead's subject in place of its object", () => {
    const note = noteFor(['The parish council approved a grant for the new boathouse.', 'It will be paid in March.']);
    expect(note).not.toMatch(/the parish council will be paid/);
  });

  it('near miss: a passive lead has no object, and its subject goes on', () => {
    const text = article('The boathouse roof was lifted into place at noon. It will be painted on Friday.');
    expect(continuedNews('It will be painted on Friday.', 'the boathouse roof was lifted into place at noon', old, text)?.clause).toBe(
      'the boathouse roof will be painted on Friday',
    );
  });
});

describe('a look told whole keeps its hedge (lone-development.ts)', () => {
  const text = `${old}\n\nThe flooding appeared to be caused by a blocked drain under Pell Road.`;

  it('tells a lone line hedged by "appeared to" whole', () => {
    expect(loneDevelopment('The flooding appeared to be caused by a blocked drain under Pell Road.', old, text, DATE)?.clause).toBe(
      'the flooding appeared to be caused by a blocked drain under Pell Road',
    );
    expect(noteFor(['The flooding appeared to be caused by a blocked drain under Pell Road.'])).toContain(
      'the flooding appeared to be caused by a blocked drain under Pell Road',
    );
  });

  it('near miss: a guess is still no development', () => {
    const guess = `${old}\n\nThe boathouse could open next spring.`;
    expect(loneDevelopment('The boathouse could open next spring.', old, guess, DATE)).toBeNull();
  });
});

describe('the last of a two-word name after a given name is its last name (name-parts.ts)', () => {
  const frame = {
    head: HEAD,
    before: BEFORE,
    after: ['She said work could begin before winter.'],
    date: DATE,
  };

  it('says "last name" for an ordinary two-word name the article never shortens', () => {
    expect(lastWordIsSurname(['Bella', 'Tarrow'], 'Trust chair Bella Tarrow said the vote was unanimous.')).toBe(true);
    expect(
      noteForEdit(frame, 'Trust chair Bella Tarow said the vote was unanimous.', 'Trust chair Bella Tarrow said the vote was unanimous.')
        ?.text,
    ).toContain('misspelled the last name of Bella Tarrow');
  });

  it('near miss: a name with no given name compromise knows, or of three words, keeps "the name of"', () => {
    expect(lastWordIsSurname(['Hanyan', 'Ramlan'], 'Trust chair Hanyan Ramlan said the vote was unanimous.')).toBe(false);
    expect(lastWordIsSurname(['Chew', 'Gek', 'Khim'], 'Trust chair Chew Gek Khim said the vote was unanimous.')).toBe(false);
  });
});
