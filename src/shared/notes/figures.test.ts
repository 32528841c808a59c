import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ageOf, amountOf, countedWith, quantityOf, shareOf, whatTheFigureMeasures } from './figures';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';

const story = (...paragraphs: string[]) => storyOfLines(['Harbor news', ...paragraphs]);
const FILLER = 'Residents met at the library on Thursday to hear from the council.';
const correct = (older: string, newer: string) => proposeNote(story(older, FILLER), story(newer, FILLER), { date: '2026-06-02T10:00:00Z' });

describe('what a figure measures, from the words around it', () => {
  it('a count with what happened to the counted', () => {
    expect(countedWith('Forty passengers died when the bus left the road.', 'Forty')).toBe('passengers who died');
    // Where the action went stays with it ("hurt in the blast").
    expect(countedWith('About 120 workers were hurt in the blast.', '120')).toBe('workers hurt in the blast');
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
    expect(amountOf('The mayor earns $120,000 a year.', '$120,000')).toBe('the amount the mayor earns a year');
    expect(amountOf('It was $40.', '$40')).toBe('');
    // The sign read off the figure ("£1,200" tokenized "1,200"), and "each … costs around".
    expect(whatTheFigureMeasures('Each Kestrel scooter costs around £1,200 to build.', '1,200')).toBe('the cost of each Kestrel scooter');
  });

  it('an age in apposition', () => {
    expect(ageOf('Ferreira, 43, has coached the team since 2019.', '43')).toBe("Ferreira's age");
    expect(ageOf('The team, 43, won.', '4300')).toBe('');
    expect(whatTheFigureMeasures('Okafor, 29, said the plan would fail.', '29')).toBe("Okafor's age");
  });
});

describe('a unit says what its figure measures', () => {
  it('speed, distance, a prison term', () => {
    expect(quantityOf('The car was traveling at 90 mph when it hit the wall.', '90')).toBe("the car's speed");
    // (Round 18: a measure a clause governs is told with it, measured-clause.ts.)
    expect(quantityOf('The trail climbs 400 feet above the lake.', '400')).toBe('the distance the trail climbs');
    expect(quantityOf('Okafor was sentenced to 12 years in prison.', '12')).toBe('the length of the sentence');
    expect(quantityOf('Okafor spent 12 years in prison.', '12')).toBe('');
  });
});

describe('the object of a corrected date, year, place or amount, from its sentence', () => {
  const cases: [string, string, string][] = [
    [
      'Castellano, who was born in 1961, joined the board last year.',
      'Castellano, who was born in 1966, joined the board last year.',
      'misstated the year Castellano was born. It was 1966, not 1961.',
    ],
    [
      'Kestrel Bank, which is based in Harwick, employs 900 people.',
      'Kestrel Bank, which is based in Tarrow, employs 900 people.',
      'misstated where Kestrel Bank is based.',
    ],
    [
      'The election will be held on Nov. 4, the clerk said.',
      'The election will be held on Nov. 5, the clerk said.',
      'It is Nov. 5, not Nov. 4.',
    ],
    [
      'The state will spend $3 million on the new road.',
      'The state will spend $3 billion on the new road.',
      'misstated the amount the state will spend. It is $3 billion, not $3 million.',
    ],
    [
      'Okafor was sentenced to 12 years in prison.',
      'Okafor was sentenced to 21 years in prison.',
      'misstated the length of the sentence. It is 21 years, not 12 years.',
    ],
  ];
  for (const [older, newer, says] of cases)
    it(says, () => {
      const note = correct(older, newer);
      expect(note.kind).toBe('correction');
      expect(note.text).toContain(says);
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
  it('a number word that opened the sentence reads lowercase in the note, and in figures from 10 up (AP style)', () => {
    const note = correct('Sixteen hikers died on the pass in March.', 'Sixty-one hikers died on the pass in March.');
    expect(note.text).toContain('the number of hikers who died. The correct number is 61, not 16.');
    const small = correct('Four hikers died on the pass in March.', 'Seven hikers died on the pass in March.');
    expect(small.text).toContain('The correct number is seven, not four.');
  });
});

describe('hostile text', () => {
  it('never throws, whatever the sentence or the figure holds', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (sentence, figure) => {
        expect(typeof whatTheFigureMeasures(sentence, figure)).toBe('string');
        expect(typeof amountOf(sentence, figure)).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});

describe('a sum "in" what it counts', () => {
  it('names the noun phrase after "in", with who did what with the sum', () => {
    expect(amountOf('The mayor said the county received $40 million in storm relief last year.', '$40')).toBe(
      'the amount of storm relief the county received',
    );
    expect(amountOf('Officials set aside $2.5 million in emergency road repairs.', '$2.5')).toBe('the amount of emergency road repairs');
    // "in" before a place or a time is no thing counted.
    expect(amountOf('The firm lost $12 million in March.', '$12')).toBe('');
  });
});

describe('whose sum it is', () => {
  it('a subject and its verb before the thing the figure is "of"', () => {
    expect(amountOf('Tessaly Mills reported annual sales of $610 million on Friday.', '$610')).toBe("Tessaly Mills' annual sales");
    expect(amountOf('The carrier booked a profit of $19 million.', '$19')).toBe('the amount of the profit');
    expect(amountOf('The carrier booked profits of $19 million.', '$19')).toBe("the carrier's profits");
    // A verb of another shape ("is expecting") owns nothing.
    expect(amountOf('Wall Street is expecting revenue of $19 million.', '$19')).toBe('');
  });
});

describe('a figure that is the object of a named subject', () => {
  it('is told as what was counted and who did what to it', () => {
    expect(countedWith('Ostrava Steel will close 4 mills by June.', '4')).toBe('mills Ostrava Steel will close');
    expect(countedWith('The board said that Kerrigan Air had grounded 16 planes.', '16')).toBe('planes Kerrigan Air had grounded');
    // A capital that only opens the sentence is no name to trust; "the" and a noun says too little.
    expect(countedWith('Police have arrested 30 people.', '30')).toBe('');
    expect(countedWith('The district hired 40 teachers this fall.', '40')).toBe('');
  });
});
