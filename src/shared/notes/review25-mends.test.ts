import { describe, expect, it } from 'vitest';
import { apToldValues } from './told-value';
import { proposeNote } from './index';
import { articleFromText, inventedInNote } from './eval';

describe('round twenty-five mends', () => {
  it('tells a value the article ran into letters as printed ("2024Nov", never "2024 Nov")', () => {
    expect(apToldValues('It is Dr, not 2024 Nov.', 'Dr.', '2024Nov. 6')).toBe('It is Dr, not 2024Nov.');
    // (A value the article printed with its space keeps it.)
    expect(apToldValues('It was Nov. 6, not 2024 Nov.', 'Nov. 6', 'in 2024 Nov. 6')).toBe('It was Nov. 6, not 2024 Nov.');
  });

  it('names no word the article never printed for such a value (a notes fuzz counterexample, seed 499572064)', () => {
    const older = 'Storm hits\n\nThe vote was held 2024Nov. 6 in Alton.';
    const newer = 'Storm hits\n\nThe vote was held Dr. in Alton.';
    const note = proposeNote(articleFromText(older), articleFromText(newer), { date: '2026-03-02T12:00:00Z' });
    expect(note.text).toContain('2024Nov');
    expect(inventedInNote(note.text, older, newer)).toEqual([]);
  });
});
