/**
 * A title changed beside a name that stayed: the person's title put right, or brought up to date
 * when a new line tells the promotion. Every example is invented, each with a near miss.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';
import { retitledPerson } from './retitled-person';
import { creditedTo } from './attribution';

const DATE = '2026-11-06T12:00:00';
const LEAD = 'Negotiators met for six hours in Corvale on Tuesday without a deal on the toll bridge.';
const TAIL = 'The talks will resume next week, officials said.';
const story = (middle: string[]) => storyOfLines(['Bridge talks stall again', LEAD, ...middle, TAIL]);
const propose = (older: string[], newer: string[]) => proposeNote(story(older), story(newer), { date: DATE });
const QUOTE = '"We will not move the tolls,"';

describe('a title changed before the same name', () => {
  it('inside an inverted attribution is the title put right, not a quotation credited to another', () => {
    const note = propose([`${QUOTE} said Harbor Board Vice Chair Mira Tolland.`], [`${QUOTE} said Harbor Board Treasurer Mira Tolland.`]);
    expect(note.kind).toBe('correction');
    // (Told by the title readers when they read it as one fact: describe.ts.)
    expect(note.text).toMatch(/misstated Mira Tolland's title\. Tolland is the Harbor Board treasurer, not a vice chair\./);
    expect(note.text).not.toMatch(/misattributed/);
  });

  it('a title of several words put in place of another keeps its proper name and lowers the post', () => {
    const note = propose(
      [`${QUOTE} said Corvale Harbor Press Secretary Lior Danz.`],
      [`${QUOTE} said Corvale Harbor Chief of Staff Lior Danz.`],
    );
    expect(note.text).toBe(
      "An earlier version of this article misstated Lior Danz's title. Danz is the Corvale Harbor chief of staff, not the Corvale Harbor press secretary.",
    );
  });

  it('with "according to", "told reporters" and "in a statement" alike', () => {
    const according = propose(
      ['The bridge will reopen in May, according to Transit Director Owen Falk.'],
      ['The bridge will reopen in May, according to Deputy Transit Director Owen Falk.'],
    );
    expect(according.text).toMatch(/misstated Owen Falk's title\. Falk is a deputy transit director, not the transit director\./);
    const told = propose(
      ['Port Director Ines Varga told reporters the bridge will reopen in May.'],
      ['Deputy Port Director Ines Varga told reporters the bridge will reopen in May.'],
    );
    expect(told.text).toMatch(/misstated Ines Varga's title\. Varga is a deputy port director, not the port director\./);
    const statement = propose(
      ['The bridge will reopen in May, Transport Minister Ines Varga said in a statement.'],
      ['The bridge will reopen in May, Interior Minister Ines Varga said in a statement.'],
    );
    expect(statement.text).toMatch(/misstated Ines Varga's title\. Varga is interior minister, not transport minister/);
  });

  it('near miss: the name changed too is a quotation credited to someone else, names whole', () => {
    const note = propose([`${QUOTE} said Harbor Board Vice Chair Mira Tolland.`], [`${QUOTE} said Harbor Board Treasurer Ugo Brandt.`]);
    expect(note.text).toMatch(
      /misattributed a quotation\. It was said by Harbor Board Treasurer Ugo Brandt, not Harbor Board Vice Chair Mira Tolland\./,
    );
  });
});

describe('a title changed in apposition after the same name', () => {
  it('is one correction with the whole title, never new comments', () => {
    const note = propose(
      ['Adm. Tova Rand, the navy vice chief of operations, said the patrols would resume.'],
      ['Adm. Tova Rand, the commander of the Southern Fleet Command, said the patrols would resume.'],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toMatch(
      /misstated Tova Rand's title\. Rand is the commander of the Southern Fleet Command, not the navy vice chief of operations\.$/,
    );
    expect(note.text).not.toMatch(/comments/);
  });

  it('near miss: who someone is to the story ("a resident of …") holds no title', () => {
    expect(
      retitledPerson(
        'Ines Varga, a resident of Palmdown, said the tolls hurt.',
        'Ines Varga, a resident of Corvale, said the tolls hurt.',
        '',
        '',
      ),
    ).toBeNull();
  });

  it('near miss: a slip in the title (a letter, an apostrophe, a doubled word) is no new title', () => {
    expect(retitledPerson('County Sheriffs Lt. Ines Varga said so.', 'County Sheriff’s Lt. Ines Varga said so.', '', '')).toBeNull();
    expect(retitledPerson('Ines Varga, the the port director, said so.', 'Ines Varga, the port director, said so.', '', '')).toBeNull();
    expect(retitledPerson('Ines Varga, the port dirctor, said so.', 'Ines Varga, the port director, said so.', '', '')).toBeNull();
  });
});

describe('a title brought up to date by the news', () => {
  it('a new line telling the promotion makes it an update, not a correction', () => {
    const note = propose(
      ['Owen Falk, the deputy harbor master, said the bridge will reopen in May.'],
      ['Owen Falk, the harbor master, said the bridge will reopen in May.', 'The board appointed Falk harbor master on Wednesday.'],
    );
    expect(note.kind).toBe('update');
    expect(note.text).not.toMatch(/misstated/);
  });

  it('so does a new line telling the person left the post ("the former harbor master")', () => {
    const note = propose(
      ['Owen Falk, the harbor master, said the bridge will reopen in May.'],
      ['Owen Falk, the former harbor master, said the bridge will reopen in May.', 'Falk resigned from the harbor board on Thursday.'],
    );
    expect(note.kind).toBe('update');
    expect(note.text).not.toMatch(/misstated/);
  });

  it('near miss: a new line about the person that tells no promotion leaves the correction', () => {
    const note = propose(
      ['Owen Falk, the deputy harbor master, said the bridge will reopen in May.'],
      ['Owen Falk, the harbor master, said the bridge will reopen in May.', 'Falk also said the ferry fares would rise.'],
    );
    expect(note.text).toMatch(/misstated Owen Falk's title\. Falk is the harbor master, not the deputy harbor master/);
  });
});

describe('the credit of an inverted attribution', () => {
  it('keeps a long title whole and leaves the stop out', () => {
    expect(creditedTo(`${QUOTE} said Corvale Harbor Board Vice Chair Mira Tolland.`)).toBe('Corvale Harbor Board Vice Chair Mira Tolland');
  });
});
