/**
 * Round 13 (fx13d): a day put right at the opening of a sentence whose subject is "they" ("On
 * Thursday, they claimed to have …"). The note names the group the sentence before opens on, and
 * a perfect infinitive ("claimed to have seized") no longer reads as a broken clause. Every
 * example is invented here, each with a near miss that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';
import { checkNoteGrammar } from './grammar';
import { isPerfectInfinitive } from './perfect-infinitive';
import { pluralName } from './plural-name';
import { pronounNamed } from './pronoun-subject';
import { eventNounDated } from './event-noun-dated';

const DATE = '2026-11-06T12:00:00';
const story = (headline: string, paragraphs: string[]) => storyOfLines([headline, ...paragraphs]);
const propose = (older: string[], newer: string[], headline = 'Rebels seize boats off the coast') =>
  proposeNote(story(headline, older), story(headline, newer), { date: DATE });

describe('a day put right before "they"', () => {
  const lines = (day: string) => [
    `The Marlows have been fighting the coast guard in the gulf for a decade. On ${day}, they claimed to have seized two fishing boats, according to local reports.`,
    'The coast guard said it was checking the claim.',
  ];

  it('names the group the sentence before opens on, with what they did', () => {
    const note = propose(lines('Wednesday'), lines('Thursday'));
    expect(note.text).toMatch(/misstated when the Marlows claimed to have seized two fishing boats\. It was Thursday, not Wednesday/);
  });

  it('a plural name is "they" only with a verb that agrees with many', () => {
    expect(pluralName('The Marlows have been fighting the coast guard.')).toBe('the Marlows');
    // Near miss: "The Ledgers has" is one paper, not "they".
    expect(pluralName('The Ledgers has been fighting the court.')).toBe('');
    expect(pluralName('The Marlows claimed the boats.')).toBe('');
  });

  it('"they" after a short day opening takes the group; elsewhere the sentence stands', () => {
    const before = 'The Marlows have been fighting the coast guard in the gulf for a decade. ';
    expect(pronounNamed('On Friday, they seized a boat.', before, before)).toBe('On Friday, the Marlows seized a boat.');
    // Near miss: "they" deep in the sentence is left alone.
    expect(pronounNamed('Boats left the port after they seized one.', before, before)).toBe('Boats left the port after they seized one.');
  });

  it('a day left with a "they" nothing names gives no claim about "they"', () => {
    const older = ['Fishing resumed near the port last month. On Wednesday, they claimed to have seized two fishing boats, locals said.'];
    const newer = ['Fishing resumed near the port last month. On Thursday, they claimed to have seized two fishing boats, locals said.'];
    expect(propose(older, newer).text).not.toMatch(/\bthey claimed\b/);
  });
});

describe('a perfect infinitive reads as grammar', () => {
  it('"to have" before a participle is no broken run', () => {
    expect(isPerfectInfinitive('claimed to have struck a ship', 8)).toBe(true);
    expect(isPerfectInfinitive('is believed to have been lost', 12)).toBe(true);
    // Near miss: "to have a say" is not a perfect infinitive.
    expect(isPerfectInfinitive('wants to have a say', 6)).toBe(false);
  });

  it('the grammar check passes "to have seized" and still flags "details on have"', () => {
    expect(checkNoteGrammar('An earlier version misstated when the Marlows claimed to have seized two boats.')).toEqual([]);
    expect(checkNoteGrammar('An earlier version gave details on have a plan.').map((p) => p.rule)).toContain('dangling-word');
  });
});

describe('a date that closes a named event', () => {
  it('dates the event a circumstance names: a result over a rival, a protest in a place', () => {
    expect(eventNounDated('Marlowe struck out eight in six innings of a 5-2 win over the Herons on Sept. 4.', 'Sept. 4')).toBe(
      'the 5-2 win over the Herons',
    );
    expect(eventNounDated('Members raised the use of a rifle during a student protest in Garrow district on July 25.', 'July 25')).toBe(
      'the student protest in Garrow district',
    );
  });

  it('leaves a date that may be the clause’s own, or a phrase with a verb in it', () => {
    // Near misses: the vote is the object of "criticized"; "group" is no event; the phrase holds a verb.
    expect(eventNounDated('The mayor criticized the vote on July 25.', 'July 25')).toBe('');
    expect(eventNounDated('She spoke for a protest group on July 25.', 'July 25')).toBe('');
    expect(eventNounDated('Tickets went fast for the game in Dunmore was moved on July 25.', 'July 25')).toBe('');
  });

  it('the note names the event and keeps the date right and wrong', () => {
    const lines = (date: string) => [
      `Marlowe struck out eight in six innings of a 5-2 win over the Herons on ${date}, beating Ostrander, who gave up four runs.`,
      'The teams split their last four meetings.',
    ];
    expect(propose(lines('Sept. 14'), lines('Sept. 4'), 'Kestrels host Herons').text).toMatch(
      /misstated the date of the 5-2 win over the Herons\. It was Sept\. 4, not Sept\. 14/,
    );
  });
});
