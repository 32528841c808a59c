/**
 * Round 24 (fix24k): the kind of a figure or date note and the form of its right fact. A value
 * swapped alone in its line, nothing added and no word of a count moving on, is a correction
 * (value-swapped.ts); the right fact's values are told as AP prints them (told-value.ts); a swapped
 * name's kind is read from its sentence (name-role.ts); a range its unit follows is no score.
 * Invented copy only; each shape has near misses.
 */
import { describe, expect, it } from 'vitest';
import { noteForEdit, type StoryFrame } from '../../../tests/support/note-stories';
import { valueSwappedInPlace } from './value-swapped';
import { apToldValues, personPlaced } from './told-value';
import { nameRole } from './name-role';
import { apDates } from './ap-dates';

const frame: StoryFrame = {
  head: 'Orchard valley counts storm damage',
  before: ['A line of storms crossed the Orchard valley this week, county officials said.'],
  after: ['Crews were expected to finish clearing roads by the weekend.'],
  date: '2026-05-20',
};

describe('a value swapped in place is a correction (value-swapped.ts)', () => {
  it('tells a count stamped "as of" and swapped alone as a correction', () => {
    const { note } = noteForEdit(
      frame,
      'As of Tuesday, inspectors had logged 48 damaged barns across the county.',
      'As of Tuesday, inspectors had logged 58 damaged barns across the county.',
    );
    expect(note).toMatch(/^Correction/);
    expect(note).toContain('58');
  });

  it('tells a count that fell under the same stamp as a correction', () => {
    const { note } = noteForEdit(
      frame,
      'The county weather office recorded, as of 6 a.m. Wednesday, nine lightning strikes near the dam.',
      'The county weather office recorded, as of 6 a.m. Wednesday, six lightning strikes near the dam.',
    );
    expect(note).toMatch(/^Correction/);
  });

  it('reads the swap by structure', () => {
    const older = 'As of Tuesday, there were 46 pools detected in the county.';
    expect(valueSwappedInPlace('46', '56', older, older.replace('46', '56'), false)).toBe(true);
    // Near misses: material added beside it, another word moved, a count told as rising.
    expect(valueSwappedInPlace('46', '56', older, older.replace('46', '56'), true)).toBe(false);
    expect(valueSwappedInPlace('46', '56', older, older.replace('46', '56').replace('pools', 'traps'), false)).toBe(false);
    const rising = 'The toll rose to 12 on Tuesday.';
    expect(valueSwappedInPlace('12', '14', rising, rising.replace('12', '14'), false)).toBe(false);
    // A stamp's date moved alone, its count kept: the date was wrong, whatever verb counts.
    const stamped = 'The county case count reached 30 as of Friday, May 8, officials said.';
    expect(valueSwappedInPlace('8,', '15,', stamped, stamped.replace('8,', '15,'), false)).toBe(true);
  });

  it('keeps a count that rose beside new material an update', () => {
    const story = (count: string, more: string[]) => ({
      ...frame,
      after: [...(frame.after ?? []), ...more],
    });
    const { note } = noteForEdit(
      story('', ['Two more barns collapsed overnight near Fenwick, the sheriff said.']),
      'As of Tuesday, inspectors had logged 48 damaged barns across the county.',
      'As of Wednesday, inspectors had logged 58 damaged barns across the county.',
    );
    expect(note).toMatch(/^Update/);
  });
});

