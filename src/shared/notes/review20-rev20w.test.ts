/**
 * Round 20 review (rev20w): fact-owner.ts. A place after a noun's "from" keeps a hyphenated age
 * compound whole ("the 34-year-old man", never "the old man"); a subject cut at the comma that opens
 * a parenthetical keeps its words when the verb after it is one the tagger calls a noun ("plans to");
 * and a date's clause whose only verb is a relative clause's ("a fire that left …") is not lifted.
 * Invented copy only; each mechanism has a near miss.
 */
import { describe, expect, it } from 'vitest';
import { noteForEdit } from '../../../tests/support/note-stories';

const FRAME = {
  head: 'Man held after warehouse fire in Millbrook',
  before: ['Fire crews spent six hours at the Millbrook warehouse, the fire service said.'],
  after: ['The warehouse had been empty since the summer, its owner said.'],
  date: '2026-05-12',
};
const told = (older: string, newer: string) => noteForEdit(FRAME, older, newer).text;

describe('a place after a noun with an age compound (fact-owner.ts originOf)', () => {
  it('keeps "34-year-old" whole with its noun', () => {
    const note = told(
      'Officers said a 34-year-old man from Eastfield was detained near the site.',
      'Officers said a 34-year-old man from Westbury was detained near the site.',
    );
    expect(note).not.toMatch(/the old man/);
    expect(note).toMatch(/where the 34-year-old man is from\. It is from Westbury, not Eastfield\./);
  });

  it('near miss: a plain adjective before the noun is kept as it was', () => {
    const note = told(
      'Officers said a young man from Eastfield was detained near the site.',
      'Officers said a young man from Westbury was detained near the site.',
    );
    expect(note).toMatch(/where the young man is from\. It is from Westbury, not Eastfield\./);
  });
});

describe('a subject before a parenthetical and a verb tagged as a noun (fact-owner.ts clauseAt)', () => {
  const older = 'A survey crew, from the county highways office, plans to inspect the bridge in June.';
  it('keeps the subject before the parenthetical', () => {
    const note = told(older, older.replace('June', 'July'));
    expect(note).not.toMatch(/the month plans/);
    expect(note).toMatch(/the month a survey crew plans to inspect the bridge\. It is July, not June\./);
  });

  it('near miss: the same line without the parenthetical reads the same subject', () => {
    const plain = 'A survey crew plans to inspect the bridge in June.';
    expect(told(plain, plain.replace('June', 'July'))).toMatch(/the month a survey crew plans to inspect the bridge\./);
  });
});

describe('a date in a relative clause is not lifted into a verbless head (fact-owner.ts strayAdverb)', () => {
  it('does not drop the adverb into "when a fire that left a firefighter injured"', () => {
    const older = 'A man has been arrested after a fire that left a firefighter badly injured on Sunday night.';
    const note = told(older, older.replace('Sunday', 'Monday'));
    expect(note).not.toMatch(/when a fire that left a firefighter injured\./);
  });

  it('near miss: an adverb between a plain subject and its verb still goes', () => {
    const older = 'The mill badly flooded on Sunday night, the owner said.';
    const note = told(older, older.replace('Sunday', 'Monday'));
    expect(note).not.toMatch(/mill badly flooded/);
  });
});
