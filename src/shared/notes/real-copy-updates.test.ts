/**
 * Round ten, real copy (updates): an independent reviewer revised real published articles and
 * found notes that cut the news mid-clause, credited the wrong person, read photo captions as news
 * and left pronouns with nothing to refer to. Every example here is invented (other names, places,
 * numbers), each with a near miss that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { articleFromText } from './eval';
import { compressClause } from './news-clause';
import { cutsAwayTheNews, ownPossessive } from './clause-ends';

const DATE = '2026-03-14T10:00:00-05:00';
const story = (...paragraphs: string[]) => articleFromText(['Ferry terminal destroyed by fire', ...paragraphs].join('\n\n'));
const propose = (older: string[], newer: string[], style?: Parameters<typeof proposeNote>[2]['style']) =>
  proposeNote(story(...older), story(...newer), { date: DATE, style });
const clause = (sentence: string) => compressClause(sentence, `Headline\n${sentence}`)?.clause ?? '';
const FIRE = 'A fire destroyed the Ashford ferry terminal on Monday.';

describe('a clause is never cut where its news begins', () => {
  it('never ends on a reporting verb whose "that"-clause was dropped', () => {
    const told = clause('On Tuesday, Circuit Judge Maren Okafor ruled that the retrial would begin in October, rejecting a request.');
    expect(told).not.toMatch(/\bruled$/);
    expect(
      clause('The fire marshal said an initial investigation had found that a faulty heater in the ticket office started the blaze.'),
    ).not.toMatch(/\bfound$/);
  });

  it('keeps "in connection with" whole or cuts before it', () => {
    const note = propose(
      [FIRE],
      [FIRE, 'Police said Wednesday they had arrested four people in connection with the fire, two of them former employees.'],
    );
    expect(note.text).not.toMatch(/in connection\./);
    expect(note.text).toMatch(/arrested four people/);
  });

  it('never drops the charges of "charged X … with …", a second object, a span from a point, or an "until"', () => {
    expect(cutsAwayTheNews('a county prosecutor charged three of the four people arrested with arson'.split(' '), 8)).toBe(true);
    expect(cutsAwayTheNews('the board gave the Harbor Party 14 of the 25 seats'.split(' '), 6)).toBe(true);
    expect(cutsAwayTheNews('crews shut the valve about four hours after the break'.split(' '), 7)).toBe(true);
    expect(cutsAwayTheNews('the ferry line will remain closed until next month'.split(' '), 6)).toBe(true);
    expect(clause('The ferry line will remain closed until next month, Transport Director Ilse Varga said.')).not.toMatch(
      /closed$|remain$/,
    );
    expect(
      clause('Official results released Wednesday by the county elections board gave the Harbor Party 14 of the 25 seats.'),
    ).not.toMatch(/(?:released|board|Wednesday|Party)$/);
  });

  it('near miss: a cut at a phrase that is done is still made', () => {
    expect(cutsAwayTheNews('police arrested four people on Wednesday in Ashford'.split(' '), 4)).toBe(false);
    expect(cutsAwayTheNews('the county charged three people with arson on Monday'.split(' '), 7)).toBe(false);
    expect(cutsAwayTheNews('the ferry will stay closed, officials said'.split(' '), 5)).toBe(false);
    expect(
      clause(
        'Police arrested four people near the old ferry terminal in Ashford on Wednesday after a long chase through the harbor district.',
      ),
    ).toMatch(/^police arrested four people/);
  });
});

describe('a source reporting its own figures is told as the news, not as "comments"', () => {
  it('"X said that its revenue …" names X for "its" and tells the figure', () => {
    const note = propose(
      ['Harbrook Foods opened its tenth store in Ashford this year.'],
      [
        'Harbrook Foods opened its tenth store in Ashford this year.',
        'Harbrook Foods said Tuesday that its second-quarter revenue more than tripled to $2.1 billion, as sales at its new stores rose 4 percent.',
      ],
    );
    expect(note.text).toMatch(/\$2\.1 billion/);
    expect(note.text).not.toMatch(/comments from/);
  });

  it("near miss: a possessive that is not the speaker's own, or a speaker with no name, is left as written", () => {
    expect(ownPossessive('its revenue tripled', 'Harbrook Foods')).toBe("Harbrook Foods' revenue tripled");
    expect(ownPossessive('its revenue tripled', 'the company')).toBe('its revenue tripled');
    expect(ownPossessive('the revenue tripled', 'Harbrook Foods')).toBe('the revenue tripled');
  });
});
