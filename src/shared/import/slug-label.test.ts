import { describe, expect, it } from 'vitest';
import { readNoteLine } from './frame-lines';
import { landsAsNote, staysCopy } from './fixtures/note-placement';

/** A wire budget's slug ending in a label word is no label (slug-label.ts); a spaced label stays one. */
describe('a slug that ends in a label word', () => {
  it('leaves a budget line opening on a slug in the copy, its desk code glued to the colon or not', () => {
    for (const line of [
      'HARBOR-FERRY-CORRECTION:NY — The island ferry will raise fares 10 percent in January, its operator said, blaming fuel costs.',
      'STORM-DAMAGE-UPDATE: Crews restored power to most of Harlow overnight, the utility said Tuesday.',
      'VOTE-RECOUNT-CORRECTED:DC — A recount in the Fenwick race confirmed the incumbent’s 40-vote lead.',
    ]) {
      expect(readNoteLine(line, true), line).toBeNull();
      staysCopy(line, { places: ['end'] });
    }
  });

  it('still reads a label set off by a spaced dash after a dateline, or opening the line', () => {
    landsAsNote('HARLOW, Ore. - UPDATE: Deputies said the missing hiker was found alive near Cedar Ridge on Tuesday night.', 'update');
    landsAsNote('CORRECTION: An earlier version of this story misstated the fare rise. Fares will rise 10 percent, not 20.', 'correction');
  });
});
