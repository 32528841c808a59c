/**
 * Review 12b, groups 2, 3 and 5 (branch fix12u): a development told as what was done, with its
 * source named whole and credited. Every example is invented here, with a near miss for each rule.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines as story } from '../../../tests/support/note-stories';

const OLD = [
  'Drought empties Kelby reservoir',
  'KELBY — The Kelby reservoir fell to its lowest level in 40 years on Monday, the water board said.',
  'Households were asked to limit their use of water.',
];
const noteFor = (line: string) => proposeNote(story(OLD), story([...OLD.slice(0, 2), line, OLD[2]!]), { date: '2026-11-06' }).note;

describe('a source named whole and credited', () => {
  it('keeps a business named for its trade whole ("Tarnbury Productions"), as "Tarnbury Studios" was', () => {
    expect(noteFor('Tarnbury Productions said on Tuesday that filming near the reservoir would stop.')).toMatch(
      /[Cc]omments from Tarnbury Productions/,
    );
    expect(noteFor('Tarnbury Studios said on Tuesday that filming near the reservoir would stop.')).toMatch(
      /[Cc]omments from Tarnbury Studios/,
    );
  });

  it('near miss: a person surnamed with a plural stays a person', () => {
    expect(noteFor('Ellen Waters said on Tuesday that filming near the reservoir would stop.')).toMatch(/from Waters\b/);
  });

  it('credits the speaker named in an appositive, never the day after "said"', () => {
    const note = noteFor('A water board spokeswoman, Lise Ormond, said Tuesday that the reservoir would refill by spring.');
    expect(note).toMatch(/[Cc]omments from Lise Ormond that the reservoir would refill by spring/);
    expect(note).not.toMatch(/Details on/);
  });

  it('reads a surname that is a paper\'s word ("Aurel Page") as a person\'s', () => {
    for (const speaker of ['Kelby Mills chief executive Aurel Page', 'Kelby Mills CEO Aurel Page', 'Aurel Page'])
      expect(noteFor(`${speaker} said in a statement Tuesday that Hanley had steadied the board.`)).toMatch(
        /statement from (?:.* )?Page\b/,
      );
  });

  it('near miss: a paper that says something is still no source', () => {
    expect(noteFor("The board's own website said Tuesday that the reservoir would refill by spring.")).not.toMatch(
      /from the board's own website/,
    );
  });
});

describe('an action told as news', () => {
  it('tells an office action with a figure in it, with the day set after the subject', () => {
    expect(noteFor('On Tuesday, the water board reopened three of the five pumping stations.')).toBe(
      'Update, Nov. 6: This article has been updated with news that the water board on Tuesday reopened three of the five pumping stations.',
    );
    expect(noteFor('On Tuesday, the water board extended the hosepipe ban by 45 days.')).toMatch(/news that the water board .*extended/);
  });

  it('near miss: a short action that copies nothing is told as it stands', () => {
    expect(noteFor('The water board reopened the library on Tuesday.')).toBe(
      'Update, Nov. 6: This article has been updated with news that the water board reopened the library on Tuesday.',
    );
  });

  it('keeps the extent of an extension ("by 45 days") and drops what it was about', () => {
    expect(noteFor('On Tuesday, the water board extended the hosepipe ban on the estates by 45 days.')).toBe(
      'Update, Nov. 6: This article has been updated with news that the water board extended the hosepipe ban by 45 days.',
    );
  });

  it('near miss: with no extent at its end, nothing in the middle is dropped', () => {
    expect(noteFor('The water board extended the deadline for the permits until May.')).not.toMatch(/deadline until May/);
  });

  it('reads a short noun ("the ad") as a word, not one clipped by a cut', () => {
    expect(noteFor("The mayor's office pulled the ad from local radio stations on Tuesday, a board spokesman said.")).toMatch(
      /news that the mayor's office pulled the ad/,
    );
  });

  it("tells an office's deed with a spokesman's word at the end as the news", () => {
    const note = noteFor("The mayor's office removed the warning from the city website on Tuesday, a board spokesman said.");
    expect(note).toMatch(/news that the mayor's office removed the warning/);
    expect(note).not.toMatch(/comments from/);
  });

  it('drops "the board said in a filing" with the rest of the attribution', () => {
    const note = noteFor('The water board on Tuesday renamed the reservoir, the board said in a filing.');
    expect(note).toMatch(/renamed the reservoir\.$/);
    expect(note).not.toMatch(/said/);
  });
});

describe('a cut that keeps what the action did', () => {
  it('never ends on an infinitive without its object', () => {
    const note = noteFor(
      'The district council voted Tuesday to set up a panel to audit the water board ahead of the spring budget hearing in Kelby.',
    );
    expect(note).not.toMatch(/to audit\.$/);
    expect(note).toMatch(/voted .*to set up a panel/);
  });

  it('keeps what a letter sent was for, with its receiver after "to"', () => {
    expect(
      noteFor('The Kelby Residents Association said Tuesday that it had also sent the board a letter opposing the hosepipe ban.'),
    ).toMatch(/sent a letter opposing the hosepipe ban to the board\.$/);
  });

  it('near miss: a clause that copies nothing keeps its own order', () => {
    expect(noteFor('The Kelby Residents Association sent the board a letter on Tuesday.')).toMatch(/sent the board a letter/);
  });

  it('reads "the part of the contract" cut before its clause as "part of the contract"', () => {
    expect(noteFor('A county judge on Tuesday blocked the part of the contract that lets the board raise rates.')).toMatch(
      /blocked (?:the )?part of the contract(?: that lets the board raise rates)?\.$/,
    );
    expect(noteFor('A county judge on Tuesday blocked the part of the contract that lets the board raise rates.')).not.toMatch(
      /blocked the part of the contract\.$/,
    );
  });

  it('near miss: "the contract that …" keeps its article', () => {
    expect(noteFor('A county judge on Tuesday blocked the contract that the board signed in May.')).toMatch(/blocked the contract/);
  });
});
