/**
 * Round 13 (fx13u): a title put right in a sentence that names two titled people is told as the
 * title of the one whose own title holds the new words. Every example is invented here, with a
 * near miss that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';
import { nameRuns } from './names';
import { runHoldingTitle } from './title-holder';
import { digitsSwapped } from './swapped-digits';
import { lowercaseTitleBeforeName } from './lowercase-title';

const DATE = '2026-11-06T12:00:00';
const story = (paragraphs: string[]) => storyOfLines(['River towns brace for floods', ...paragraphs]);
const propose = (older: string[], newer: string[]) => proposeNote(story(older), story(newer), { date: DATE });

describe('the title put right belongs to the person whose title holds the new words', () => {
  const line = (title: string) =>
    `In the end, Northern Mayor Carla Wendt promised to widen the river walls while ${title} Oskar Lind said the new levies in the valley are now a vital and urgent part of the town budget.`;

  it('names the second titled person when the changed title is theirs', () => {
    const note = propose(
      ['The council met on Monday.', line('Finance Chief'), 'The vote is next week.'],
      ['The council met on Monday.', line('Budget Director'), 'The vote is next week.'],
    );
    expect(note.text).toContain("misstated Oskar Lind's title");
    expect(note.text).not.toContain('Carla Wendt');
  });

  it('near miss: a title whose words stand in both titled names picks no one, leaving the first', () => {
    const runs = nameRuns('Deputy Mayor Ida Roan met Deputy Clerk Tom Hale.');
    expect(runHoldingTitle(runs, 'Deputy')).toBeNull();
    expect(runHoldingTitle(runs, 'Clerk')?.text).toBe('Deputy Clerk Tom Hale');
    expect(runHoldingTitle(runs, 'deputy')).toBeNull();
  });
});

describe('a two-digit figure with its digits swapped is a figure mistyped', () => {
  it('tells the count put right, not a new number', () => {
    const note = propose(
      ['The river authority said 14 barges, with 27 deckhands aboard, have been stuck near Ollery lock since the spring.', 'Crews wait.'],
      ['The river authority said 14 barges, with 72 deckhands aboard, have been stuck near Ollery lock since the spring.', 'Crews wait.'],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('72, not 27');
  });

  it('near miss: a running count ("at least 12") that lands on its digits swapped stays a development', () => {
    expect(digitsSwapped('12', '21', 'Officials said at least 21 people were hurt in the Marrow Creek flood.')).toBe(false);
    expect(digitsSwapped('27', '28', 'The authority said 28 deckhands were aboard.')).toBe(false);
    expect(digitsSwapped('27', '72', 'The authority said 72 deckhands were aboard.')).toBe(true);
  });
});

describe('a post printed in lower case before a name, put right', () => {
  const line = (post: string) =>
    `Federal ${post} Omar Dalt introduced the bill in the assembly amid loud protests over the new clinic fees.`;

  it('tells the title put right, not details on the person', () => {
    const note = propose(
      ['The assembly sat late.', line('health minister'), 'A vote is due Friday.'],
      ['The assembly sat late.', line('minister of state for housing'), 'A vote is due Friday.'],
    );
    expect(note.kind).toBe('correction');
    // (Round 16: both posts told, AP form: lowercase-title-phrase.ts.)
    expect(note.text).toContain("misstated Omar Dalt's title. Dalt is the minister of state for housing, not the health minister.");
  });

  it('near miss: a new line telling the move to the post keeps it news, no correction', () => {
    const note = propose(
      ['The assembly sat late.', line('health minister'), 'A vote is due Friday.'],
      [
        'The assembly sat late.',
        line('minister of state for housing'),
        'Dalt was sworn in as minister of state for housing on Monday.',
        'A vote is due Friday.',
      ],
    );
    expect(note.text).not.toContain('misstated');
  });

  it('near miss: words put in before a name that hold no post are no title', () => {
    const o = 'Reporters met Omar Dalt at the door .'.split(' ');
    const n = 'Reporters met with Omar Dalt at the door .'.split(' ');
    expect(lowercaseTitleBeforeName(o, n, 2, 6)).toBeNull();
    const t = 'Federal minister of state for housing Omar Dalt spoke .'.split(' ');
    const w = 'Federal health minister Omar Dalt spoke .'.split(' ');
    expect(lowercaseTitleBeforeName(w, t, 1, 4)?.name).toBe('Omar Dalt');
  });
});
