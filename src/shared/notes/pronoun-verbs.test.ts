/**
 * A sentence opened on "It", "He" or "She" goes on with its verb; a right-fact sentence cut from a
 * clause that lost its verb is turned away by the grammar check (pronoun-verbs.ts). Invented copy.
 */
import { describe, expect, it } from 'vitest';
import { verblessPronounSubject } from './pronoun-verbs';
import { checkNoteGrammar } from './grammar';
import { noteForEdit } from '../../../tests/support/note-stories';

describe('a subject pronoun goes on with its verb', () => {
  it.each([
    'It is 14, not 12.',
    'She was 61.',
    'He now leads the harbour unit.',
    'It took place on Friday, not Thursday.',
    'It reopened at noon.',
    'She has since retired.',
    'It will be held in Leeds.',
    'He died in March 2019, not May 2019.',
    'It’s 40, not 14.',
    'It costs £5.',
  ])('"%s" reads', (sentence) => {
    expect(verblessPronounSubject(sentence)).toBe('');
  });

  it.each([
    ['It cheese from the valley farms of Ardmore.', 'It cheese'],
    ['It Ardmore.', 'It Ardmore'],
    ['She the chair of the board.', 'She the'],
    ['He formerly the mayor of Delford.', 'He formerly the'],
  ])('"%s" has no verb', (sentence, opening) => {
    expect(verblessPronounSubject(sentence)).toBe(opening);
  });

  it('leaves "They" and "We" alone: their verbs take no ending a shape could tell', () => {
    expect(verblessPronounSubject('They live in Carran.')).toBe('');
    expect(verblessPronounSubject('We regret the error.')).toBe('');
  });

  it('the grammar check names the broken sentence', () => {
    const problems = checkNoteGrammar('An earlier version of this article misstated where the cheese was made. It cheese from Ardmore.');
    expect(problems.map((p) => p.rule)).toContain('sentence-shape');
    expect(checkNoteGrammar('An earlier version of this article misstated where the cheese was made. It was Ardmore.')).toEqual([]);
  });
});

describe('a correction never prints a right fact without its verb', () => {
  const frame = {
    head: 'Market stalls return to the square',
    before: ['Traders set up their stalls at dawn on Saturday for the first market since the spring.'],
    after: ['The market runs every Saturday until October.'],
    date: '2026-06-02T10:00:00',
  };
  it.each([
    ['Even cheese from the valley farms of Ardmore sold out by noon.', 'Ardmore', 'Carran'],
    ['By ten o’clock, bread from the mill bakery at Delford had gone.', 'Delford', 'Elsby'],
  ])('%s', (sentence, wrong, right) => {
    const note = noteForEdit(frame, sentence, sentence.replace(wrong, right));
    expect(note.kind).toBe('correction');
    expect(checkNoteGrammar(note.text)).toEqual([]);
    for (const s of note.text.split(/(?<=\.)\s+/)) expect(verblessPronounSubject(s)).toBe('');
  });
});
