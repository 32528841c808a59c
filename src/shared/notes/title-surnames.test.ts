/**
 * A surname that is also a title word ("Dean", "King", "Major") closes a person's name after a given
 * name, when a title opened the run: the person is "Mia Dean", not the next capitals in the sentence.
 * A plain title value is never told as a right fact ("It was Sheriff."). Invented copy.
 */
import { describe, expect, it } from 'vitest';
import { personName, titleOf } from './names';
import { plainRightFact } from './plain-right-fact';
import { noteForEdit } from '../../../tests/support/note-stories';

describe('a surname that is also a title word', () => {
  it.each([
    ['Harlan County Sheriff Mia Dean', 'Mia Dean', 'County Sheriff'],
    ['Sen. Tom King', 'Tom King', 'Sen.'],
    ['Deputy Minister Ana Major', 'Ana Major', 'Deputy Minister'],
    ['Undersheriff Rob Marshal', 'Rob Marshal', 'Undersheriff'],
  ])('%s', (run, name, title) => {
    expect(personName(run)).toBe(name);
    expect(titleOf(run)).toBe(title);
  });

  it('near misses: a title after the name, or two titles, keep today’s reading', () => {
    expect(personName('Mayor Dean')).toBe('');
    expect(personName('Chief Executive Officer Lena Ortiz')).toBe('Lena Ortiz');
  });

  it('the note names the person, not the next capitals in the sentence', () => {
    const frame = {
      head: 'Mill fire under control',
      before: ['Crews fought the blaze at the Orrin mill for six hours on Tuesday.'],
      after: ['The mill will stay closed this week.'],
      date: '2026-06-02T10:00:00',
    };
    const was = 'Harlan County Undersheriff Mia Dean described the fire at the Kestrel Bar and Grill as a "terrible loss."';
    const note = noteForEdit(frame, was, was.replace('Undersheriff', 'Sheriff'));
    expect(note.kind).toBe('correction');
    expect(note.text).toContain("misstated Mia Dean's title");
    expect(note.text).not.toMatch(/Kestrel Bar's|It was Sheriff/);
  });
});

describe('a title is no plain right fact', () => {
  it('"It was Sheriff." is never built; a place or a figure still is', () => {
    expect(plainRightFact('the undersheriff called it a loss', 'Sheriff')).toBe('');
    expect(plainRightFact('the undersheriff called it a loss', 'Deputy Chief')).toBe('');
    expect(plainRightFact('the water from Kessel carried the dye', 'Tarrow')).toBe('It was Tarrow');
  });
});
