/**
 * Review 13a, groups 1, 5 and 8: a figure, date or duration tied to what it measures; a count keeps
 * its counted noun; a date note keeps its clause's subject. Every example is invented here, each
 * rule with a near miss that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { inventedStory as story } from '../../../tests/support/note-stories';
import { membersHead } from './member-plurals';
import { pastDeedTaggedAsNoun } from './past-deeds';
import { howLongItTook } from './it-took';
import { sizeOfChange } from './change-sizes';
import { leadsAClause } from './preposition-leads';
import { ownersDatedEvent } from './possessed-dates';
import { isRelativeDay, relativeDayPhrase } from './relative-days';
import { withDatedEventLicensed } from './dated-event-copy';
import { copiedFragment } from './grammar';
import { tagged } from './topics';
import { datesRequestedDeed } from './requested-deeds';

const DATE = '2026-11-06T12:00:00';
const propose = (older: string[], newer: string[], headline = 'Valley board weighs ferry fares') =>
  proposeNote(story(headline, older), story(headline, newer), { date: DATE });

describe('a count keeps its counted noun', () => {
  it('a capitalized plural of members heads the count', () => {
    const note = propose(
      ['A bloc of 23 township Greens on Tuesday urged the board to drop the ferry surcharge.', 'The board meets in June.'],
      ['A bloc of 32 township Greens on Tuesday urged the board to drop the ferry surcharge.', 'The board meets in June.'],
    );
    expect(note.text).toContain('misstated the number of township Greens. The correct number is 32, not 23.');
    expect(membersHead(tagged('Senate Liberals'))).toBe(true);
    // Near miss: a place or a singular capital is no plural of members.
    expect(membersHead(tagged('county Kansas'))).toBe(false);
    expect(membersHead(tagged('harbor Board'))).toBe(false);
  });

  it('a past form the tagger reads as a noun is the deed a count of times repeats', () => {
    const note = propose(
      ['A masked rider on a scooter shot Mr Vantrell two times in the leg outside a bakery, officers said.', 'He is recovering.'],
      ['A masked rider on a scooter shot Mr Vantrell four times in the leg outside a bakery, officers said.', 'He is recovering.'],
    );
    expect(note.text).toContain('the number of times a masked rider on a scooter shot Mr Vantrell');
    expect(note.text).not.toMatch(/the number of times\. /);
    expect(pastDeedTaggedAsNoun(tagged('A masked rider on a scooter shot Mr Vantrell'))).toBe(true);
    // Near miss: "a shot of the pier" holds no deed — no noun stands before it.
    expect(pastDeedTaggedAsNoun(tagged('a shot of the pier'))).toBe(false);
  });
});

describe('a duration, a change and a date name what they measure', () => {
  it('"it took <span> to <deed>" is how long the deed took', () => {
    const note = propose(
      [
        'Three goats escaped from a petting farm near Lorrimer on Sunday.',
        'It took about four hours to coax the goats back, the farm said.',
      ],
      ['Three goats escaped from a petting farm near Lorrimer on Sunday.', 'It took about an hour to coax the goats back, the farm said.'],
    );
    expect(note.text).toContain('misstated how long it took to coax the goats back. It took about an hour, not about four hours.');
    // Near miss: a count of tries, not a span of time, stays out of this reading.
    expect(howLongItTook('It took three ballots to pick a chair.', 'two', 'three')).toBeNull();
  });

  it('a "them" in the deed is the one plural the sentence before names', () => {
    const said = 'A keeper said the ponies ran onto the bypass. It took about an hour to lead them home, the keeper said.';
    const line = 'It took about an hour to lead them home, the keeper said.';
    expect(howLongItTook(line, 'three hours', 'an hour', said)?.what).toBe('how long it took to lead the ponies home');
    // Near miss: with two plurals in reach, "them" is no one the note can name.
    const two = 'A keeper said the ponies and the donkeys ran onto the bypass. It took about an hour to lead them home, the keeper said.';
    expect(howLongItTook(line, 'three hours', 'an hour', two)).toBeNull();
  });

  it('a figure before a noun of change is the size of that change', () => {
    const note = propose(
      ['The agency also notes a 31% rise in winter use of ferry passes, mostly by students.', 'Fares are set in May.'],
      ['The agency also notes a 13% rise in winter use of ferry passes, mostly by students.', 'Fares are set in May.'],
    );
    expect(note.text).toContain('misstated the size of the rise in winter use of ferry passes. It is 13%, not 31%.');
    // "a stimulant, zolpidem,": the name beside "a <noun>" is what changed.
    expect(sizeOfChange('It warns of a 12% jump in the use of a sedative, zolpidem, in clinics.', '12%')).toBe(
      'the size of the jump in the use of zolpidem',
    );
    // Near miss: a raise with no "in …" after it names no thing changed.
    expect(sizeOfChange('Drivers won a 4% raise last week.', '4%')).toBe('');
  });

  it('a date between an owner and its noun dates the owner\u2019s event', () => {
    const note = propose(
      ['Mayor Ada Quint will skip the fair because it falls a week before the town\u2019s June 12 referendum.'],
      ['Mayor Ada Quint will skip the fair because it falls a week before the town\u2019s June 21 referendum.'],
    );
    expect(note.text).toMatch(/misstated the date of the town['\u2019]s referendum\. It is June 21, not June 12\./);
    expect(ownersDatedEvent('a week before the town\u2019s', ' referendum.')).toBe('the town\u2019s referendum');
    // Near miss: an owner with no noun after the date is left to the caller.
    expect(ownersDatedEvent('the ruling of the town\u2019s', ', officials said.')).toBe('');
  });

  it('an event after "the date" may be told in the article\u2019s words, to a limit', () => {
    const article = 'The sale and lease of farm drones became legal on 9 April in Kellsford.';
    expect(copiedFragment('misstated the date the sale and lease of farm drones became legal.', article)).toBe('');
    expect(withDatedEventLicensed('misstated the date the sale and lease of farm drones became legal.')).toBe(
      'misstated the date "event".',
    );
    // Near miss: the same words outside a dated event are still copying, after "the night" too.
    expect(copiedFragment('Details on the sale and lease of farm drones became legal.', article)).not.toBe('');
    const night = 'Crews worked through the night to clear the lanes before the early ferry came in.';
    expect(copiedFragment('Details on crews worked through the night to clear the lanes before the early ferry.', night)).not.toBe('');
  });

  it('a relative day is quoted whole and told as when', () => {
    const note = propose(
      ['The trust will open the boathouse to members tomorrow morning to show the repairs, though the pier stays shut.'],
      ['The trust will open the boathouse to members this morning to show the repairs, though the pier stays shut.'],
    );
    expect(note.text).toContain('It is this morning, not tomorrow morning.');
    expect(note.text).toContain('misstated when the trust will open the boathouse to members');
    expect(relativeDayPhrase('They meet next week.', 'next')).toBe('next week');
    expect(isRelativeDay('tonight')).toBe(true);
    // Near miss: "this plan" and "next to" are no days.
    expect(relativeDayPhrase('This plan sits next to the old one.', 'this')).toBe('');
    expect(isRelativeDay('this plan')).toBe(false);
  });
});

describe('a date note keeps its clause\u2019s subject', () => {
  it('"before the panel" is a preposition, and the subject before an aside stays', () => {
    const note = propose(
      [
        'Harbor trustees pressed for a new audit.',
        'The caucus, led by Budget Chairman Lew Pryor, also asked Dock Manager Ines Varga to appear before the board on May 3.',
      ],
      [
        'Harbor trustees pressed for a new audit.',
        'The caucus, led by Budget Chairman Lew Pryor, also asked Dock Manager Ines Varga to appear before the board on May 13.',
      ],
    );
    expect(note.text).toContain('misstated the date the caucus asked Dock Manager Ines Varga to appear before the board. It is May 13');
    expect(datesRequestedDeed('the caucus asked Dock Manager Ines Varga to appear before the board')).toBe(true);
    // Near miss: a deed agreed to asks no one; its tense is the clause's own.
    expect(datesRequestedDeed('the dock manager agreed to appear before the board')).toBe(false);
    expect(leadsAClause('the board')).toBe(false);
    // Near miss: "before the board voted" leads a clause of its own.
    expect(leadsAClause('the board voted')).toBe(true);
  });
});
