import { describe, expect, it } from 'vitest';
import { SHARE_OF } from './qualifiers';
import { tellsCourtStep } from './court-steps';
import { splitsMeasure } from './clause-ends';

// Each reader below once listed its own spelled numbers and stopped at "five" or "ten"; they now
// build from the one table in text/numbers.ts, so a count past their old lists reads the same.
describe('readers that count in words know every spelled number', () => {
  it('reads a share counted past five as a share of a named group', () => {
    expect(SHARE_OF.test('nine of the council members')).toBe(true);
    expect(SHARE_OF.test('Seventeen of their neighbors')).toBe(true);
    expect(SHARE_OF.test('ninety percent of the vote')).toBe(false);
  });

  it('reads charges counted past six as a court step', () => {
    expect(tellsCourtStep('the driver faces eleven charges')).toBe(true);
    expect(tellsCourtStep('the driver faces twenty-one counts')).toBe(true);
  });

  it('keeps a moving figure spelled past ten with its verb', () => {
    const words = 'enrollment rose fifteen percent this fall'.split(' ');
    expect(splitsMeasure(words, 2)).toBe(true);
  });
});
