/**
 * Round 25 (fix25d): a "he" or "she" opening an added line carries on the named subject of the
 * sentence right before, where more than one person stands in reach (carried-subject.ts). Invented
 * copy only; each near miss leaves the pronoun alone.
 */
import { describe, expect, it } from 'vitest';
import { carriedSubject } from './carried-subject';
import { pronounNamed } from './pronoun-subject';
import { proposeNote } from './propose';
import { inventedStory } from '../../../tests/support/note-stories';

const COURT = [
  'The Marrow High Court on Monday fined the harbor board for a late filing in the suit brought by fisherman Tomas Reyes.',
  'The trial judge, Justice Ada Okafor, heard the board’s lawyer, Piet Vance, ask for more time.',
  'Counsel for Reyes, Lena Brook, said the board had had a year to prepare.',
  'Ms Okafor ordered the board to pay the costs of the day.',
];
const article = (added: string[] = []) => [...COURT, ...added].join('\n\n');
const LINE = 'She adjourned the matter to March 3 for judgment.';

describe('a pronoun carried on from the subject right before (carried-subject.ts)', () => {
  it('names the subject of the sentence before, in full, where several people are in reach', () => {
    expect(carriedSubject(COURT.at(-1)!, LINE, 'She', article([LINE]))).toBe('Ada Okafor');
    expect(pronounNamed(LINE, COURT.join('\n'), article([LINE]))).toBe('Ada Okafor adjourned the matter to March 3 for judgment.');
  });

  it('reads the subject after a short opening phrase, the article naming the person in full elsewhere', () => {
    const before = 'Upon his release, Vance will be barred from the harbor for two years.';
    expect(carriedSubject(before, 'He was also ordered to pay a fine.', 'He', article([before]))).toBe('Piet Vance');
  });

  it('leaves the pronoun when the honorific tells the other sex, or another person is named beside the subject', () => {
    expect(carriedSubject('Mr Vance asked for more time.', LINE, 'She', article())).toBe('');
    expect(carriedSubject('Ms Okafor told Lena Brook the board had a year.', LINE, 'She', article())).toBe('');
  });

  it('leaves it when the subject is a body or a name the article never gives in full', () => {
    expect(carriedSubject('Marrow Council ordered the board to pay.', 'It adjourned.', 'She', article())).toBe('');
    expect(carriedSubject('Ms Halloran ordered the board to pay.', LINE, 'She', article())).toBe('');
  });

  it('tells the added line as the news, named', () => {
    const head = 'Court fines Marrow harbor board';
    const note = proposeNote(inventedStory(head, COURT), inventedStory(head, [...COURT, LINE]), { date: '2026-03-04' }).note;
    expect(note).toContain('Ada Okafor adjourned the matter to March 3');
  });
});

describe('the name a carried pronoun is told by', () => {
  it('never takes a headline word run on before the surname for a given name', () => {
    const copy = ['Longtime Vance lawyer Lena Brook asks to step aside', 'Vance denied the charge at a hearing.'].join('\n\n');
    expect(carriedSubject('Vance denied the charge at a hearing.', 'He entered a plea.', 'He', copy)).toBe('');
  });
});
