/**
 * Round 17 (fix17t): corrections of dates, times and places say which deed was then or there, read
 * from the innermost clause the value sits in, never "the date", "the year given", "the street" or a
 * person "who is" a place. All copy invented.
 */
import { describe, expect, it } from 'vitest';
import { noteForEdit } from '../../../tests/support/note-stories';
import { innermostDeed } from './innermost-deed';

const frame = {
  head: 'Council weighs new plan for the harbor district',
  before: ['Officials in Dunmore County met for three hours on the proposal, which has divided residents for months.'],
  after: ['A final vote is expected next month, a spokeswoman for the county said.'],
  date: '2026-11-06',
};
const note = (older: string, newer: string) => noteForEdit(frame, older, newer).note;
const swap = (line: string, wrong: string, right: string) => note(line.replace('@', wrong), line.replace('@', right));

describe('innermost-deed: the nearest verb before the value, with its own subject', () => {
  it.each([
    [
      'The guidance, which cites a review issued by the Transport Ministry in March 2020, was sent out.',
      'March 2020',
      'the Transport Ministry issued the review',
    ],
    [
      'The Harwick Group, which says it helped shut down the Lantern fraud ring back in 2016, now advises banks.',
      '2016',
      'the Harwick Group says it helped shut down the Lantern fraud ring',
    ],
    [
      'The panel reviewed the Harbor Plan, a planning paper that sets out goals and was issued by the port board in May 2019.',
      'May 2019',
      'the port board issued the Harbor Plan',
    ],
    ['The match, played in front of 30,000 fans at Redmoor Park on Sunday, ended in a draw.', 'Sunday', 'the match was played'],
    [
      'Fennick also claims to have worked with two agencies to break up the Saltmarsh ring back in 2012.',
      '2012',
      'Fennick claims to have worked to break up the Saltmarsh ring',
    ],
    ['The startup, founded in Denver in 2018 by two former teachers, sells software.', 'Denver', 'the startup was founded'],
    [
      'The pilot program, which the agency says it first tested in Wichita in 2021, will expand.',
      'Wichita',
      'the agency says it first tested the pilot program',
    ],
    ['The fire broke out at about 5:15 a.m. Sunday in a warehouse on Mill Road, officials said.', '5:15 a.m.', 'the fire broke out'],
    [
      'The report draws on a survey carried out by the Lindqvist Institute in 2019.',
      '2019',
      'the Lindqvist Institute carried out the survey',
    ],
    [
      'The ruling, handed down by the appeals court in October, struck down the ordinance.',
      'October',
      'the appeals court handed down the ruling',
    ],
    ['Morven Tech also says it opened a second office in Dundee in March.', 'Dundee', 'Morven Tech says it opened a second office'],
  ])('%s', (sentence, value, deed) => {
    expect(innermostDeed(sentence, value)?.deed).toBe(deed);
  });
  it('near miss: a verb that opens on its subject is no passive', () => {
    expect(innermostDeed('Volunteers gathered outside 212 Linden Ave. on Tuesday.', 'Linden Ave.')?.deed).toBe('volunteers gathered');
  });
  it('near miss: "before", "from" or "until" makes the value no "when" or "where" of the deed', () => {
    expect(innermostDeed('The mayor said the bridge would reopen before May.', 'May')).toBeNull();
    expect(innermostDeed('The firm moved to Leeds from Bradford in 2009.', 'Bradford')).toBeNull();
  });
});

