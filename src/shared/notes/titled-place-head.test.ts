/**
 * Round 27 (fix27p): a place or day told by the clause before it (nearest-clause.ts) keeps the capital
 * a title takes before a name ("where President Ama Osei spoke", never "where president Ama Osei
 * spoke"), tells a deed in an irregular past as past ("It was in Kumasi", never "It is"), and never
 * prints its head without the right value (right-fact-kept.ts). Invented copy only.
 */
import { describe, expect, it } from 'vitest';
import { noteForEdit } from '../../../tests/support/note-stories';
import { opensOnTitledName } from './names';
import { placeOfNearestClause } from './nearest-clause';
import { kindWithRightFact } from './right-fact-kept';

const rally = {
  head: 'Osei rallies supporters ahead of vote',
  before: ['Ghana goes to the polls next month, and the president is campaigning in every region.'],
  after: ['Osei promised new roads and clinics for the region, aides said.'],
  date: '2026-03-04',
};
const note = (older: string, newer: string) => noteForEdit(rally, older, newer)?.text ?? '';

describe('a title before a name keeps its capital', () => {
  it('in the place note the writer prints', () => {
    expect(note('President Ama Osei spoke in Tamale on Saturday.', 'President Ama Osei spoke in Kumasi on Saturday.')).toContain(
      'misstated where President Ama Osei spoke. It was in Kumasi, not Tamale.',
    );
    expect(
      note(
        'President Ama Osei, who spoke in Tamale on Saturday, urged voters to turn out.',
        'President Ama Osei, who spoke in Kumasi on Saturday, urged voters to turn out.',
      ),
    ).toContain('where President Ama Osei spoke. It was in Kumasi, not Tamale.');
  });
  it('in the clause reader, for titles run together and an initial', () => {
    expect(placeOfNearestClause('Vice President Ama Osei spoke in Kumasi on Saturday.', 'Kumasi')?.what).toBe(
      'where Vice President Ama Osei spoke',
    );
    expect(placeOfNearestClause('Gov. A.K. Mensah spoke in Kumasi on Saturday.', 'Kumasi')?.what).toBe('where Gov. A.K. Mensah spoke');
  });
  it('reads a title before a name, and nothing else, as one', () => {
    expect(opensOnTitledName('President Ama Osei spoke')).toBe(true);
    expect(opensOnTitledName('Police Chief Dana Ruiz said')).toBe(true);
    expect(opensOnTitledName('Police arrested Dana Ruiz')).toBe(false);
    expect(opensOnTitledName('President of the board')).toBe(false);
    expect(opensOnTitledName('Residents of Tarn')).toBe(false);
  });
});

describe('a deed told in an irregular past is past', () => {
  it('tells "It was" for spoke, wrote, flew', () => {
    expect(placeOfNearestClause('Mayor Kofi Mensah spoke in Kumasi on Saturday.', 'Kumasi')?.past).toBe(true);
    expect(placeOfNearestClause('The band flew in Kumasi on Saturday.', 'Kumasi')?.past).toBe(true);
    expect(placeOfNearestClause('The band plays in Kumasi every Saturday.', 'Kumasi')?.past).toBe(false);
  });
});

describe('a deed head keeps its right fact (right-fact-kept.ts)', () => {
  it('tells the fact with the kind of its head', () => {
    expect(kindWithRightFact('misstated where President Ama Osei spoke. It was in Kumasi, not Tamale')).toBe(
      'misstated the location. It was in Kumasi, not Tamale',
    );
    expect(kindWithRightFact('misstated the day the ferry sank. It was Sunday, not Monday')).toBe(
      'misstated the day. It was Sunday, not Monday',
    );
    expect(kindWithRightFact('misstated when the lorry crashed. It was 3:52 a.m., not 5:32 a.m.')).toBe(
      'misstated the time. It was 3:52 a.m., not 5:32 a.m.',
    );
  });
  it('leaves a head of another shape, or one with no fact', () => {
    expect(kindWithRightFact('misstated the age of Jo Reyes. She is 25, not 27')).toBe('');
    expect(kindWithRightFact('misstated where President Ama Osei spoke.')).toBe('');
  });
});
