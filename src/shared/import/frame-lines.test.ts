import { describe, expect, it } from 'vitest';
import { isFurnitureLine, readBylineLine, readNoteLine, readStampLine } from './frame-lines';
import { decodeEntities } from './entities';

describe('masthead and tail lines', () => {
  it('reads stamps keeping the clock', () => {
    expect(readStampLine('Published: 06 Nov. 2024, 11:43')).toEqual({ kind: 'published', iso: '2024-11-06T11:43:00' });
    expect(readStampLine('Updated: 05 March 2025, 14:02')).toEqual({ kind: 'updated', iso: '2025-03-05T14:02:00' });
    expect(readStampLine('Last updated Nov. 6, 2024 3:02 p.m.')).toEqual({ kind: 'updated', iso: '2024-11-06T15:02:00' });
    expect(readStampLine('Published work by the council shows a deficit.')).toBeNull();
  });

  it('reads byline lines in their printed forms', () => {
    expect(readBylineLine('- MICHAEL ROE')).toEqual({ names: ['MICHAEL ROE'] });
    expect(readBylineLine('- desk@example.org')).toEqual({ names: [], email: 'desk@example.org', emailOnly: true });
    expect(readBylineLine('- [email\u00a0protected]')).toMatchObject({ emailOnly: true, email: '' });
    expect(readBylineLine('By Ana de la Cruz')).toEqual({ names: ['Ana de la Cruz'] });
    expect(readBylineLine('BY ANA RUIZ [ana@example.org]')).toEqual({ names: ['ANA RUIZ'], email: 'ana@example.org' });
    expect(readBylineLine('By the time the vote came, most had left')).toBeNull();
    expect(readBylineLine('- the first reason is cost')).toBeNull();
    expect(readBylineLine('- staff', true)).toEqual({ names: ['staff'] });
  });

  it('reads update and correction notes with AP, day-first and ISO dates', () => {
    expect(readNoteLine('Update, Nov. 6: Adds comment from the mayor.')).toEqual({ kind: 'update', month: 11, day: 6, year: undefined, text: 'Adds comment from the mayor.' });
    expect(readNoteLine('Correction, Sept. 12, 2024: An earlier version misspelled a name.')).toMatchObject({ kind: 'correction', month: 9, day: 12, year: 2024 });
    expect(readNoteLine('Updated 6 June: Adds the final score and quotes.')).toMatchObject({ month: 6, day: 6 });
    expect(readNoteLine('Correction (2024-11-06): The vote was 7-2, not 6-3.')).toMatchObject({ year: 2024, month: 11, day: 6 });
    expect(readNoteLine('Correction: The vote was 7-2, not 6-3.')).toBeNull();
    expect(readNoteLine('Correction: The vote was 7-2, not 6-3.', true)).toMatchObject({ kind: 'correction', month: undefined });
    expect(readNoteLine('Updates to the plan were approved on Nov. 6: all of them.')).toBeNull();
  });

  it('knows site furniture', () => {
    for (const line of ['Audio report: written by reporters, read by AI', 'To write comments, please log in to one of the accounts.', 'Standards Board Policy (0/250자)', '(12/300)']) {
      expect(isFurnitureLine(line), line).toBe(true);
    }
    expect(isFurnitureLine('The report found 3/4 of audits late.')).toBe(false);
  });

  // Links: the one policy's table test (src/shared/security/trusted-url.test.ts).
  it('decodes entities', () => {
    expect(decodeEntities('Q&amp;A &#8217;s &#x201C;x&#x201D; &bogus; &#0;')).toBe('Q&A ’s “x” &bogus; &#0;');
  });
});
