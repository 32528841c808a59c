/**
 * Round 11 of issue 12, from review 11a on real copy: a date, day or year put right names the
 * event that happened then ("misstated the day the blaze broke out …"), in the event's tense, with
 * AP's comma between a day and its year; a span between two events names them; a year put right in
 * "has coached … since 2011" is a correction, never "new figures". Copy of our own making; each
 * rule has a near miss that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';
import { eventOfDate, withDateComma } from './event-of-date';
import { daysApart } from './days-apart';
import { yearPutRight } from './fixed-years';

const DATE = '2026-11-06T10:00:00-05:00';
const story = (...paragraphs: string[]) => storyOfLines(['Harbor town notebook', ...paragraphs]);
const after = ['Residents can write to the council with questions.'];
const note = (was: string, now: string) => proposeNote(story(was, ...after), story(now, ...after), { date: DATE });

describe('a date put right names its event', () => {
  it.each([
    [
      'a day inside a relative clause',
      'The blaze that broke out in a warehouse on Friday night spread to two shops before dawn.',
      'The blaze that broke out in a warehouse on Saturday night spread to two shops before dawn.',
      'misstated when the blaze broke out in a warehouse. It was Saturday, not Friday.',
    ],
    [
      'a year in a clause led by "when"',
      'The mill prospered when Osric Vale was elected mayor in 1998 after a bitter race.',
      'The mill prospered when Osric Vale was elected mayor in 1999 after a bitter race.',
      'misstated the year Osric Vale was elected mayor. It was 1999, not 1998.',
    ],
    [
      'a closing date after "until"',
      'The lantern festival opened in May and will run until Aug. 17.',
      'The lantern festival opened in May and will run until Aug. 10.',
      'misstated how long the lantern festival will run. It will run until Aug. 10, not Aug. 17.',
    ],
    [
      'a month after a participle',
      'Even so, orders for ferries have rebounded, hitting a record in March 2024.',
      'Even so, orders for ferries have rebounded, hitting a record in April 2024.',
      'misstated the month orders for ferries hit a record. It was April 2024, not March 2024.',
    ],
    [
      'a chronology line, with the comma AP sets before the year',
      'Sept. 9, 1951: First regatta. The Gulls won by two lengths.',
      'Sept. 2, 1951: First regatta. The Gulls won by two lengths.',
      'misstated the date of the first regatta. It was Sept. 2, 1951, not Sept. 9, 1951.',
    ],
    [
      'a date before its noun',
      'Investigators studied debris from the May 3 crash that destroyed a hangar at Penwick airfield.',
      'Investigators studied debris from the May 4 crash that destroyed a hangar at Penwick airfield.',
      'misstated the date of the crash that destroyed a hangar at Penwick airfield. It was May 4, not May 3.',
    ],
    [
      'a day between a subject and its verb, with no pronoun left dangling',
      'The school board on Thursday voted 4-3 to close it, citing falling enrollment.',
      'The school board on Wednesday voted 4-3 to close it, citing falling enrollment.',
      'misstated when the school board voted 4-3. It was Wednesday, not Thursday.',
    ],
    [
      'a main clause closing on its month',
      'Marrow Bay joined the regional water compact in October 2019.',
      'Marrow Bay joined the regional water compact in November 2019.',
      'misstated the month Marrow Bay joined the regional water compact. It was November 2019, not October 2019.',
    ],
    [
      'a participle set beside its noun',
      'The boathouse, built in 1961, will be torn down this spring.',
      'The boathouse, built in 1966, will be torn down this spring.',
      'misstated the year the boathouse was built. It was 1966, not 1961.',
    ],
    [
      'a place after the day, and the subject told without its appositive',
      'Ilse Marten, 71, died Tuesday at a hospice in Corran.',
      'Ilse Marten, 71, died Wednesday at a hospice in Corran.',
      'misstated when Ilse Marten died at a hospice in Corran. It was Wednesday, not Tuesday.',
    ],
    [
      'a count reckoned from a year',
      'Since 2014, the ferry line has lost 900 riders a week.',
      'Since 2016, the ferry line has lost 900 riders a week.',
      'misstated the year since which the ferry line has lost 900 riders a week. It is 2016, not 2014.',
    ],
    [
      'an "it" in the dated clause is the thing the main clause named',
      'Crews reopened the coast road on Monday after a mudslide closed it on Saturday.',
      'Crews reopened the coast road on Monday after a mudslide closed it on Friday.',
      'misstated when a mudslide closed the coast road. It was Friday, not Saturday.',
    ],
    [
      'a participle with its adverb, and a clause that ends where "and" opens another',
      'The alderman, first elected in 2006, is seeking a fifth term.',
      'The alderman, first elected in 2004, is seeking a fifth term.',
      'misstated the year the alderman was first elected. It was 2004, not 2006.',
    ],
    [
      'a past event keeps "was" when another clause follows it',
      'The ordinance took effect on March 1, 2023, and covers all short-term rentals.',
      'The ordinance took effect on May 1, 2023, and covers all short-term rentals.',
      'misstated the date the ordinance took effect. It was May 1, 2023, not March 1, 2023.',
    ],
    [
      'a date still to come keeps "is"',
      'The Ferris Street bridge will reopen on Nov. 20.',
      'The Ferris Street bridge will reopen on Nov. 21.',
      'misstated the date the Ferris Street bridge will reopen. It is Nov. 21, not Nov. 20.',
    ],
  ])('%s', (_, was, now, expected) => {
    const proposed = note(was, now);
    expect(proposed.kind).toBe('correction');
    expect(proposed.note).toContain(expected);
  });

  it('a year put right after "since" is a correction naming when the post began', () => {
    const proposed = note(
      'Pell Ardmore, 58, has coached the Riverside rowing club since 2011. She said the club is growing.',
      'Pell Ardmore, 58, has coached the Riverside rowing club since 2013. She said the club is growing.',
    );
    expect(proposed.kind).toBe('correction');
    expect(proposed.note).toContain('misstated the year Pell Ardmore began to coach the Riverside rowing club. It was 2013, not 2011.');
  });

  it('near miss: the day someone spoke is not read as an event of the sentence', () => {
    const proposed = note('Mayor Ilse Varn said Tuesday the road will reopen.', 'Mayor Ilse Varn said Wednesday the road will reopen.');
    expect(proposed.note).not.toContain('when Mayor');
  });

  it('near miss: a person serving "until" a date is no run of a show', () => {
    expect(eventOfDate('Councilor Brae Tolland will serve until June 30.', 'June 30')).toBeNull();
  });

  it('near miss: a relative clause about its object, a participle that only introduces, a state since a year', () => {
    expect(eventOfDate('Ardmore sold the bakery that Vale founded in 1998.', '1998')?.what ?? '').not.toContain('the bakery Vale founded');
    expect(eventOfDate('Ferries carried 9,000 riders, including 1,200 in March 2024.', 'March 2024')?.what ?? '').not.toMatch(/included/);
    expect(eventOfDate('The Pell Street ramp has been closed since 2019.', '2019')).toBeNull();
  });

  it('the day inside an attribution dates the saying', () => {
    expect(
      note('The port authority on Monday said it has 40 cranes.', 'The port authority on Tuesday said it has 40 cranes.').note,
    ).toContain('misstated when the port authority said it has 40 cranes. It was Tuesday, not Monday.');
  });

  it('near miss: a clause whose subject is only "it" names no event', () => {
    expect(eventOfDate('It was the coldest night in 1987.', '1987')).toBeNull();
  });
});

describe('a span between two events names them', () => {
  it('a news peg dates the earlier event by the later one', () => {
    const proposed = note(
      "The fisherman's death was confirmed on Sunday and comes three days after his brother Tomas Reyl, also a fisherman, drowned off the point.",
      "The fisherman's death was confirmed on Sunday and comes two days after his brother Tomas Reyl, also a fisherman, drowned off the point.",
    );
    expect(proposed.kind).toBe('correction');
    expect(proposed.note).toContain(
      "misstated when Tomas Reyl drowned off the point. It was two days before the fisherman's death, not three days.",
    );
  });

  it('a peg with no verb of its own is the later event', () => {
    expect(daysApart('The final comes three days after the Gulls beat Ridley.', 'four', 'three')).toBe(
      'misstated when the Gulls beat Ridley. It was three days before the final, not four days',
    );
  });

  it('any other verb dates its own clause by the anchor', () => {
    expect(daysApart('The council voted a week after the hearing on the levy.', 'two weeks', 'a week')).toBe(
      'misstated when the council voted. It was a week after the hearing on the levy, not two weeks',
    );
  });

  it('near miss: a length of time with no anchor is left to the figure reading', () => {
    expect(daysApart('The strike lasted two days.', 'three days', 'two days')).toBeNull();
  });
});

describe('AP dates and years', () => {
  it('sets a comma between the day and the year, US order only', () => {
    expect(withDateComma('Oct. 6 1944')).toBe('Oct. 6, 1944');
    expect(withDateComma('March 14 2020')).toBe('March 14, 2020');
    expect(withDateComma('6 October 1944')).toBe('6 October 1944');
  });

  it('a year alone put right is no running count; a record reaching back is', () => {
    expect(yearPutRight('2011', '2013', 'Ardmore has coached the club since 2013.')).toBe(true);
    expect(yearPutRight('2016', '2012', 'Ferry traffic hit its highest level since 2012.')).toBe(false);
    expect(yearPutRight('12', '14', 'The club has 14 boats.')).toBe(false);
  });
});
