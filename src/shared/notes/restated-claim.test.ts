/**
 * Round 26 (fix26n): a figure's claim restated whole by the clause reader is no copied fragment
 * (restated-claim.ts), so a correction whose head names only "a figure" is told by its clause.
 * Invented copy only.
 */
import { describe, expect, it } from 'vitest';
import { harborBoardStory, noteForEdit } from '../../../tests/support/note-stories';
import { copiedFragment } from './grammar';
import { withRestatedClaimLicensed } from './restated-claim';

const article = 'The annual mooring fee for small boats at the east pier will be raised by $3 next spring.';

describe('a restated claim', () => {
  it('is let through when only its figure differs from the article', () => {
    const note =
      'An earlier version incorrectly reported that the annual mooring fee for small boats at the east pier will be raised by $5.';
    expect(withRestatedClaimLicensed(note, article)).toContain('"the annual mooring fee');
    expect(copiedFragment(note, article)).toBe('');
    // (The check without the licence still finds the run: the clause reader's strict pass asks for it.)
    expect(copiedFragment(note, article, { claims: false })).not.toBe('');
  });
  it('is still copying when it holds the article’s own figure', () => {
    const note =
      'An earlier version incorrectly reported that the annual mooring fee for small boats at the east pier will be raised by $3.';
    expect(copiedFragment(note, article)).not.toBe('');
  });
  it('is still copying when the article holds no such clause', () => {
    const note =
      'An earlier version incorrectly reported that the annual mooring fee for small boats at the west pier will be raised by $5.';
    expect(withRestatedClaimLicensed(note, article)).toBe(note);
  });
  it('is still copying past the clause reader’s sixteen words', () => {
    const long = 'The annual mooring fee for small and mid-sized sailing boats at the old east pier of the town will be raised by $3.';
    const note =
      'An earlier version incorrectly reported that the annual mooring fee for small and mid-sized sailing boats at the old east pier of the town will be raised by $5.';
    expect(withRestatedClaimLicensed(note, long)).toBe(note);
  });
});

describe('a figure whose head names only its kind', () => {
  it('is told by its clause, the claim restated whole', () => {
    // (No shorter cut leaves fewer than eight of the article's words running: only the licence lets it through.)
    const text = note(
      'The harbor board’s annual mooring fee will be raised by $5 next spring.',
      'The harbor board’s annual mooring fee will be raised by $3 next spring.',
    );
    expect(text).toContain("incorrectly reported that the harbor board's annual mooring fee will be raised by $5");
    expect(text).not.toContain('misstated a figure');
  });
});

function note(older: string, newer: string): string {
  return noteForEdit(harborBoardStory, older, newer)?.text ?? '';
}
