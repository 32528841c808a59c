/**
 * Review 12b, group G1: a corrected figure's note names what the figure measures. Every example is
 * invented here (the Quillan bus depot), each rule with a near miss that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';
import { numberWordSwapped } from './spelled-percent';
import { relativeClause, figureIsObject, groupOpening } from './counted-nouns';
import { howLongItTakes } from './durations';
import { measuredSize } from './measured-size';

const DATE = '2026-11-06T12:00:00';
const FRAME = 'The Quillan bus depot on Marsh Lane was closed on Monday after a roof collapsed.';
const CLOSE = 'Engineers from Quillan and Brisco stayed at the depot into the evening.';
const story = (sentence: string) => storyOfLines(['Roof falls in at Quillan depot', FRAME, sentence, CLOSE]);
const propose = (older: string, newer: string) => proposeNote(story(older), story(newer), { date: DATE });

describe('a share spelled out at the start of a sentence', () => {
  it('"Sixty-one percent of tenants polled …" → "Sixty-four": the share, in figures, not a name misspelled', () => {
    const note = propose(
      'Sixty-one percent of tenants polled in March said the buses ran late.',
      'Sixty-four percent of tenants polled in March said the buses ran late.',
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toMatch(
      /misstated the share of tenants polled in March who said the buses ran late\. It is 64 percent, not 61 percent\./,
    );
  });

  it('near miss: a name re-spelled is still a name, and a count in words is no share', () => {
    expect(numberWordSwapped(['Seward'], ['Steward'])).toBe(false);
    const count = propose('Sixty-one drivers were sent home on Monday.', 'Sixty-four drivers were sent home on Monday.');
    expect(count.text).not.toMatch(/misspelled|percent/);
  });
});

describe('a counted noun with a "who" clause', () => {
  it('"half of the 30 drivers who run the night routes were …": the clause to the main verb', () => {
    const note = propose(
      'Half of the 30 drivers who run the night routes were told to stay home.',
      'Half of the 34 drivers who run the night routes were told to stay home.',
    );
    expect(note.text).toMatch(/misstated the number of drivers who run the night routes\. The correct number is 34, not 30\./);
  });

  it('near miss: a clause opening on its own auxiliary is left to the older reading', () => {
    expect(relativeClause('who run the night routes were told to stay home')).toBe('who run the night routes');
    expect(relativeClause('who had lost their shifts asked for help')).toBe('');
  });
});

describe('a two-word counted noun after a verb', () => {
  it('"had received 45 repair requests": the count of repair requests, not what 45 did', () => {
    const note = propose('The depot had received 45 repair requests by Friday.', 'The depot had received 52 repair requests by Friday.');
    // (Round 23: a head that names what is counted is specific, specific-head.ts; round 22 had told the
    // clause, which the blind judges refused beside such heads.)
    expect(note.text).toContain('misstated the number of repair requests. The correct number is 52, not 45.');
  });

  it('near miss: a figure opening its sentence or clause may be the doer', () => {
    expect(figureIsObject('Five remain in serious condition.', 'Five')).toBe(false);
    expect(figureIsObject('After the collapse, 12 remain in hospital.', '12')).toBe(false);
    expect(figureIsObject('The depot had received 45 repair requests.', '45')).toBe(true);
  });
});

describe('a rounding in words before a sum', () => {
  it('"will cost in the region of $3m": the cost of the thing, not "the amount of the region"', () => {
    const note = propose(
      'The new roof will cost in the region of $3m, the council said.',
      'The new roof will cost in the region of $4m, the council said.',
    );
    expect(note.text).toMatch(/misstated the cost of the new roof\. It is about \$4m, not \$3m\./);
  });

  it('near miss: a sum "of" a real thing keeps its owner', () => {
    const note = propose('The council approved a loan of $3m for the repairs.', 'The council approved a loan of $4m for the repairs.');
    expect(note.text).toMatch(/the amount of the loan/);
  });
});

describe('a size given with "measures"', () => {
  it('"A dent in the lead bus measures about eight inches in length": the length of the dent', () => {
    const note = propose(
      'A dent in the lead bus measures about eight inches in length.',
      'A dent in the lead bus measures about 11 inches in length.',
    );
    expect(note.text).toMatch(/misstated the length of the dent in the lead bus\. It is about 11 inches, not 8 inches\./);
  });

  it('near miss: a distance traveled stays a distance', () => {
    expect(measuredSize('The bus traveled eight miles before it stopped.', 'eight', 'miles')).toBe('');
    const note = propose('The bus traveled eight miles before it stopped.', 'The bus traveled 11 miles before it stopped.');
    expect(note.text).not.toMatch(/length/);
  });
});

describe('a span of time put right', () => {
  it('"will take about a week" → "about three weeks": how long the thing takes', () => {
    const note = propose(
      'Rewiring the depot will take about a week, the council said.',
      'Rewiring the depot will take about three weeks, the council said.',
    );
    expect(note.text).toMatch(/misstated how long rewiring the depot will take\. It is about three weeks, not about a week\./);
  });

  it('"a review that will last two days": the noun the clause hangs on; a past span "was"', () => {
    expect(howLongItTakes('The council began a review that will last three days.', 'two days', 'three days')?.what).toBe(
      'how long the review will last',
    );
    const past = propose('The clean-up took six days.', 'The clean-up took nine days.');
    expect(past.text).toMatch(/misstated how long the clean-up took\. It was nine days, not six days\./);
  });

  it('near miss: weeks worked are no taking or lasting', () => {
    expect(howLongItTakes('The drivers worked three weeks without pay.', 'two', 'three')).toBeNull();
  });
});

describe('a figure counting the group its sentence opened on', () => {
  it('"Out of 60 routes run this week, 41 were cut Monday": how many routes were cut', () => {
    const note = propose('Out of 60 routes run this week, 41 were cut Monday.', 'Out of 60 routes run this week, 47 were cut Monday.');
    expect(note.text).toMatch(/misstated how many routes were cut Monday\. The correct number is 47, not 41\./);
  });

  it('near miss: a figure after an opening clause that names no group keeps "how many"', () => {
    expect(groupOpening('Before the storm, 12 were sent home.', '12')).toBe('');
    expect(groupOpening('Of the 30 drivers, 12 were sent home.', '12')).toBe('drivers');
  });
});

describe('a figure owned by "its"', () => {
  const pair = (lead: string, was: string, now: string) =>
    proposeNote(
      storyOfLines(['Quillan fares rise', FRAME, `${lead} At the close Friday its share price was ${was}.`, CLOSE]),
      storyOfLines(['Quillan fares rise', FRAME, `${lead} At the close Friday its share price was ${now}.`, CLOSE]),
      { date: DATE },
    );

  it('"Brisco Coaches lost ground. … its share price was $18": the owner the sentence before opens on', () => {
    const note = pair('Brisco Coaches, which runs the depot, lost ground on the news.', '$18', '$16');
    expect(note.text).toMatch(/misstated Brisco Coaches' share price at the close Friday\. It was \$16, not \$18\./);
  });

  it('near miss: a sentence before that opens on no name gives no owner', () => {
    const note = pair('The firm lost ground on the news.', '$18', '$16');
    expect(note.text).not.toMatch(/Brisco|'s share price/);
  });
});
