/**
 * A figure told with the span it counts over (counted-span.ts). Every example is invented.
 */
import { describe, expect, it } from 'vitest';
import { countedSpan, trailingSpan, withCountedSpan } from './counted-span';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';

describe('the span a figure counts over', () => {
  it('reads a leading time or place the clause left out, lower-cased', () => {
    expect(countedSpan('As of Nov. 3, Dunmore has recorded 12 burglaries.', 'Dunmore has recorded 12 burglaries')).toBe('as of Nov. 3');
    expect(
      countedSpan('During winter months, the two ferries will run 14 crossings a week.', 'the two ferries will run 14 crossings a week'),
    ).toBe('during winter months');
    expect(
      countedSpan('Also, by late Thursday, about 60 percent of the trains had been halted.', 'about 60 percent of the trains were halted'),
    ).toBe('by late Thursday');
  });

  it('keeps nothing without a figure, for a span that argues or has a verb, or one already told', () => {
    expect(countedSpan('During winter months, the ferries will run fewer crossings.', 'the ferries will run fewer crossings')).toBe('');
    expect(countedSpan('In the end, the board approved 3 of the plans.', 'the board approved 3 of the plans')).toBe('');
    expect(countedSpan('Since the storm hit, crews have restored 400 lines.', 'crews have restored 400 lines')).toBe('');
    expect(countedSpan('On Monday, the mill cut 40 jobs.', 'the mill cut 40 jobs on Monday')).toBe('');
    expect(countedSpan('On Monday, the mill cut 40 jobs.', 'the mill cut 40 jobs')).toBe('');
    // (A span before someone's saying dates the saying, not the figure.)
    expect(countedSpan('On Monday, the mill said rivals could cut 30 jobs.', 'rivals could cut 30 jobs')).toBe('');
    // (A span with no day, name, figure or unit of time is no span a reader needs: "In part,".)
    expect(countedSpan('At the moment, the shelter holds 80 beds.', 'the shelter holds 80 beds')).toBe('');
  });

  it('sets the span after the clause, set off after an aside', () => {
    expect(withCountedSpan('the mill cut 40 jobs', 'on Monday')).toBe('the mill cut 40 jobs on Monday');
    expect(withCountedSpan('Dunmore has had 12 fires, 9 of which were set', 'as of Nov. 3')).toBe(
      'Dunmore has had 12 fires, 9 of which were set, as of Nov. 3',
    );
    expect(withCountedSpan('the mill cut 40 jobs', '')).toBe('the mill cut 40 jobs');
    expect(withCountedSpan('the clinic treated 2,310 patients', 'so far this year')).toBe(
      'the clinic treated 2,310 patients so far this year',
    );
  });

  it('reads the time a count runs to, trailing the words the reader kept', () => {
    expect(
      trailingSpan(
        'The clinic has treated 2,310 patients so far this year, compared to 1,900 a year ago.',
        'the clinic treated 2,310 patients',
      ),
    ).toBe('so far this year');
    expect(trailingSpan('Sales rose 4% during the holiday quarter.', 'sales rose 4%')).toBe('during the holiday quarter');
    expect(trailingSpan('The plant has hired 120 workers as of Friday.', 'the plant hired 120 workers')).toBe('as of Friday');
    // (No figure, or a span the clause already tells, or one with a verb of its own.)
    expect(trailingSpan('The clinic has treated many patients so far this year.', 'the clinic treated many patients')).toBe('');
    expect(trailingSpan('The plant hired 120 workers since it opened.', 'the plant hired 120 workers')).toBe('');
  });
});

describe('an update note keeps the span of its figures', () => {
  const story = (extra: string[]) =>
    storyOfLines([
      'Rail strike halts trains across the region',
      'KELLER, Ore. — Train drivers walked off the job this week over a pay dispute with Norland Rail.',
      'Talks between the union and the railway broke down on Sunday.',
      ...extra,
    ]);
  const note = (extra: string[]) => proposeNote(story([]), story(extra), { date: '2026-11-06' }).note;

  it('tells the day the count fell on', () => {
    expect(note(['As of Nov. 3, Norland Rail had halted 46 percent of its trains, according to the transport ministry.'])).toMatch(
      /46 percent of its trains,? as of Nov\. 3/,
    );
  });

  it('tells the months a schedule holds for', () => {
    expect(note(['During peak months, the two operators will run 22 weekly trains between Keller and Bram.'])).toMatch(
      /22 weekly trains between Keller and Bram during peak months\.$/,
    );
  });
});
