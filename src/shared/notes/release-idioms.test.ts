/**
 * A police release's idioms ("Police can confirm that …", "can advise that …") attribute the news,
 * and a clause is never cut before the question a verb of knowing takes ("could not say | when …")
 * or before how a bare "happened" happened. Every example is invented.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';
import { cutsAwayTheNews } from './clause-ends';

const story = (paragraphs: string[]) => storyOfLines(['Crash closes Route 9', ...paragraphs]);
const OLD = ['HALDEN, Vt. — A crash closed Route 9 near Halden on Monday morning, state police said.', 'Drivers were told to use Route 4.'];
const noteFor = (line: string) => proposeNote(story(OLD), story([...OLD, line]), { date: '2026-11-06' }).note;

describe('a release that "can confirm"', () => {
  it('tells what police can confirm as the news, not as "police can confirm"', () => {
    const note = noteFor('Police can confirm that the road has reopened.');
    expect(note).toMatch(/the road reopened/);
    expect(note).not.toMatch(/can confirm/);
  });
});

describe('a cut never drops the question a verb of knowing takes', () => {
  it('refuses "could not say | when …" and "happened | when …"', () => {
    expect(cutsAwayTheNews('they could not say when the road would reopen'.split(' '), 4)).toBe(true);
    expect(cutsAwayTheNews('the crash happened when a truck crossed the line'.split(' '), 3)).toBe(true);
    // A verb that does not take a question may end before "when": "the road reopened | when crews left".
    expect(cutsAwayTheNews('the road reopened when crews left'.split(' '), 3)).toBe(false);
  });

  it('prints no fragment that stops on "could not say"', () => {
    expect(noteFor('Police said they could not say when the road would reopen.')).not.toMatch(/could not say\.$/);
  });
});
