/**
 * Round eleven of the correction paths (issue 12): a cost told with whom it cost, a person's
 * employer, a role that opens a sentence, a date given without the clock beside it, a share of a
 * unit, a caption under a replaced photo, a count in a closed past finding, an animal for another,
 * a temperature's scale run into its figure, and kin told older for younger. Every example is
 * invented for this file, each with a near miss that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { articleFromText } from './eval';
import { checkNoteGrammar } from './grammar';
import { phraseMeasure, wordMeasure } from './measures';
import { closedPastFinding } from './closed-past';
import { employeeOf } from './employers';
import { kinRelation } from './kinship';

const DATE = '2026-11-06T10:00:00-05:00';
const story = (...paragraphs: string[]) =>
  articleFromText(
    ['County desk roundup', 'Volunteers set up tables outside the Brennan library.', ...paragraphs, 'The board meets again in April.'].join(
      '\n\n',
    ),
  );
const propose = (older: string, newer: string) => proposeNote(story(older), story(newer), { date: DATE });
const clean = (text: string) => expect(checkNoteGrammar(text)).toEqual([]);

describe('a figure is told by what it measures, never "a figure"', () => {
  it('"The bridge cost the county 40 million": the cost of the bridge', () => {
    const note = propose('The footbridge cost the county 40 million.', 'The footbridge cost the county 44 million.');
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('misstated the cost of the footbridge. It is 44 million, not 40 million');
    expect(note.text).not.toContain('a figure');
    clean(note.text);
  });

  it('with its sign, the cost to taxpayers is the cost of the thing', () => {
    const note = propose(
      'The culvert repairs cost taxpayers $2.1 million last year.',
      'The culvert repairs cost taxpayers $2.4 million last year.',
    );
    expect(note.text).toContain('misstated the cost of the culvert repairs');
  });

  it('near miss: the same cost written another way is no correction', () => {
    expect(propose('The footbridge cost the county $40 million.', 'The footbridge cost the county $40,000,000.').kind).toBe('none');
  });
});

describe("a person's employer put right is where they work, not a name", () => {
  it('"Dana Lee, a researcher at Corvane" → "at Helix Labs"', () => {
    const note = propose(
      'Dana Lee, a researcher at Corvane, said the flaw was serious.',
      'Dana Lee, a researcher at Helix Labs, said the flaw was serious.',
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('misstated where Dana Lee works. It is Helix Labs, not Corvane');
    clean(note.text);
  });

  it('after "said", an analyst "with" the body', () => {
    const note = propose(
      '"The flaw is serious," said Omar Tindle, an analyst with Corvane.',
      '"The flaw is serious," said Omar Tindle, an analyst with Helix.',
    );
    expect(note.text).toContain('misstated where Omar Tindle works. It is Helix, not Corvane');
  });

  it('near miss: a patient is no employee, a student studies there, and a place visited is no employer', () => {
    expect(employeeOf('Dana Lee, a student at Helix College, spoke.', 'Helix College')).toEqual({ name: 'Dana Lee', does: 'studies' });
    expect(employeeOf('Dana Lee, a patient at Helix Clinic, spoke.', 'Helix Clinic')).toBeNull();
    expect(employeeOf('Dana Lee, a researcher, spoke at Helix on Monday.', 'Helix')).toBeNull();
    expect(employeeOf('Dana Lee, a researcher at Helix, spoke.', 'Helix')).toEqual({ name: 'Dana Lee', does: 'works' });
  });
});

describe('a person swapped for another is misidentified in the role the sentence gives', () => {
  it('"the actress Mira Tolland" → "the actress Jessa Paine"', () => {
    const note = propose(
      'The lead role went to the actress Mira Tolland, the studio said.',
      'The lead role went to the actress Jessa Paine, the studio said.',
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('misidentified the actress, who is Jessa Paine');
    expect(note.text).not.toContain('the the');
    clean(note.text);
  });

  it('"Actress Mira Tolland will play …": the role that opens the sentence is no part of the name', () => {
    const note = propose(
      'Actress Mira Tolland will play the lead, the studio said.',
      'Actress Jessa Paine will play the lead, the studio said.',
    );
    expect(note.text).toContain('misidentified the actress, who is Jessa Paine');
    expect(note.text).not.toContain('Actress Jessa');
  });

  it('near miss: the same person with the name put right is a misspelling', () => {
    const note = propose(
      'Actress Mira Tolland will play the lead, the studio said.',
      'Actress Mira Toland will play the lead, the studio said.',
    );
    expect(note.text).toMatch(/misspelled/);
  });
});

describe('a date put right is given alone, without the clock printed beside it', () => {
  it('"Voting ends at 3 p.m. (ET) on Nov. 6" → "Nov. 7": the clause keeps no clock', () => {
    const note = propose('Voting ends at 3 p.m. (ET) on Nov. 6, officials said.', 'Voting ends at 3 p.m. (ET) on Nov. 7, officials said.');
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('It is Nov. 7, not Nov. 6');
    expect(note.text).not.toMatch(/p\.m\.|\(ET\)/);
  });

  it('"The deadline is Nov. 6 at 3 p.m. (ET)": the date of the deadline', () => {
    const note = propose('The filing deadline is Nov. 6 at 3 p.m. (ET).', 'The filing deadline is Nov. 7 at 3 p.m. (ET).');
    expect(note.text).toContain('misstated the date of the filing deadline. It is Nov. 7, not Nov. 6');
    clean(note.text);
  });

  it('near miss: the date written another way is no correction', () => {
    expect(propose('The filing deadline is Nov. 6 at 3 p.m. (ET).', 'The filing deadline is November 6 at 3 p.m. (ET).').kind).toBe('none');
  });
});

describe('a share of a unit put right ("half-mile" → "mile") is a measure put right', () => {
  it('reads the share and the unit', () => {
    expect(wordMeasure('half-mile')).toMatchObject({ value: 0.5, unit: 'mile' });
    expect(wordMeasure('quarter-hour')).toMatchObject({ value: 0.25, unit: 'hour' });
    expect(phraseMeasure(['an', 'hour'])).toMatchObject({ value: 1, unit: 'hour' });
    expect(phraseMeasure(['half', 'an', 'hour'])).toMatchObject({ value: 0.5, unit: 'hour' });
    expect(wordMeasure('half-brother')).toBeNull();
  });

  it('"a half-mile" → "a mile" and "a half-hour" → "an hour" are corrections', () => {
    const trail = propose('The Osier trail runs a half-mile along the creek.', 'The Osier trail runs a mile along the creek.');
    expect(trail.kind).toBe('correction');
    expect(trail.text).toMatch(/a half-mile/);
    expect(trail.text).toMatch(/a mile/);
    expect(propose('The hearing lasted a half-hour, the clerk said.', 'The hearing lasted an hour, the clerk said.').kind).toBe(
      'correction',
    );
  });

  it('near miss: "a half-hour" → "half an hour" says the same', () => {
    expect(propose('The hearing lasted a half-hour, the clerk said.', 'The hearing lasted half an hour, the clerk said.').kind).toBe(
      'none',
    );
  });
});

describe('a caption under a replaced photo is furniture', () => {
  it('another photographer credited: the photo changed, no fact was put right', () => {
    expect(
      propose(
        'Marta Quill sorts cans at the Brennan pantry on Monday. (Jo Ames/The Herald)',
        'Volunteers stack boxes at the Brennan pantry on Tuesday. (Rui Dale/The Herald)',
      ).kind,
    ).toBe('none');
  });

  it('near miss: the same photo, its caption naming the wrong person, is still a correction', () => {
    expect(
      propose(
        'Marta Quill sorts cans at the Brennan pantry on Monday. (Jo Ames/The Herald)',
        'Lena Ochoa sorts cans at the Brennan pantry on Monday. (Jo Ames/The Herald)',
      ).kind,
    ).toBe('correction');
  });
});

describe('a count made exact in a closed, dated past finding corrects it', () => {
  it('"A 2019 inquiry found several officers …" → "11 officers"', () => {
    const note = propose(
      'A 2019 inquiry found several deputies had falsified timesheets at the Quarry Road station.',
      'A 2019 inquiry found 11 deputies had falsified timesheets at the Quarry Road station.',
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('misstated the number of deputies who had falsified timesheets. The correct number is 11');
    clean(note.text);
  });

  it('reads the finding as closed only when dated before the note and told in the past', () => {
    expect(closedPastFinding('A 2019 inquiry found 11 deputies had lied.', DATE)).toBe(true);
    expect(closedPastFinding('A 2019 inquiry has found 11 deputies lied, and the review continues.', DATE)).toBe(false);
    expect(closedPastFinding('An inquiry found 11 deputies had lied.', DATE)).toBe(false);
    expect(closedPastFinding('A 2026 inquiry found 11 deputies had lied.', DATE)).toBe(false);
    expect(closedPastFinding('In 2019, an audit found 11 deputies had lied.', DATE)).toBe(true);
    // A year a figure is only compared with dates no finding: a toll reported today still runs.
    expect(closedPastFinding('Officials reported 14 deaths, up from 12 in 2019.', DATE)).toBe(false);
  });

  it('near miss: a count still running ("Investigators have found") stays an update', () => {
    expect(
      propose(
        'Investigators have found several deputies who falsified timesheets, the sheriff said.',
        'Investigators have found 11 deputies who falsified timesheets, the sheriff said.',
      ).kind,
    ).toBe('update');
  });
});

describe('an animal named for another at the same figure is a correction', () => {
  it('"40 dogs" → "40 cats"', () => {
    const note = propose(
      'Inspectors found 40 dogs in the barn on Tamsin Road, the sheriff said.',
      'Inspectors found 40 cats in the barn on Tamsin Road, the sheriff said.',
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('referred to dogs when cats were meant');
    clean(note.text);
  });

  it('"a dog bit" → "a coyote bit": the animal alone, not the verb after it', () => {
    const note = propose(
      'A dog bit the mail carrier on Tamsin Road, the sheriff said.',
      'A coyote bit the mail carrier on Tamsin Road, the sheriff said.',
    );
    expect(note.text).toContain('referred to a dog when a coyote was meant');
  });

  it('near miss: "dogs" → "puppies" names the same animals', () => {
    expect(
      propose(
        'Inspectors found 40 dogs in the barn on Tamsin Road, the sheriff said.',
        'Inspectors found 40 puppies in the barn on Tamsin Road, the sheriff said.',
      ).kind,
    ).toBe('none');
  });
});

describe('a temperature\'s scale run into its figure ("40C" → "40F") is a measure put right', () => {
  it('told with both scales in full', () => {
    const note = propose(
      'Highs reached 31C in Ferrow on Sunday, forecasters said.',
      'Highs reached 31F in Ferrow on Sunday, forecasters said.',
    );
    expect(note.kind).toBe('correction');
    // (Round 18: "Highs reached" on Sunday is past, figure-tense.ts.)
    expect(note.text).toContain('misstated the temperature. It was 31 degrees Fahrenheit, not 31 degrees Celsius');
    clean(note.text);
  });

  it('near miss: a unit or a seat labelled with a figure and a letter is no temperature', () => {
    expect(
      propose('Unit 40C was searched on Tuesday, the owner said.', 'Unit 40F was searched on Tuesday, the owner said.').text,
    ).not.toMatch(/temperature|Fahrenheit/);
  });

  it('a unit short form after its figure is no clipped word', () => {
    const note = propose('The crew walked 12 km to the ridge, the ranger said.', 'The crew walked 12 miles to the ridge, the ranger said.');
    // (Round 18: the clause that governs the measure, and its past: measured-clause.ts, figure-tense.ts.)
    expect(note.text).toContain('misstated the distance the crew walked. It was 12 miles, not 12 km');
  });
});

describe('kin told older for younger is the relationship of one person to another', () => {
  it('"Ravi Dunmore and his older brother, Tarek" → "younger"', () => {
    const note = propose(
      'The bakery is run by Ravi Dunmore and his older brother, Tarek.',
      'The bakery is run by Ravi Dunmore and his younger brother, Tarek.',
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain("misstated the relationship of Tarek to Ravi Dunmore. Tarek is Ravi Dunmore's younger brother");
    clean(note.text);
  });

  it('"A, the older sister of B" → "younger"', () => {
    const note = propose(
      'Ines Varga, the older sister of Petra Varga, opened the stall.',
      'Ines Varga, the younger sister of Petra Varga, opened the stall.',
    );
    expect(note.text).toContain('misstated the relationship of Ines Varga to Petra Varga. Ines Varga is the younger sister of Petra Varga');
  });

  it('near miss: an age word put in beside the same kin adds a detail, and unnamed sides give no relationship', () => {
    expect(
      propose(
        'The bakery is run by Ravi Dunmore and his brother, Tarek.',
        'The bakery is run by Ravi Dunmore and his older brother, Tarek.',
      ).kind,
    ).toBe('none');
    expect(kinRelation('The bakery is run by his younger brother.', 'younger brother')).toBeNull();
  });
});

describe('the clause a fix is told by keeps its subject and its case', () => {
  it("a student's school put right is the school they attend", () => {
    const note = propose(
      'Dana Lee, a student at Corvane College, said the flaw was serious.',
      'Dana Lee, a student at Helix College, said the flaw was serious.',
    );
    expect(note.text).toContain('misstated the school Dana Lee attends. It is Helix College, not Corvane College');
  });

  it('"Dana Lee, a researcher, spoke at …": the post set off by commas leaves the name as the subject', () => {
    const note = propose('Dana Lee, a researcher, spoke at Corvane on Monday.', 'Dana Lee, a researcher, spoke at Helix on Monday.');
    expect(note.text).toContain('misstated where Dana Lee spoke');
  });

  it('"The district has 14, down from 20": a figure closed by its comma counts no noun', () => {
    const note = propose('The Osier district has 14, down from 20 a decade ago.', 'The Osier district has 16, down from 20 a decade ago.');
    expect(note.kind).toBe('correction');
    expect(note.text).not.toContain('number of down');
  });
});
