/**
 * A title swapped whole before the same name is a title put right, not another person. Every
 * example is invented.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';
import { swappedTitle } from './swapped-titles';

const story = (line: string) =>
  storyOfLines([
    'Protests grow',
    'LA PAZ, Bolivia — Protests spread on Tuesday as fuel ran short in the capital.',
    line,
    'The army said it had fired no shots.',
  ]);
const noteFor = (old: string, now: string) => proposeNote(story(old), story(now), { date: '2026-11-06' }).note;

describe('a title swapped whole before the same name', () => {
  it('is the title put right, in lower case', () => {
    expect(noteFor('Interior Minister Ana Cruz said eight people died.', 'Public Ombudsman Ana Cruz said eight people died.')).toMatch(
      /misstated Ana Cruz's title\. Cruz is the public ombudsman, not the interior minister\.$/,
    );
  });

  it('keeps a proper name inside the title, and the possessive off the name', () => {
    const art = 'The White House called for calm. White House Press Secretary Ana Cruz’s office said eight people died.';
    expect(
      swappedTitle('Deputy Chief of Staff', 'White House Press Secretary', 'Deputy Chief of Staff Ana Cruz’s office said so.', art, art),
    ).toEqual({
      name: 'Ana Cruz',
      title: 'White House press secretary',
    });
  });

  it('is another person when the name changed (near miss)', () => {
    expect(noteFor('Interior Minister Ana Cruz said eight people died.', 'Interior Minister Rosa Vega said eight people died.')).toMatch(
      /misidentified the interior minister, who is Rosa Vega/,
    );
  });
});
