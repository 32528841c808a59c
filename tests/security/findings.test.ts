/**
 * Minimal reproductions of crashes the fuzzers found in src/, one per finding, so the fix can be
 * checked in isolation. Each fails until its fix lands (see the comment for the fix).
 */
import { describe, expect, it } from 'vitest';
import { blocksToBody } from '../../src/shared/article/blocks';
import { newContent } from '../../src/shared/article/content';
import { proposeNote } from '../../src/shared/notes/index';

describe('findings', () => {
  // src/shared/notes/describe.ts subjectPhrase() builds `new RegExp(`[\\p{Ll},]\\s+${first}\\b`)`
  // from a word of the article without escaping it, so an added sentence starting "Mayor[" or
  // "A(" throws SyntaxError out of proposeNote. Fix: escapeRegExp(first) (from ./names).
  it('proposeNote survives an added sentence whose first word holds regex punctuation', () => {
    const older = newContent({ body: blocksToBody([{ id: 'b0', type: 'paragraph', runs: [] }]) });
    for (const word of ['Mayor[', 'A(', 'Budget+', 'Council)']) {
      const newer = newContent({ body: blocksToBody([{ id: 'b0', type: 'paragraph', runs: [{ text: word, format: 0 }] }]) });
      expect(() => proposeNote(older, newer, { date: '2026-03-02T12:00:00Z' })).not.toThrow();
    }
  });
});

describe('note writer on words with regular-expression characters (found by fuzzing)', () => {
  it('attributes "according to police(" without throwing', async () => {
    const { proposeNote } = await import('../../src/shared/notes');
    const { newContent } = await import('../../src/shared/article/content');
    const { blocksToBody } = await import('../../src/shared/article/blocks');
    const body = (...texts: string[]) =>
      blocksToBody(texts.map((text, i) => ({ id: `p${i}`, type: 'paragraph' as const, runs: [{ text, format: 0 }] })));
    const older = newContent({ body: body('') });
    const newer = newContent({ body: body('according to police B', 'according to police(') });
    expect(() => proposeNote(older, newer, { date: '2026-03-02T12:00:00Z' })).not.toThrow();
  });
});
