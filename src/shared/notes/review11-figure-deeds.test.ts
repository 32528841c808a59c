/**
 * Review 11a and its re-measure, group 5: a figure put right must say what it measures. A count of
 * repeats or spans names the deed ("the number of times Clause 9 has been invoked"), and a sum
 * someone takes home names who and how often. Every example is invented here, each with a near miss.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';
import { repeatedDeed } from './figure-clauses';

const story = (paragraph: string) =>
  storyOfLines(['Harbor pact weighs its options', paragraph, 'The ministers met again on Monday in Tolland.']);
const note = (older: string, newer: string) => proposeNote(story(older), story(newer), { date: '2026-11-06T12:00:00' }).note;

describe('a count of repeats or spans names the deed', () => {
  it('"Clause 9 has been invoked nine times" → "seven": the number of times it has been invoked', () => {
    expect(
      note(
        "Since the pact's signing in 1961, Clause 9 has been invoked nine times.",
        "Since the pact's signing in 1961, Clause 9 has been invoked seven times.",
      ),
    ).toBe(
      'Correction, Nov. 6: An earlier version of this article misstated the number of times Clause 9 has been invoked. The correct number is seven, not nine.',
    );
  });

  it('a common word opening the clause is lower case when the story writes it so', () => {
    const text = note(
      'Crews worked 14 hours on Tuesday to clear the road, and the crews slept at the depot.',
      'Crews worked 16 hours on Tuesday to clear the road, and the crews slept at the depot.',
    );
    expect(text).toContain('misstated the number of hours crews worked. The correct number is 16, not 14.');
  });

  it('near misses: a pronoun subject, a thing counted, or a clause that is no deed keep the old reading', () => {
    // "He served 13 months": whose deed only the sentence before says; a note cannot lean on "he".
    expect(repeatedDeed('He served 13 months in a county jail.', '13')).toBe('');
    // Trips are things counted, not repeats of a deed.
    expect(repeatedDeed('The ferry makes 12 trips a day.', '12')).toBe('');
    // No verb before the figure: nothing to tell.
    expect(repeatedDeed('In the first round of talks, 12 times out of 20.', '12')).toBe('');
  });
});

describe('a sum someone takes home names who and how often', () => {
  it('"single father Ivo Marsh takes home about $3,100 a month" → "$2,100": the amount Ivo Marsh takes home a month', () => {
    expect(
      note(
        'In Tulsa, Oklahoma, single father Ivo Marsh takes home about $3,100 a month as a forklift driver.',
        'In Tulsa, Oklahoma, single father Ivo Marsh takes home about $2,100 a month as a forklift driver.',
      ),
    ).toBe(
      'Correction, Nov. 6: An earlier version of this article misstated the amount Ivo Marsh takes home a month. It is about $2,100, not $3,100.',
    );
  });

  it('near miss: a sum paid once keeps no period', () => {
    // (Round 18: a sum its verb tells in the past "was", figure-tense.ts.)
    expect(note('Ivo Marsh paid $300 for the permit.', 'Ivo Marsh paid $350 for the permit.')).toBe(
      'Correction, Nov. 6: An earlier version of this article misstated the amount Ivo Marsh paid. It was $350, not $300.',
    );
  });
});
