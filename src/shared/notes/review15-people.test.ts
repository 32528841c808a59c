/**
 * Titles and roles of people found silent or garbled on unseen copy: a role put right before a
 * name with an honorific between ("CDC epidemiologist Dr. Ana Reyes"), or in an appositive that
 * carries an agency's initials ("Reyes, a CDC epidemiologist,"); a post's qualifier put in before a
 * surname alone ("Former President Okafor"); and a police rank that ends on "constable".
 */
import { describe, expect, it } from 'vitest';
import { noteForEdit } from '../../../tests/support/note-stories';

const FRAME = { head: 'Outbreak tied to pet shops', after: ['The agency is still investigating.'], date: '2026-03-14T10:00:00-05:00' };
const propose = (older: string, newer: string) => noteForEdit(FRAME, older, newer);

describe('a role put right beside a name with an honorific between', () => {
  it.each([
    ['“It is rare,” CDC epidemiologist Dr. Ana Reyes said.', 'epidemiologist', 'veterinarian', 'Ana Reyes'],
    ['State economist Dr. Tomas Greer said prices would rise.', 'economist', 'analyst', 'Tomas Greer'],
    ['The report was written by county nurse Mrs. Ida Polk and two aides.', 'nurse', 'surgeon', 'Ida Polk'],
    ['Dr. Ana Reyes, a CDC epidemiologist, said the cases were linked.', 'epidemiologist', 'veterinarian', 'Ana Reyes'],
  ])('is a correction naming the person: %s', (sentence, was, now, person) => {
    const note = propose(sentence, sentence.replace(was, now));
    expect(note.kind).toBe('correction');
    expect(note.text).toContain(person);
    expect(note.text).toMatch(new RegExp(now));
  });

  it('an honorific changed alone is no role put right', () => {
    const note = propose('“It is rare,” CDC epidemiologist Dr. Ana Reyes said.', '“It is rare,” CDC epidemiologist Ms. Ana Reyes said.');
    expect(note.text).not.toMatch(/misidentified Ana Reyes as/);
  });

  it('the same role in other words stays no correction', () => {
    const note = propose(
      'Dr. Ana Reyes, a CDC lawyer, said the cases were linked.',
      'Dr. Ana Reyes, a CDC attorney, said the cases were linked.',
    );
    expect(note.kind).toBe('none');
  });
});

describe('a qualifier put in before a surname alone', () => {
  it.each([
    [
      'President Okafor marked the anniversary Thursday.',
      'Former President Okafor marked the anniversary Thursday.',
      /Okafor is the former president, not the president/,
    ],
    [
      'The plan was signed by Mayor Lindqvist on Monday.',
      'The plan was signed by acting Mayor Lindqvist on Monday.',
      /Lindqvist is the acting mayor, not the mayor/,
    ],
    ['Chief Constable Harrow said the force would review it.', 'Deputy Chief Constable Harrow said the force would review it.', /Harrow/],
    [
      'Superintendent Marsh said schools would reopen.',
      'Interim Superintendent Marsh said schools would reopen.',
      /Marsh is the interim superintendent/,
    ],
  ])('is a title put right: %s', (older, newer, told) => {
    const note = propose(older, newer);
    expect(note.kind).toBe('correction');
    expect(note.text).toMatch(told);
  });

  it('the body a post is "of" is no surname', () => {
    const sentence =
      '“It is grim,” said Dr. Ana Reyes, Harlow University assistant professor of Marine Biology, whose work covers the county.';
    const note = propose(sentence, sentence.replace('assistant', 'associate'));
    expect(note.text).not.toMatch(/Biology['’]s title|Biology is/);
  });

  it('a qualifier before a body, not a person, gives no title note', () => {
    const note = propose(
      'President Okafor marked the anniversary Thursday.',
      'President Okafor marked the anniversary Thursday with Former Ministry staff.',
    );
    expect(note.text).not.toMatch(/title/);
  });
});
