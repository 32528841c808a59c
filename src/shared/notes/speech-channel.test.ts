/**
 * Words given through a channel ("said on Twitter that …", "said in a Facebook post Monday that …")
 * are told as what was said; the post is no media to describe. Every example is invented.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';

const story = (paragraphs: string[]) => storyOfLines(['Crash closes Route 9', ...paragraphs]);
const OLD = ['HALDEN, Vt. — A crash closed Route 9 near Halden on Monday morning, state police said.', 'Drivers were told to use Route 4.'];
const noteFor = (line: string) => proposeNote(story(OLD), story([...OLD, line]), { date: '2026-11-06' }).note;

describe('a speech channel between the verb and the news', () => {
  it('tells the news said on a platform or a page', () => {
    expect(noteFor('Halden Police said on Twitter that the road has reopened.')).toMatch(/that the road reopened/);
    expect(noteFor('Vermont State Police said on their Facebook page the road has reopened.')).toMatch(/that the road reopened/);
  });

  it('reads a post that carried the words as no media', () => {
    const note = noteFor('Police said in a Facebook post Monday that the road has reopened.');
    expect(note).toMatch(/that the road reopened/);
    expect(note).not.toMatch(/Description of/i);
  });

  it('still describes a post that shows something (near miss)', () => {
    expect(noteFor('Police said in a Facebook post that included a video of the wreck.')).toMatch(/Facebook post/);
  });
});
