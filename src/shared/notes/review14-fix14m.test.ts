/**
 * Round 14 (branch fix14m): a speaker set between commas inside the clause it credits ("…, the
 * agency said, and will begin …") is read as the clause's source. Every example is invented here, with
 * near misses that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines as story } from '../../../tests/support/note-stories';
import { withoutInsetSpeaker } from './inset-speakers';
import { endsBeforeNamedPlace } from './named-place-tail';
import { leavesSpentTimeBare } from './spent-time';

const OLD = [
  'A climber injured on Mount Tessel last month has left the hospital in Aspen.',
  'Dana Rivera, 34, fell about 60 feet on April 12 while descending a gully on the north face.',
  'Two other climbers in her party were not hurt.',
];
const noteFor = (lines: string[], at = 2) =>
  proposeNote(story(OLD), story([...OLD.slice(0, at), ...lines, ...OLD.slice(at)]), { date: '2026-11-06' }).note;

describe('a speaker set inside the clause it credits', () => {
  it('lifts a speaker between "and" and a second verb', () => {
    expect(withoutInsetSpeaker('Rivera flew home on May 3 and, the agency said, will begin therapy next week')).toEqual({
      clause: 'Rivera flew home on May 3 and will begin therapy next week',
      verb: 'said',
    });
  });

  it('lifts a speaker between a subject and its verb, in the present and in UK spelling', () => {
    expect(withoutInsetSpeaker('The harbour footbridge, council officials say, will reopen on Monday')?.clause).toBe(
      'The harbour footbridge will reopen on Monday',
    );
  });

  it('lifts a speaker set after the first of two verbs of one subject', () => {
    expect(withoutInsetSpeaker('The ferry resumed service at dawn, the operator confirmed, and will run hourly until Sunday')).toEqual({
      clause: 'The ferry resumed service at dawn and will run hourly until Sunday',
      verb: 'confirmed',
    });
  });

  it('keeps the comma before a second clause with its own subject', () => {
    expect(withoutInsetSpeaker('Crews had power back by noon, the utility said on Tuesday, and schools will open as usual')?.clause).toBe(
      'Crews had power back by noon, and schools will open as usual',
    );
  });

  it('does not read a name that is spelled like the verb as a speaker', () => {
    expect(withoutInsetSpeaker('The winner, Amir Said, will race again in Dunmore next spring')).toBeNull();
  });

  it('does not read a relative clause as a speaker', () => {
    expect(withoutInsetSpeaker('The warden, who said, as expected, that the trail was safe, resigned on Friday')).toBeNull();
  });

  it('leaves a speaker before an aside with no verb to the older rule', () => {
    expect(withoutInsetSpeaker('Prices rose 3 percent, the statistics office said, the fastest pace in a year')).toBeNull();
  });

  it('tells the whole development in the note, credited to the speaker', () => {
    const note = noteFor(['Rivera arrived back in Denver on May 3 and, the county health department said, will begin physical therapy.']);
    expect(note).toMatch(/Rivera arrived back in Denver on May 3 and will begin physical therapy/);
    expect(note).toMatch(/county health department/);
  });

  it('tells a development whose source sits between subject and verb', () => {
    const note = noteFor(['The trail to the north face, park rangers said, will stay closed until June 1.']);
    expect(note).toMatch(/will stay closed until June 1/);
    expect(note).not.toMatch(/rangers said/);
  });
});

describe('a source clause that ends before a named place only', () => {
  it('ends whole before a named place that closes the line', () => {
    expect(endsBeforeNamedPlace('Rivera will begin physical therapy', ' at Front Range Medical Center.')).toBe(true);
    expect(endsBeforeNamedPlace('crews restored power to the hospital', ' in Port Elwin, Ont.')).toBe(true);
  });

  it('does not end before a lower-case phrase or more words the verb still needs', () => {
    expect(endsBeforeNamedPlace('the council made clearing brush', ' along the ridge roads a priority.')).toBe(false);
    expect(endsBeforeNamedPlace('the board will move the meeting', ' to Harlow Hall on Friday.')).toBe(false);
  });
});

describe('time spent keeps what fills it', () => {
  it('does not end a clause on a stretch of time spent', () => {
    expect(leavesSpentTimeBare('Rivera will spend the coming weeks'.split(' '), 'in')).toBe(true);
    expect(leavesSpentTimeBare('the family spent two nights'.split(' '), 'at')).toBe(true);
    expect(leavesSpentTimeBare('the striker is spending the summer'.split(' '), 'recovering')).toBe(true);
    expect(leavesSpentTimeBare('the crew spends most of its days'.split(' '), 'under')).toBe(true);
  });

  it('leaves money spent and time that is not spent alone', () => {
    expect(leavesSpentTimeBare('the town spent $2 million'.split(' '), 'on')).toBe(false);
    expect(leavesSpentTimeBare('the crew worked for two weeks'.split(' '), 'in')).toBe(false);
  });
});
