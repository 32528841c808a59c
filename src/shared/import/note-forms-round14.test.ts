import { describe, expect, it } from 'vitest';
import { readNoteLine } from './note-line';
import { landsAsNote, staysCopy } from './fixtures/note-placement';

/**
 * Round ten's note form from a review on real pages (10r): the Seattle Times prints its stamp and
 * its note as one line, "Information in this article, originally published <day>, was corrected
 * <day>. A previous version …" — the second day is the note's.
 */
describe('"Information in this article, originally published …, was corrected …"', () => {
  it('reads a correction dated by the day it was corrected, every word kept', () => {
    const line =
      'Information in this article, originally published March 3, 2026, was corrected March 4, 2026. A previous version of this story misstated the fare. It is $4.';
    expect(readNoteLine(line, true)).toEqual({ kind: 'correction', text: line, month: 3, day: 4, year: 2026 });
    landsAsNote(line, 'correction');
  });

  it('reads "was updated" as an update, and an error named after it as a correction', () => {
    expect(readNoteLine('Information in this story, originally published Nov. 2, 2025, was updated Nov. 3, 2025.', true)?.kind).toBe(
      'update',
    );
    expect(
      readNoteLine('Information in this story, originally published Nov. 2, 2025, was updated Nov. 3, 2025. It misstated the fare.', true)
        ?.kind,
    ).toBe('correction');
  });

  it('keeps copy about where a story’s information came from as copy', () => {
    staysCopy('Information in this article was gathered from court records and interviews.');
    staysCopy('Information in this article, originally published by the county, was corrected by the clerk’s office.');
  });
});
