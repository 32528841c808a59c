/**
 * Round 14 (branch fix14m): a speaker set between commas inside the clause it credits ("…, the
 * agency said, and will begin …") is read as the clause's source, and an update that adds several
 * sources tells the fact each added, not a list of names. Every example is invented here, with
 * near misses that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { articleFromText } from './eval';
import { withoutInsetSpeaker } from './inset-speakers';
import { endsBeforeNamedPlace } from './named-place-tail';
import { severalSourcesTold } from './several-sources';
import { leavesSpentTimeBare } from './spent-time';

const OLD = [
  'A climber injured on Mount Tessel last month has left the hospital in Aspen.',
  'Dana Rivera, 34, fell about 60 feet on April 12 while descending a gully on the north face.',
  'Two other climbers in her party were not hurt.',
];
const story = (paragraphs: string[]) => articleFromText(paragraphs.join('\n\n'));
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

describe('several sources, each with what it said', () => {
  const credit = (first: string) => `additional comments from ${first}`;

  it('tells two facts from two sources', () => {
    expect(
      severalSourcesTold(
        credit,
        [
          { printed: 'the Marlow Fire Department', said: 'the barn was empty' },
          { printed: 'Marlow Elementary School', said: 'classes will start late on Tuesday' },
        ],
        32,
      )[0],
    ).toBe(
      'additional comments from the Marlow Fire Department that the barn was empty, and from Marlow Elementary School that classes will start late on Tuesday',
    );
  });

  it('tells three facts, with commas between them', () => {
    const [wording] = severalSourcesTold(
      credit,
      [
        { printed: 'Okafor', said: 'the vote was fair' },
        { printed: 'Lindgren', said: 'she will appeal' },
        { printed: 'the election board', said: 'the count is final' },
      ],
      34,
    );
    expect(wording).toBe(
      'additional comments from Okafor that the vote was fair, from Lindgren that she will appeal, and from the election board that the count is final',
    );
  });

  it('names a source with no fact before those with one, then the other way round', () => {
    const wordings = severalSourcesTold(
      credit,
      [
        { printed: 'the harbour master', said: '' },
        { printed: 'Greyling Ferries', said: 'the first sailing will leave at 6 a.m.' },
      ],
      32,
    );
    expect(wordings).toEqual([
      'additional comments from the harbour master and from Greyling Ferries that the first sailing will leave at 6 a.m.',
      'additional comments from Greyling Ferries that the first sailing will leave at 6 a.m., and from the harbour master',
    ]);
  });

  it('leaves names bare when none has a fact, and tells nothing past the budget', () => {
    const bare = [
      { printed: 'Okafor', said: '' },
      { printed: 'Lindgren', said: '' },
    ];
    expect(severalSourcesTold(credit, bare, 32)).toEqual([]);
    expect(
      severalSourcesTold(
        credit,
        [
          { printed: 'Okafor', said: 'the recount in the northern wards found no missing ballots at all this week' },
          { printed: 'Lindgren', said: 'she will file an appeal with the state supreme court before the end of the month' },
        ],
        32,
      ),
    ).toEqual([]);
  });

  it('writes the note with the fact of each source that has one, never the names alone', () => {
    const note = noteFor([
      'The Tessel County Sheriff’s Office said the climbers were well equipped for the route.',
      'Aspen Valley Hospital said Rivera was in good spirits when she left.',
    ]);
    expect(note).toMatch(/from Aspen Valley Hospital that Rivera was in good spirits/);
    expect(note).toMatch(/Sheriff's Office|Sheriff’s Office/);
  });

  it('keeps one source told as a lone source is, not as a list', () => {
    const note = noteFor(['Aspen Valley Hospital said Rivera was in good spirits when she left.']);
    expect(note).toMatch(/Aspen Valley Hospital that Rivera was in good spirits/);
    expect(note).not.toMatch(/, and from/);
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
