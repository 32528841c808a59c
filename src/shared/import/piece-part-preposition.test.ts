import { describe, expect, it } from 'vitest';
import { readNoteLine } from './frame-lines';
import { landsAsNote, staysCopy } from './fixtures/note-placement';

/**
 * A part of the piece joined to it by "to" or "on" as well as "of" ("The introduction to this story
 * incorrectly states …", "The caption on this story misidentified …"): the same corrective as "The
 * introduction of this story …". Lines of our own making, with copy of the same shape.
 */
describe('a part of the piece joined by "to" or "on"', () => {
  it('reads the part of this story that erred as a correction, above the copy and under it', () => {
    for (const line of [
      'The introduction to this story incorrectly stated that ferry fares will rise 20 percent. They will rise 10 percent.',
      'The caption on this story misidentified the harbour master. She is Tova Lind, not Ines Vale.',
    ]) {
      expect(readNoteLine(line, true)?.kind, line).toBe('correction');
      landsAsNote(line, 'correction');
    }
  });

  it('leaves the part of anything else in the copy', () => {
    for (const line of [
      'The introduction to this bill incorrectly states that fares will rise, the ferry union said Monday.',
      'The caption on this painting was changed after visitors complained, the museum said.',
    ]) {
      expect(readNoteLine(line, true), line).toBeNull();
      staysCopy(line);
    }
  });
});
