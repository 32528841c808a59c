/**
 * A count closing a list's item with a participle ("20 million more people insured, …") is a
 * reduced "who were": the correction names the people and what was done, not "a figure". A
 * participle that opens a clause of its own ("14 workers filed suit") is no such item.
 */
import { describe, expect, it } from 'vitest';
import { countedWith } from './figures';

describe('a count closing a list item with a participle', () => {
  it.each([
    ['The mayor listed the gains: 40,000 more children vaccinated, two clinics opened and fares cut.', '40,000', 'children vaccinated'],
    ['Since May: 312 homes inspected, 48 condemned and the rest cleared.', '312', 'homes inspected'],
    ['She cited 9 million more workers covered, lower premiums and free checkups.', '9 million', 'workers covered'],
    ['The tally so far: 1,500 tenants evicted; 300 families rehoused.', '1,500', 'tenants evicted'],
  ])('names what the figure counts: %s', (sentence, figure, counted) => {
    expect(countedWith(sentence, figure)).toBe(counted);
  });

  it('a participle that opens a clause is no list item', () => {
    expect(countedWith('The union said 14 workers filed suit on Monday.', '14')).not.toBe('workers filed');
    expect(countedWith('In all, 12 people voted in the runoff.', '12')).not.toBe('people voted');
  });
});