describe('the right fact told as AP prints it (told-value.ts)', () => {
  const head = 'misstated the number of hikers rescued. ';
  it('groups thousands and spells a count under 10', () => {
    expect(apToldValues(`${head}The correct number is 4310, not 4130`, '', '')).toBe(`${head}The correct number is 4,310, not 4,130`);
    expect(apToldValues(`${head}The correct number is 6, not 8`, '', '')).toBe(`${head}The correct number is six, not eight`);
    // Near misses: a year, a percentage, a measure and a headline's figure keep their printing.
    expect(apToldValues('misstated the year. It was 1998, not 1989', '', '')).toBe('misstated the year. It was 1998, not 1989');
    expect(apToldValues('misstated the rate. It is 6%, not 8%', '', '')).toBe('misstated the rate. It is 6%, not 8%');
    expect(apToldValues('misstated a figure in the headline. It is 7, not 8', '', '')).toBe(
      'misstated a figure in the headline. It is 7, not 8',
    );
  });

  it('says the unit once, but keeps a scale word with its figure', () => {
    expect(apToldValues('misstated the size of the charge. It is seven counts, not six counts', '', '')).toBe(
      'misstated the size of the charge. It is seven counts, not six',
    );
    expect(apToldValues('misstated the grant. It is $3.4 million, not $4.3 million', '', '')).toBe(
      'misstated the grant. It is $3.4 million, not $4.3 million',
    );
  });

  it('keeps the article of a scale word and the currency the article printed', () => {
    expect(apToldValues('misstated a figure. It is thousand, not a hundred', '', '')).toBe(
      'misstated a figure. It is a thousand, not a hundred',
    );
    expect(
      apToldValues(
        'misstated a figure. It is 512,000, not 521,000',
        'goods worth Ksh512,000 were seized',
        'goods worth Ksh521,000 were seized',
      ),
    ).toBe('misstated a figure. It is Ksh512,000, not Ksh521,000');
  });

  it('sets no article before a numbered street and keeps its bearing', () => {
    expect(
      apToldValues(
        'misidentified the street. It is the 42nd Street, not the 24th Street',
        'at West 42nd Street and Elm',
        'at West 24th Street and Elm',
      ),
    ).toBe('misidentified the street. It is West 42nd Street, not West 24th Street');
  });

  it('tells a date in a year before the note in the past, but not a plan', () => {
    expect(apToldValues('misstated the date. It is March 2019, not April 2019', 'The mill closed in March 2019.', '', '2026-05-20')).toBe(
      'misstated the date. It was March 2019, not April 2019',
    );
    expect(
      apToldValues('misstated the date. It is March 2019, not April 2019', 'The mill will close in March 2019.', '', '2026-05-20'),
    ).toBe('misstated the date. It is March 2019, not April 2019');
  });

  it('sets off a weekday before its date', () => {
    expect(apDates('It is Tuesday March 3, 2020')).toBe('It is Tuesday, March 3, 2020');
    expect(apDates('It is Tuesday, March 3, 2020')).toBe('It is Tuesday, March 3, 2020');
  });

  it("tells a person's whereabouts by the person's pronoun", () => {
    const article = 'Senator Dana Whitlock spoke to farmers. She said prices had fallen.';
    expect(personPlaced('incorrectly reported that Senator Dana Whitlock was in Avon. It was in Brill', article)).toBe(
      'incorrectly reported that Senator Dana Whitlock was in Avon. She was in Brill',
    );
    // Near miss: no pronoun in the article, the sentence stays.
    expect(personPlaced('incorrectly reported that Dana Whitlock was in Avon. It was in Brill', 'Dana Whitlock spoke.')).toBe(
      'incorrectly reported that Dana Whitlock was in Avon. It was in Brill',
    );
  });
});

describe("a swapped name's kind read from its sentence (name-role.ts)", () => {
  it('reads the noun beside the name', () => {
    expect(nameRole('Astronomers looked at a patch of sky in the constellation Lyra last year.', 'Lyra')).toBe('the constellation');
    expect(nameRole('The mayor spoke from the flooded Elmhurst neighborhood on Monday.', 'Elmhurst')).toBe('the neighborhood');
    expect(nameRole('Hill towns like Carver had 8 inches of rain by noon.', 'Carver')).toBe('the town that had 8 inches of rain');
    expect(nameRole('The High Court, Kisumu, on Monday dismissed the case.', 'Kisumu')).toBe('the location of the High Court');
    // Near miss: a name doing its own deed says no kind.
    expect(nameRole('Pocket published the novel in May.', 'Pocket')).toBeNull();
  });
});

describe('a range its unit follows is a measure, never a score', () => {
  it('does not call a gust forecast a score', () => {
    const { note } = noteForEdit(
      frame,
      'Forecasters expect gusts of 20-30 mph on Thursday.',
      'Forecasters expect gusts of 30-40 mph on Thursday.',
    );
    expect(note).not.toMatch(/score/);
    expect(note).toContain('30-40 mph');
  });
});
