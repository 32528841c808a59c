/**
 * Round 23 (fix23v): figure, date and place corrections the clause reader used to refuse. A value in
 * a noun phrase set after its clause's comma ("…, a 12 per cent rise") is told with that clause; a
 * day or date between a subject and its verb ("The council on Monday approved …") is told after the
 * verb's complement; a head cut off on a count or an article, or with no subject of its own, is not
 * specific; a spelled figure that opened its sentence is told as AP tells it mid-sentence; a season
 * ("2023-24") is a year, never a score. Invented copy only; each shape has near misses.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { valueClauses } from './value-clause';
import { headNamesOwner } from './specific-head';
import { lowerSpelledValue } from './spelled-value';
import { inventedStory } from '../../../tests/support/note-stories';

const DATE = '2026-09-14';
const HEAD = 'Lantern Mills posts higher sales';
const noteFor = (before: string[], after: string[]) =>
  proposeNote(inventedStory(HEAD, before), inventedStory(HEAD, after), { date: DATE }).note;

describe('a value the clause reader now reads (value-clause.ts)', () => {
  it('tells a value in a noun phrase after the comma with the clause before it', () => {
    const told = valueClauses(
      "The mill's revenue for the quarter closed at $8.2 million, a 23 per cent gain from a year earlier.",
      "The mill's revenue for the quarter closed at $8.2 million, a 32 per cent gain from a year earlier.",
    );
    expect(told?.claim).toBe("The mill's revenue for the quarter closed at $8.2 million, a 23 per cent gain");
    expect(told?.right).toBe("The mill's revenue for the quarter closed at $8.2 million, a 32 per cent gain");
    // Near miss: a list after the comma is no phrase on the clause.
    expect(
      valueClauses('The mill ships to Avon, Brill and 12 other towns.', 'The mill ships to Avon, Brill and 21 other towns.'),
    ).toBeNull();
  });

  it('tells a day between the subject and its verb after the verb and its object', () => {
    const told = valueClauses(
      'The harbor council on Monday approved a new lease for the marina.',
      'The harbor council on Tuesday approved a new lease for the marina.',
    );
    expect(told?.claim).toBe('The harbor council approved a new lease for the marina on Monday');
    expect(told?.right).toBe('The harbor council approved a new lease for the marina on Tuesday');
    // Near miss: a participle after the day opens no main clause.
    expect(
      valueClauses(
        'The harbor council on Monday, approving a new contract, met late.',
        'The harbor council on Tuesday, approving a new contract, met late.',
      ),
    ).toBeNull();
  });

  it('writes the day correction with the whole clause, not a head cut off on a count', () => {
    const before = ['The harbor police on Monday detained more than a dozen anglers who fished without permits.', 'Work starts in May.'];
    const after = ['The harbor police on Tuesday detained more than a dozen anglers who fished without permits.', 'Work starts in May.'];
    const note = noteFor(before, after);
    expect(note).toContain('the harbor police detained more than a dozen anglers on Monday');
    expect(note).not.toContain('more than a dozen.');
  });
});

describe('a head that stops short is not specific (specific-head.ts)', () => {
  it('refuses a head cut off on a count, with no subject, or with no noun', () => {
    expect(headNamesOwner('when the council arrested more than a dozen')).toBe(false);
    expect(headNamesOwner('when updated')).toBe(false);
    expect(headNamesOwner('the 2019')).toBe(false);
    // Near misses: a whole clause, a stranded preposition after its verb, "how many" with no subject.
    expect(headNamesOwner('when the council approved the contract')).toBe(true);
    expect(headNamesOwner('where the crews were from')).toBe(true);
    expect(headNamesOwner('how many were hurt')).toBe(true);
  });
});

describe('spelled figures and seasons', () => {
  it('tells a spelled figure that opened its sentence as AP does mid-sentence', () => {
    expect(lowerSpelledValue('misstated the number of boats. The correct number is Sixteen, not Eleven')).toBe(
      'misstated the number of boats. The correct number is 16, not 11',
    );
    expect(lowerSpelledValue('misstated the number of boats. The correct number is Four, not Three')).toBe(
      'misstated the number of boats. The correct number is four, not three',
    );
    // Near miss: a name after "to" is no figure.
    expect(lowerSpelledValue('misstated where the boats went. They went to Avon')).toBe(
      'misstated where the boats went. They went to Avon',
    );
  });

  it('reads a season as a year, never a score', () => {
    const before = ['The mill posted record sales in the 2023-24 fiscal year, its owners said.', 'Work starts in May.'];
    const after = ['The mill posted record sales in the 2024-25 fiscal year, its owners said.', 'Work starts in May.'];
    expect(noteFor(before, after)).not.toContain('score');
    // Near miss: a game's score stays a score.
    const game = ['The Mills beat the Rovers 24-17 on Saturday.', 'Work starts in May.'];
    expect(noteFor(game, ['The Mills beat the Rovers 24-21 on Saturday.', 'Work starts in May.'])).toContain('score');
  });
});
