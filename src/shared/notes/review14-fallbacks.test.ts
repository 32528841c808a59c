import { describe, expect, it } from 'vitest';
import { firstGrammatical, updateFallbacks } from './propose';
import { resolveStyle } from './style';

/**
 * The blind measure of round fourteen: a development told as "a statement from X that <clause>"
 * whose clause copies the article fell all the way to "Additional details.", losing who said it.
 * The credit alone is the fallback before that. Copy of our own making.
 */
describe('an update whose clause copies the article keeps its credit', () => {
  const article =
    'Ferry fares rise\n\nThe Harbour Trust said in a statement Tuesday that it plans to hold its first public workshop on the new pier in March.';

  it('falls back to the credit, not to "Additional details."', () => {
    const parts = ['a statement from the Harbour Trust that it plans to hold its first public workshop on the new pier'];
    expect(firstGrammatical(updateFallbacks(parts, resolveStyle(), article), article)).toBe('A statement from the Harbour Trust.');
  });

  it('keeps a clause that reads, and says "Additional details." when no one is credited', () => {
    const told = ['a statement from the Harbour Trust that the workshop will be held in March'];
    expect(firstGrammatical(updateFallbacks(told, resolveStyle(), article), article)).toBe(
      'A statement from the Harbour Trust that the workshop will be held in March.',
    );
    const uncredited = ['the news that it plans to hold its first public workshop on the new pier'];
    expect(firstGrammatical(updateFallbacks(uncredited, resolveStyle(), article), article)).toBe('Additional details.');
  });
});
