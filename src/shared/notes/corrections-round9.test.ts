/**
 * Round nine of the correction paths (issue 12): facts turned round inside the same words, states
 * that move on in one sentence, style edits that read as facts, and the right fact told whole.
 * Every example is invented for this file, each with a near miss that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';
import { checkNoteGrammar } from './grammar';
import { readEdit, polarWords } from './edits';
import { stateMovedOn } from './running-states';
import { stampOf } from './stamps';
import { peopleNamedIn, sentencesInReach } from './referents';

const DATE = '2026-04-02T09:00:00-05:00';
const story = (...paragraphs: string[]) =>
  storyOfLines(['Valley desk roundup', 'Crews worked through the night in Carrow.', ...paragraphs, 'The town council meets Thursday.']);
const propose = (older: string, newer: string) => proposeNote(story(older), story(newer), { date: DATE });
const clean = (text: string) => expect(checkNoteGrammar(text)).toEqual([]);

describe('a fact turned round inside the same words is a correction, not word order', () => {
  it('a winner and loser exchanged across the verb: the claim, and the right one', () => {
    const note = propose(
      'Hollis beat Marten 4-2 in the regional semifinal on Saturday.',
      'Marten beat Hollis 4-2 in the regional semifinal on Saturday.',
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('incorrectly reported that Hollis beat Marten 4-2');
    expect(note.text).toContain('Marten beat Hollis');
    clean(note.text);
  });

  it('two places exchanged across "to": where it went was turned round', () => {
    const note = propose('The barge sailed from Quill to Ostry on Monday.', 'The barge sailed from Ostry to Quill on Monday.');
    expect(note.kind).toBe('correction');
    expect(note.text).toMatch(/Ostry to Quill/);
  });

  it('near miss: a list reordered, or two sides of a verb done to each other, stay cosmetic', () => {
    expect(propose('Hollis and Marten met on Saturday.', 'Marten and Hollis met on Saturday.').kind).toBe('none');
    expect(propose('Hollis met Marten on Saturday.', 'Marten met Hollis on Saturday.').kind).toBe('none');
    expect(readEdit('Hollis, Marten and Ruiz spoke.', 'Ruiz, Marten and Hollis spoke.')).toEqual([
      { type: 'cosmetic', reason: 'word order' },
    ]);
  });

  it('"up" → "down" and "before" → "after" are facts put right, though both are function words', () => {
    const down = propose(
      'Bus ridership is up 8 percent this spring, the transit board said.',
      'Bus ridership is down 8 percent this spring, the transit board said.',
    );
    expect(down.kind).toBe('correction');
    expect(down.text).toMatch(/ridership is up 8 percent/);
    expect(down.text).toMatch(/down/);
    const after = propose(
      'The alarm sounded before the roof fell, witnesses said.',
      'The alarm sounded after the roof fell, witnesses said.',
    );
    expect(after.kind).toBe('correction');
    expect(after.text).toContain('after the roof fell');
  });

  it('a "not" put into or taken out of a quotation misquotes the speaker, named with the quotation', () => {
    const into = propose('"We will sell the depot," Okafor said.', '"We will not sell the depot," Okafor said.');
    expect(into.kind).toBe('correction');
    expect(into.text).toContain('misquoted Okafor');
    expect(into.text).toContain('"We will not sell the depot."');
    const out = propose('"We will not sell the depot," Okafor said.', '"We will sell the depot," Okafor said.');
    expect(out.kind).toBe('correction');
    expect(out.text).toContain('"We will sell the depot."');
    clean(into.text);
  });

  it('near miss: "not only" and "not least" restyles negate nothing', () => {
    expect(
      propose('The fund was backed by the guild and the mill.', 'The fund was backed not only by the guild but by the mill.').kind,
    ).toBe('none');
    expect(polarWords(['backed', 'not', 'least', 'by'])).toBe('');
    expect(polarWords(['did', "didn't", 'go'])).toBe('not');
  });
});

describe('a lasting state that moves on in one sentence is a development', () => {
  it('"is closed" → "is open again", "under way" → "over", "in effect" → "has expired", "in place" → "lifted"', () => {
    const cases: [string, string, string][] = [
      ['Route 12 is closed between Carrow and Lisle.', 'Route 12 is open again between Carrow and Lisle.', 'Route 12 is open again'],
      ['The hunt for the escaped horse is under way.', 'The hunt for the escaped horse is over.', 'the hunt is over'],
      [
        'A wind advisory is in effect for Lisle County.',
        'A wind advisory for Lisle County has expired.',
        'wind advisory for Lisle County has expired',
      ],
      ['A shelter order is in place at Carrow Middle School.', 'The shelter order at Carrow Middle School was lifted.', 'was lifted'],
    ];
    for (const [older, newer, news] of cases) {
      const note = propose(older, newer);
      expect(note.kind, newer).toBe('update');
      expect(note.text, newer).toContain(news);
      expect(note.text).not.toMatch(/incorrectly|misstated|Additional details/);
      clean(note.text);
    }
  });

  it('a course that turned as the day moved on is told as the development', () => {
    const note = propose('The squall line is moving west toward Lisle.', 'The squall line has turned south toward Lisle.');
    expect(note.kind).toBe('update');
    expect(note.text).toContain('the squall line has turned south');
  });

  it('near miss: "closed" → "open" with nothing that marks time stays a correction', () => {
    const note = propose('Route 12 is closed.', 'Route 12 is open.');
    expect(note.kind).toBe('correction');
    expect(stateMovedOn('Route 12 is closed.', 'Route 12 is open.')).toBe('');
    // Another thing altogether moved on: no shared subject, no development of this one.
    expect(stateMovedOn('Route 12 is closed.', 'The ferry is running again.')).toBe('');
    // A line that says what was wrong is a correction, whatever it marks.
    expect(stateMovedOn('Route 12 is closed.', 'Route 12 is open again, not closed.')).toBe('');
  });
});

describe('a measure keeps its unit, and a running one is no "misstated the distance"', () => {
  it('a level put right is told with its unit on both sides', () => {
    const note = propose('The creek stood at 14 feet.', 'The creek stood at 19 feet.');
    expect(note.kind).toBe('correction');
    expect(note.text).toContain("the creek's level");
    expect(note.text).toContain('19 feet, not 14 feet');
    expect(note.text).not.toContain('distance');
  });

  it('near miss: the same level read again at a later hour is an update', () => {
    const note = propose('The creek stood at 14 feet at 5 a.m.', 'The creek stood at 19 feet at 11 a.m.');
    expect(note.kind).toBe('update');
    expect(note.text).not.toMatch(/misstated|distance/);
  });
});

describe('style edits are no facts', () => {
  it('"Less than" → "Fewer than" opening the sentence is no name put right', () => {
    expect(propose('Less than 25 boats entered the regatta.', 'Fewer than 25 boats entered the regatta.').kind).toBe('none');
  });

  it('"No one" → "Nobody", "everyone" → "everybody" say the same', () => {
    expect(propose('No one was injured in the pileup.', 'Nobody was injured in the pileup.').kind).toBe('none');
    expect(propose('The mayor thanked everyone who came.', 'The mayor thanked everybody who came.').kind).toBe('none');
  });

  it('near miss: a name that opens the sentence, put right, is still a correction', () => {
    expect(propose('Garrity won the seat by 40 votes.', 'Gerrity won the seat by 40 votes.').kind).toBe('correction');
  });
});

describe('the right fact is told whole', () => {
  it('numbers of two roads exchanged: each road with its number, no stray "It was 9."', () => {
    const note = propose(
      'Plows cleared State Highway 17 and County Road 5 overnight.',
      'Plows cleared State Highway 5 and County Road 17 overnight.',
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('State Highway 5 and County Road 17');
    expect(note.text).not.toMatch(/It was \d+\./);
  });

  it('a verb turned round keeps its object before a time: "They shut Pier 4", not "They shut."', () => {
    const note = propose(
      'Officers opened Pier 4 at dawn, the harbor master said.',
      'Officers shut Pier 4 at dawn, the harbor master said.',
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toMatch(/They shut Pier 4\.$/);
  });
});

describe('one home for the reach of names (referents.ts)', () => {
  it('reads the last five sentences, nearest first, and counts each person once by surname', () => {
    const before = 'One. Two. Three. Four. Five. Six.';
    expect(sentencesInReach(before)).toEqual(['Six.', 'Five.', 'Four.', 'Three.', 'Two.']);
    expect(peopleNamedIn(['Nell Ortiz spoke.', 'Ortiz left with Sam Ruel on Sunday.', 'The Carrow Marathon ran.'])).toBe(2);
  });
});

describe('the claim turned round is told, not copied', () => {
  it('a "not" taken out of a claim: the old claim, cut where the new line would be copied', () => {
    const note = propose(
      'Lisle is not among the towns chosen for the grant, officials said.',
      'Lisle is among the towns chosen for the grant, officials said.',
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('incorrectly reported that Lisle is not among the towns');
    clean(note.text);
  });

  it('two teams exchanged: the right fact names both, not a pronoun for one', () => {
    const note = propose('The Herons edged the Otters on Sunday.', 'The Otters edged the Herons on Sunday.');
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('The Otters edged the Herons.');
    expect(note.text).not.toMatch(/\bIt edged\b/);
  });
});

describe('running figures stamped "Tuesday morning" (AP drops the "on")', () => {
  it('containment read again a day later is an update, not "misstated when"', () => {
    const note = propose(
      'The Ridgeback fire was 20 percent contained Sunday night.',
      'The Ridgeback fire was 35 percent contained Monday morning.',
    );
    expect(note.kind).toBe('update');
    expect(note.text).not.toMatch(/misstated|incorrectly/);
  });

  it('near miss: the stamp moved back is a fact put right', () => {
    const note = propose(
      'The Ridgeback fire was 35 percent contained Monday morning.',
      'The Ridgeback fire was 20 percent contained Sunday night.',
    );
    expect(note.kind).toBe('correction');
  });

  it('a dimension is named by the word after its unit', () => {
    const note = propose('The new pier is 80 feet long.', 'The new pier is 120 feet long.');
    expect(note.text).toContain("the new pier's length. It is 120 feet, not 80 feet");
  });
});

describe('more shapes of round nine', () => {
  it('"None of" → "No one among" is no figure and no name', () => {
    expect(propose('None of the 9 riders were hurt.', 'No one among the 9 riders was hurt.').kind).toBe('none');
  });

  it('names exchanged across a verb of speech: the old line and the new', () => {
    const note = propose('Ortiz said Kemp would chair the board.', 'Kemp said Ortiz would chair the board.');
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('incorrectly reported that Ortiz said Kemp would chair the board. Kemp said Ortiz would chair the board.');
  });

  it('a wind that shifted is the development', () => {
    expect(stateMovedOn('The wind is blowing from the south.', 'The wind has shifted to the east.')).toBe(
      'the wind has shifted to the east',
    );
    // Near miss: a wind put right with nothing that marks time is no development.
    expect(stateMovedOn('The wind is blowing from the south.', 'The wind is blowing from the east.')).toBe('');
  });
});

describe('names exchanged: the converse is the same fact', () => {
  it('near miss: "spoke before" → "spoke after", "ahead of" → "behind" with the names exchanged say the same', () => {
    expect(propose('Kemp testified before Ortiz at the inquiry.', 'Ortiz testified after Kemp at the inquiry.').kind).toBe('none');
    expect(propose('Kemp finished ahead of Ortiz in the sprint.', 'Ortiz finished behind Kemp in the sprint.').kind).toBe('none');
  });

  it('"X, not Y" turned round is a correction that names the claim', () => {
    const note = propose('The Larks, not the Wrens, took the pennant.', 'The Wrens, not the Larks, took the pennant.');
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('incorrectly reported that the Larks, not the Wrens, took the pennant');
  });
});

describe('an unled day and part stamp only the figure they follow', () => {
  it('reads "35 percent contained Monday morning", not "started Sunday night and has burned 300 acres"', () => {
    expect(stampOf('The Ridgeback fire was 35 percent contained Monday morning.')).toEqual({ day: 0, part: 1, minutes: -1 });
    expect(stampOf('The Ridgeback fire started Sunday night and has burned 300 acres.')?.day ?? -1).toBe(-1);
    // A led day wins over an unled one: "by Tuesday" stamps the count.
    expect(stampOf('The fire started Monday night and was 30 percent contained by Tuesday.')?.day).toBe(1);
  });
});

describe('a day that moved forward with a development is part of it', () => {
  it('"up 6 cents on Friday" → "down 6 cents on Saturday" is the later reading, not a day put right', () => {
    const note = propose('Diesel prices were up 6 cents on Friday.', 'Diesel prices were down 6 cents on Saturday.');
    expect(note.kind).toBe('update');
    expect(note.text).not.toMatch(/misstated|incorrectly/);
  });

  it('near miss: the same direction turned on the same day is a correction', () => {
    expect(propose('Diesel prices were up 6 cents on Friday.', 'Diesel prices were down 6 cents on Friday.').kind).toBe('correction');
  });
});

describe('a state that moved on in a line rewritten where it stood', () => {
  it('"is blowing from the south" → "has shifted to the east …" is told as the development', () => {
    const note = propose('The wind is blowing from the south at 20 mph.', 'The wind has shifted to the east and eased to 8 mph overnight.');
    expect(note.kind).toBe('update');
    expect(note.text).toContain('the wind has shifted to the east');
  });
});
