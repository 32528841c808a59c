/**
 * Review 11b, group G3: a figure that moves in a running story. Every example is invented here,
 * each rule with a near miss that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { inventedStory as story } from '../../../tests/support/note-stories';
import { ordinalClimbed } from './ordinal-count';
import { countMovedWithDay } from './count-with-day';
import { riskRaised } from './risk-levels';
import { spelledSumFix } from './spelled-sums';
import { joinMovedRange } from './figure-ranges';
import { readEdit } from './edits';
import { countedDeed } from './reported-counts';

const DATE = '2026-11-06T12:00:00';
const propose = (older: string[], newer: string[], headline = 'Gas leak shuts Fenwick mill', newHeadline = headline) =>
  proposeNote(story(headline, older), story(newHeadline, newer), { date: DATE });
const FRAME = 'The mill on Quarry Road was evacuated on Monday morning.';
const CLOSE = 'Fire crews from Fenwick and Astley stayed at the scene into the evening.';

describe('an ordinal of a growing set climbs', () => {
  it('"the sixth person to be hurt" → "seventh", headline too: a new number of people hurt', () => {
    const note = propose(
      [FRAME, 'A night cleaner has become the sixth person to be hurt since the leak began.', CLOSE],
      [FRAME, 'A night cleaner has become the seventh person to be hurt since the leak began.', CLOSE],
      'Cleaner becomes sixth to be hurt at Fenwick mill',
      'Cleaner becomes seventh to be hurt at Fenwick mill',
    );
    expect(note.kind).toBe('update');
    expect(note.text).toMatch(/New number of people hurt\./);
  });

  it('"the second to die" → "third", and digits: a new death toll', () => {
    const words = propose(
      [FRAME, 'Ruth Ambler, 71, became the second resident to die after breathing the fumes.', CLOSE],
      [FRAME, 'Ruth Ambler, 71, became the third resident to die after breathing the fumes.', CLOSE],
    );
    expect(words.kind).toBe('update');
    expect(words.text).toMatch(/New death toll\./);
  });

  it('near miss: an ordinal that fell, a place in a race and a try are no growing set', () => {
    const fell = propose(
      [FRAME, 'A night cleaner has become the seventh person to be hurt since the leak began.', CLOSE],
      [FRAME, 'A night cleaner has become the sixth person to be hurt since the leak began.', CLOSE],
    );
    expect(fell.kind).toBe('correction');
    expect(ordinalClimbed('sixth', 'seventh', 'Dana Pryor finished sixth in the relay.', 'Dana Pryor finished seventh in the relay.')).toBe(
      '',
    );
    expect(
      ordinalClimbed('third', 'fourth', 'It was her third attempt to climb the ridge.', 'It was her fourth attempt to climb the ridge.'),
    ).toBe('');
    expect(
      ordinalClimbed(
        'fourth',
        'fifth',
        'Ames was the fourth woman to lead the mill board.',
        'Ames was the fifth woman to lead the mill board.',
      ),
    ).toBe('');
    expect(
      ordinalClimbed(
        '9th',
        '10th',
        'Alder has become the 9th county to declare an emergency.',
        'Alder has become the 10th county to declare an emergency.',
      ),
    ).toBe('counties to declare an emergency');
  });
});

describe('a count passed on as reported', () => {
  it('"have reportedly been hurt" with a new figure, in the lead and in the headline\'s digits: a new number, no headline fix', () => {
    const note = propose(
      [FRAME, 'Four firefighters have reportedly been hurt after a tank gave way, the union said.', CLOSE],
      [FRAME, 'Seven firefighters have reportedly been hurt after a tank gave way, the union said.', CLOSE],
      'Fenwick mill leak: 4 firefighters hurt',
      'Fenwick mill leak: 7 firefighters hurt',
    );
    expect(note.kind).toBe('update');
    expect(note.text).toMatch(/New number of firefighters hurt\./);
    expect(note.text).not.toMatch(/headline/);
  });

  it('what a reported count counts: the participle of what befell, or the state a report passes on', () => {
    expect(countedDeed('Three welders have reportedly been hurt.', 'welders')).toBe('welders hurt');
    expect(countedDeed('Nine hikers have been reported missing near the pass.', 'hikers')).toBe('hikers missing');
    // Near miss: no perfect passive ("were feared lost"), no participle taken.
    expect(countedDeed('Four boats were feared lost at sea.', 'boats')).toBe('boats');
  });

  it('near miss: a settled count told flatly is put right, and a headline figure the body did not change is a headline fix', () => {
    const settled = propose(
      [FRAME, 'Four firefighters were hurt when the same tank gave way in March 2019.', CLOSE],
      [FRAME, 'Seven firefighters were hurt when the same tank gave way in March 2019.', CLOSE],
    );
    expect(settled.kind).toBe('correction');
    const headline = propose(
      [FRAME, 'Four firefighters were hurt when the same tank gave way in March 2019.', CLOSE],
      [FRAME, 'Four firefighters were hurt when the same tank gave way in March 2019.', CLOSE],
      'Fenwick mill leak: 4 firefighters hurt in 2019',
      'Fenwick mill leak: 7 firefighters hurt in 2019',
    );
    expect(headline.text).toMatch(/headline/);
  });
});

describe('a toll told with its day', () => {
  it('"rose to 4 on Monday after …" → "rose to 5 on Tuesday after …": the later count, and why it moved is its news', () => {
    const note = propose(
      [FRAME, 'The number of injured rose to 4 on Monday after two welders were hurt, the county said.', CLOSE],
      [FRAME, 'The number of injured rose to 5 on Tuesday after a forklift driver was hurt, the county said.', CLOSE],
    );
    expect(note.kind).toBe('update');
    expect(note.text).toMatch(/New number of injured\./);
    expect(note.text).not.toMatch(/incorrectly|misstated/);
  });

  it('near miss: a day that moved back, or the day alone put right, stays a fact put right', () => {
    expect(countMovedWithDay('The toll rose to 4 on Tuesday.', 'The toll rose to 5 on Monday.')).toBe(false);
    expect(countMovedWithDay('The toll rose to 4 on Monday.', 'The toll rose to 4 on Tuesday.')).toBe(false);
    const note = propose(
      [FRAME, 'The number of injured rose to 4 on Tuesday after two welders were hurt, the county said.', CLOSE],
      [FRAME, 'The number of injured rose to 5 on Monday after a forklift driver was hurt, the county said.', CLOSE],
    );
    expect(note.kind).toBe('correction');
  });
});

describe('a forecast level raised', () => {
  it('"a Level 2 out of 5 risk of flash flooding" → "Level 3": the forecast was raised', () => {
    const note = propose(
      ['A Level 2 out of 5 risk of flash flooding covers the Tarrow valley through Thursday night.', CLOSE],
      ['A Level 3 out of 5 risk of flash flooding covers the Tarrow valley through Thursday night.', CLOSE],
      'Storms to soak Tarrow valley',
    );
    expect(note.kind).toBe('update');
    expect(note.text).toMatch(/the risk of flash flooding was raised to Level 3 out of 5\./);
  });

  it('near miss: a level that classes a place, or a level lowered, is no forecast raised', () => {
    expect(riskRaised('The depot sits in a Level 2 flood-risk zone.', 'The depot sits in a Level 3 flood-risk zone.')).toBe('');
    expect(riskRaised('A Level 3 risk of hail covers Carden.', 'A Level 2 risk of hail covers Carden.')).toBe('');
    const zone = propose(
      [FRAME, 'The depot sits in a Level 2 out of 5 flood-risk zone, the county said.', CLOSE],
      [FRAME, 'The depot sits in a Level 3 out of 5 flood-risk zone, the county said.', CLOSE],
    );
    expect(zone.kind).toBe('correction');
  });
});

describe('a sum in words', () => {
  it('"one to two million dollars" → "two to four million dollars": the cost put right, no comments added', () => {
    const note = propose(
      [FRAME, 'Replacing the vats would cost one to two million dollars, Ilse Marr told me.', CLOSE],
      [FRAME, 'Replacing the vats would cost two to four million dollars, Ilse Marr told me.', CLOSE],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toMatch(/misstated the cost of replacing the vats\. It is two to four million dollars, not one to two million\./);
    expect(note.text).not.toMatch(/comments/);
  });

  it('the range is read as one figure that moved; near miss: a span of years in words is no sum', () => {
    expect(readEdit('It took one to two years.', 'It took two to four years.')).toEqual([
      { type: 'corrected', fact: 'number', before: 'one to two', after: 'two to four' },
    ]);
    expect(spelledSumFix('one to two', 'two to four', 'It took one to two years.', 'It took two to four years.')).toBe('');
    const region = { removed: ['Marr'], added: ['Moor'], oldAt: 0, newAt: 0 };
    expect(joinMovedRange([region], ['Marr'])).toEqual([region]);
  });
});
