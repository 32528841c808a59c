/**
 * Review 12a, group 3: a figure's measure garbled or missing. Every example is invented here, each
 * rule with a near miss that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { inventedStory as story } from '../../../tests/support/note-stories';
import { withoutDashAsides } from './dash-asides';
import { compoundMeasure } from './measure-compounds';
import { movedLevel } from './moved-levels';
import { heldMeasure } from './held-measures';
import { openerLowered } from './opening-capitals';
import { countsAList } from './listed-counts';

const DATE = '2026-11-06T12:00:00';
const propose = (older: string[], newer: string[], headline = 'Harbor board weighs new plan') =>
  proposeNote(story(headline, older), story(headline, newer), { date: DATE });

describe('a dash aside is read out of the sentence', () => {
  it('an em-dash aside after the counted noun is not glued to it', () => {
    const note = propose(
      ['The new pager only shows 160 letters—fewer than a postcard holds—and it has no screen light.', 'Nurses asked for a better one.'],
      ['The new pager only shows 120 letters—fewer than a postcard holds—and it has no screen light.', 'Nurses asked for a better one.'],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('misstated the number of letters the new pager shows. The correct number is 120, not 160.');
    expect(note.text).not.toMatch(/letters-fewer/);
  });

  it('a list of kinds between spaced en dashes names no "agencies state"', () => {
    const note = propose(
      ['The Tidewater Press Guild has drawn up a list of 58 different papers – daily, weekly and monthly – that have cut staff this year.'],
      ['The Tidewater Press Guild has drawn up a list of 85 different papers – daily, weekly and monthly – that have cut staff this year.'],
    );
    // (Round 22: told by its own clause, value-clause.ts; the dash aside still names no "agencies state".)
    expect(note.text).toContain(
      'incorrectly reported that the Tidewater Press Guild has drawn up a list of 58 different papers. The correct number is 85.',
    );
  });

  it('pairs and a closing dash go; a hyphened word, a range and a figure inside the aside stay', () => {
    expect(withoutDashAsides('Crews cut 40 trees—most of them oaks—before noon.')).toBe('Crews cut 40 trees before noon.');
    expect(withoutDashAsides('The storm downed 12 poles — the most since 1998.')).toBe('The storm downed 12 poles.');
    expect(withoutDashAsides('Fares rose 3 - 4 percent on well-used routes.')).toBe('Fares rose 3 - 4 percent on well-used routes.');
    expect(withoutDashAsides('The 1990–2001 span saw 12 cases.')).toBe('The 1990–2001 span saw 12 cases.');
  });
});

describe('a count in a list put right alone is a correction', () => {
  it('a rising count of a list drawn up, nothing else new: a correction, not "new number"', () => {
    const note = propose(
      ['The Tidewater Press Guild has drawn up a list of 31 papers that have cut staff this year.', 'The guild meets in May.'],
      ['The Tidewater Press Guild has drawn up a list of 46 papers that have cut staff this year.', 'The guild meets in May.'],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('The correct number is 46, not 31.');
  });

  it('near miss: a total recorded so far still runs', () => {
    expect(countsAList('Health officials have recorded a total of 46 cases', '46')).toBe(false);
    expect(countsAList('The guild has compiled a roster of 46 members', '46')).toBe(true);
  });
});

describe('a figure hyphened to what it measures', () => {
  it('"a 9,500-capacity hall" is the hall\'s capacity', () => {
    const note = propose(
      ['Port Ellery wants its planned 9,500-capacity hall near the docks to draw touring bands.'],
      ['Port Ellery wants its planned 8,500-capacity hall near the docks to draw touring bands.'],
    );
    expect(note.text).toContain('misstated the capacity of the planned hall. It is 8,500, not 9,500.');
  });

  it('"a 240-seat theater", "a nine-member board" read as parts counted; near misses read nothing', () => {
    expect(compoundMeasure('The town opened a 240-seat theater downtown.', '240')).toBe('the number of seats in the theater');
    expect(compoundMeasure('The 11-member panel met.', '11')).toBe('the number of members on the panel');
    expect(compoundMeasure('A 4-year-old girl was found safe.', '4')).toBe('');
    expect(compoundMeasure('The 30-foot mast snapped.', '30')).toBe('');
  });
});

describe('a rate a measure moves to', () => {
  it('a forecast of a rate names the forecast and its time', () => {
    const note = propose(
      ['The council kept its outlook. It sees the vacancy rate falling to 6.2 percent next year and holding there.'],
      ['The council kept its outlook. It sees the vacancy rate falling to 5.8 percent next year and holding there.'],
    );
    expect(note.text).toContain('misstated the forecast for the vacancy rate next year. It is 5.8 percent, not 6.2 percent.');
  });

  it('a level told bare, and near misses: no percent, or a noun cut from a name', () => {
    expect(movedLevel('Truancy rose to 8.5 percent.', '8.5')).toBe('the level of truancy');
    expect(movedLevel('Bond yields are expected to ease to 3.1 percent by 2028.', '3.1')).toBe('the forecast for bond yields by 2028');
    expect(movedLevel('The tide rose to 14 feet.', '14')).toBe('');
    expect(movedLevel('She walked to 4 percent of the stalls.', '4')).toBe('');
  });
});

describe('a measure a thing has', () => {
  it('"the three villages have a combined population of 14,000"', () => {
    const note = propose(
      ['Taken together the three villages have a combined population of 14,000, most of them farmers.'],
      ['Taken together the three villages have a combined population of 41,000, most of them farmers.'],
    );
    expect(note.text).toContain('misstated the combined population of the three villages. It is 41,000, not 14,000.');
  });

  it('a pronoun holder leaves the measure alone; a list is no measure', () => {
    expect(heldMeasure('It would have a combined population of 7 million.', '7')).toBe('the combined population');
    expect(heldMeasure('The club has a list of 84 names.', '84')).toBe('');
  });
});

describe('a sentence-opening common noun lifted into the note', () => {
  it('"Charities seized $3,410 in cash" → "the cash charities seized"', () => {
    const note = propose(
      ['Charities seized $3,410 in cash and two cars, the court said.'],
      ['Charities seized $4,310 in cash and two cars, the court said.'],
    );
    // (Round 18: seized in the past, the sum "was", figure-tense.ts.)
    expect(note.text).toContain('misstated the amount of cash charities seized. It was $4,310, not $3,410.');
  });

  it('near miss: a name keeps its capital, one ending in "-ies" too', () => {
    const text = 'Lorcan Abt paid $900 in fees. Later, Abt said he would appeal.';
    expect(openerLowered('the fees Abt paid', 'Abt paid $900 in fees.', text)).toBe('the fees Abt paid');
    const davies = 'Davies paid $900 in fees. The fine was set by a judge who fined Davies once before.';
    expect(openerLowered('the fees Davies paid', 'Davies paid $900 in fees.', davies)).toBe('the fees Davies paid');
    expect(openerLowered('the cash Agencies seized', 'Agencies seized $900 in cash.', 'Agencies seized $900 in cash.')).toBe(
      'the cash agencies seized',
    );
  });
});
