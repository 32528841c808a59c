/**
 * Correction paths, round seven (issue 12): running figures stay updates, restyled sentences give
 * no note, right facts are whole and keep their tense, objects read as English, and changes that
 * gave no note at all (a dateline, an identifying word) are told. Every example is our own.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { articleFromText } from './eval';
import { checkNoteGrammar } from './grammar';
import { isStampOnly, stampMovedForward } from './stamps';

const DATE = '2026-03-14T10:00:00-05:00';
const story = (...paragraphs: string[]) => articleFromText(['Crews work through the weekend', ...paragraphs].join('\n\n'));
const propose = (older: string[], newer: string[]) => proposeNote(story(...older), story(...newer), { date: DATE });

describe('a running figure read again later is an update, not a correction', () => {
  it('a figure whose stamp moved forward with it ("by evening" → "by Saturday morning")', () => {
    const note = propose(
      ['Crews fought a grass fire near Ely on Friday.', 'The blaze had burned 300 acres by evening and was 5% contained, the county said.'],
      [
        'Crews fought a grass fire near Ely on Friday.',
        'The blaze had burned 900 acres by Saturday morning and was 20% contained, the county said.',
      ],
    );
    expect(note.kind).toBe('update');
    expect(note.text).not.toMatch(/misstated|the date of|not evening/);
  });

  it('a count that rises beside a later day ("on Wednesday" → "on Thursday")', () => {
    const note = propose(
      ['The clinic reported 40 measles cases on Wednesday, officials said.'],
      ['The clinic reported 52 measles cases on Thursday, officials said.'],
    );
    expect(note.kind).toBe('update');
    expect(note.text).toContain('measles cases');
    expect(note.text).not.toMatch(/incorrectly|misstated/);
  });

  it('a day moved back, with its figure, is still a fact put right', () => {
    const note = propose(
      ['The clinic reported 52 measles cases on Thursday, officials said.'],
      ['The clinic reported 40 measles cases on Wednesday, officials said.'],
    );
    expect(note.kind).toBe('correction');
  });

  it('a day put right on its own is "when", never "the date of" a noun', () => {
    const note = propose(['The Coast Guard said the tanker docked on Wednesday.'], ['The Coast Guard said the tanker docked on Thursday.']);
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('misstated when the tanker docked. It was Thursday, not Wednesday.');
    expect(note.text).not.toMatch(/the date of/);
  });

  it('reads stamps and their order', () => {
    expect(stampMovedForward('burned 30 acres by evening', 'burned 90 acres by Sunday morning')).toBe(true);
    expect(stampMovedForward('on Sunday', 'on Monday')).toBe(true);
    expect(stampMovedForward('on Tuesday', 'on Monday')).toBe(false);
    expect(stampMovedForward('at 9 a.m.', 'at 3 p.m.')).toBe(true);
    expect(stampMovedForward('in the evening', 'in the morning')).toBe(false);
    expect(isStampOnly('Saturday morning')).toBe(true);
    expect(isStampOnly('morning 13')).toBe(false);
  });
});

describe('a sentence restyled or reordered, with the same names, figures and words, gives no note', () => {
  it('an age moved from before the name to after it', () => {
    const note = propose(['The 61-year-old Baker has coached the Owls since 1999.'], ['Baker, 61, has coached the Owls since 1999.']);
    expect(note.kind).toBe('none');
    expect(note.text).toBe('');
  });

  it('"aged 38" and "38 years old" are the same age', () => {
    expect(propose(['Marisol Vega, aged 38, runs the bakery.'], ['Marisol Vega, 38 years old, runs the bakery.']).kind).toBe('none');
  });

  it('an age restyled as it was put right is the age, put right', () => {
    const note = propose(['The 61-year-old Baker has coached the Owls since 1999.'], ['Baker, 63, has coached the Owls since 1999.']);
    expect(note.kind).toBe('correction');
    expect(note.text).toContain("misstated Baker's age. It is 63, not 61.");
  });

  it('"for 10 years" → "for 12 years" stays a figure, not an age', () => {
    expect(propose(['Baker has coached the Owls for 10 years.'], ['Baker has coached the Owls for 12 years.']).kind).not.toBe('none');
  });
});
