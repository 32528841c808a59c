import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ageOf, amountOf, countedWith, shareOf, whatTheFigureMeasures } from './figures';
import { proposeNote } from './propose';
import { articleFromText } from './eval';

const story = (...paragraphs: string[]) => articleFromText(['Harbor news', ...paragraphs].join('\n\n'));
const FILLER = 'Residents met at the library on Thursday to hear from the council.';
const correct = (older: string, newer: string) => proposeNote(story(older, FILLER), story(newer, FILLER), { date: '2026-06-02T10:00:00Z' });

describe('what a figure measures, from the words around it', () => {
  it('a count with what happened to the counted', () => {
    expect(countedWith('Forty passengers died when the bus left the road.', 'Forty')).toBe('passengers who died');
    expect(countedWith('About 120 workers were hurt in the blast.', '120')).toBe('workers hurt');
    expect(countedWith('At the hearing, 300 people who had lost their homes asked for help.', '300')).toBe(
      'people who had lost their homes',
    );
    // A count with nothing said about it is left to the caller.
    expect(countedWith('The town has 12 parks.', '12')).toBe('');
  });

  it('a share of a group, or the figure a subject stands at', () => {
    expect(shareOf('About 35% of voters backed the measure in Carden.', '35%')).toBe('the share of voters who backed the measure');
    expect(shareOf('Turnout was 38 percent, the lowest in years.', '38')).toBe('the turnout');
    expect(shareOf('The company has 38 stores.', '38')).toBe('');
  });

  it('an amount and what it belongs to', () => {
    expect(amountOf('The startup said its Series B round of $25 million would pay for hiring.', '$25')).toBe(
      'the amount of the Series B round',
    );
    expect(amountOf('The mayor earns $120,000 a year.', '$120,000')).toBe('the amount the mayor earns');
    expect(amountOf('It was $40.', '$40')).toBe('');
  });

  it('an age in apposition', () => {
    expect(ageOf('Ferreira, 43, has coached the team since 2019.', '43')).toBe("Ferreira's age");
    expect(ageOf('The team, 43, won.', '4300')).toBe('');
    expect(whatTheFigureMeasures('Okafor, 29, said the plan would fail.', '29')).toBe("Okafor's age");
  });
});

describe('a corrected figure is named by what it measures, with the right value and the wrong one', () => {
  const NOUNS = ['passengers', 'students', 'miners', 'hikers', 'workers'];
  const VERBS = ['died', 'escaped', 'graduated', 'returned', 'resigned'];
  it('counts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NOUNS),
        fc.constantFrom(...VERBS),
        fc.integer({ min: 11, max: 99 }),
        fc.integer({ min: 11, max: 99 }),
        (noun, verb, a, b) => {
          fc.pre(a !== b);
          const line = (n: number) => `In all, ${n} ${noun} ${verb} last week, the district said.`;
          const note = correct(line(a), line(b));
          expect(note.kind).toBe('correction');
          expect(note.text).toContain(`the number of ${noun} who ${verb}`);
          expect(note.text).toContain(`${b}, not ${a}`);
        },
      ),
      { numRuns: 20 },
    );
  });
  it('shares', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 98 }), fc.integer({ min: 2, max: 98 }), (a, b) => {
        fc.pre(a !== b);
        const line = (n: number) => `About ${n}% of tenants backed the rent plan at Tuesday's meeting.`;
        const note = correct(line(a), line(b));
        expect(note.text).toContain('the share of tenants who backed the rent plan');
        expect(note.text).toContain(`${b}%, not ${a}%`);
      }),
      { numRuns: 20 },
    );
  });
  it('a number word that opened the sentence reads lowercase in the note', () => {
    const note = correct('Sixteen hikers died on the pass in March.', 'Sixty-one hikers died on the pass in March.');
    expect(note.text).toContain('the number of hikers who died. The correct number is sixty-one, not sixteen.');
  });
});