describe('notes: the deed a date, day, year or time belongs to', () => {
  it.each([
    [
      'The guidance, which cites a review issued by the Transport Ministry in @, was sent to every depot.',
      'March 2019',
      'March 2020',
      'misstated when the Transport Ministry issued the review. It was March 2020, not March 2019.',
    ],
    [
      'The panel reviewed the Harbor Plan, a planning paper that sets out goals and was issued by the port board in @.',
      'May 2018',
      'May 2019',
      'misstated when the port board issued the Harbor Plan. It was May 2019, not May 2018.',
    ],
    [
      'Fennick also claims to have worked with two agencies to break up the Saltmarsh ring back in @.',
      '2010',
      '2012',
      'misstated when Fennick claims to have worked to break up the Saltmarsh ring. It was 2012, not 2010.',
    ],
    [
      'The Harwick Group, which says it helped shut down the Lantern fraud ring back in @, now advises three regional banks.',
      '2014',
      '2016',
      'the Harwick Group says it helped shut down the Lantern fraud ring. It was 2016, not 2014.',
    ],
    [
      'The match, played in front of 30,000 fans at Redmoor Park on @, ended in a draw.',
      'Saturday',
      'Sunday',
      'misstated when the match was played. It was Sunday, not Saturday.',
    ],
    [
      'The fire broke out at about @ Sunday in a warehouse on Mill Road, fire officials said.',
      '3:15 a.m.',
      '5:15 a.m.',
      'misstated when the fire broke out. It was 5:15 a.m., not 3:15 a.m.',
    ],
    [
      'The new clinic, opened by the health minister on @, will see 200 patients a week.',
      'Friday',
      'Thursday',
      'misstated when the health minister opened the new clinic. It was Thursday, not Friday.',
    ],
  ])('%s', (line, wrong, right, told) => {
    const text = swap(line, wrong, right);
    expect(text).toContain(told);
    expect(text).not.toMatch(/the year given|misstated the date\.|a detail about the events described/);
  });
  it('near miss: a time that now belongs to another deed never names that deed', () => {
    const text = note(
      'The port authority told reporters that the ferry sank about 10 p.m. Friday near the breakwater.',
      'The port authority told reporters that the ferry left Kelby Pier about 4 p.m. Friday and sank near the breakwater.',
    );
    expect(text).not.toMatch(/when the ferry left/);
  });
});

describe('notes: the deed a place belongs to', () => {
  it.each([
    [
      'Volunteers gathered outside 212 @ Ave. on Tuesday.',
      'Carver',
      'Linden',
      'misstated where volunteers gathered. It was outside 212 Linden Ave., not 212 Carver Ave.',
    ],
    [
      'The shelter is at 212 @ Ave.',
      'Carver',
      'Linden',
      'misstated the location of the shelter. It is at 212 Linden Ave., not 212 Carver Ave.',
    ],
    [
      'Outside 88 @ St., a small crowd of neighbours watched silently.',
      'Tolland',
      'Marlow',
      'misstated where a small crowd of neighbours watched. It was outside 88 Marlow St., not 88 Tolland St.',
    ],
    [
      'The startup, founded in @ in 2018 by two former teachers, sells lesson-planning software.',
      'Austin',
      'Denver',
      'misstated where the startup was founded. It was in Denver, not Austin.',
    ],
    [
      'Shares in Halden Foods fell 4 per cent in early trading in @ after the company warned on profits.',
      'Oslo',
      'Bergen',
      'misstated where shares in Halden Foods fell 4 per cent. It was in Bergen, not Oslo.',
    ],
    [
      'The pilot program, which the agency says it first tested in @ in 2021, will expand to 12 cities.',
      'Tulsa',
      'Wichita',
      'misstated where the agency says it first tested the pilot program. It was in Wichita, not Tulsa.',
    ],
    [
      'Morven Tech also says it opened a second office in @ in March to serve clients in the north.',
      'Glasgow',
      'Dundee',
      'misstated where Morven Tech says it opened a second office. It was in Dundee, not Glasgow.',
    ],
    [
      'The @-based carmaker said on Thursday it would cut 900 jobs.',
      'Ostrava',
      'Brno',
      'misstated where the carmaker is based. It is in Brno, not Ostrava.',
    ],
  ])('%s', (line, wrong, right, told) => {
    const text = swap(line, wrong, right);
    expect(text).toContain(told);
    expect(text).not.toMatch(/a person named in it|misstated the street|a name\b/);
  });
  it('near miss: a person met at a place is still a person put right', () => {
    const text = note('Organisers met with Dana Whitcombe on Tuesday.', 'Organisers met with Dana Whitlock on Tuesday.');
    expect(text).not.toMatch(/misstated where/);
  });
});
