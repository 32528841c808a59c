/**
 * Round 17, after the blind judging: two general causes found on unseen copy, told here on copy of
 * our own making.
 * - A development that opens on a count of a group ("Two of the children were flown …") copied a
 *   run of the story, and the copy cut left "two of the children" with no verb, so the note named
 *   the source alone. The count is said short (partitive-subjects.ts).
 * - A date after "had the papers signed" was read as a passive of its own ("when papers was
 *   signed"); a participle after the object of "have" or "get" is what the subject had done
 *   (innermost-deed.ts), and a plural patient takes "were".
 */
import { describe, expect, it } from 'vitest';
import { noteForEdit, storyOfLines } from '../../../tests/support/note-stories';
import { proposeNote } from './propose';
import { checkNoteGrammar } from './grammar';
import { partitiveSaidShort } from './partitive-subjects';

const DATE = '2026-11-06T12:00:00';
const BASE = [
  'Ferry runs aground off Kestrel Point',
  'A passenger ferry ran aground off Kestrel Point on Friday evening with 140 people on board, the coast guard said.',
  'All passengers were taken off the vessel by lifeboat before midnight.',
  'The ferry operator has not said what caused the grounding.',
];
const added = (line: string) => proposeNote(storyOfLines(BASE), storyOfLines([...BASE.slice(0, 3), line, BASE[3]!]), { date: DATE }).text;

describe('a count of a group is said short, so the development keeps its verb', () => {
  it.each([
    [
      'figures, passive, trailing credit',
      'Three of the passengers were taken to a hospital in Port Alder, the coast guard said Saturday.',
      'three passengers were taken to a hospital',
    ],
    [
      'a word count, irregular plural',
      'Two of the children were flown to a hospital in Port Alder, the coast guard said Saturday.',
      'two children were flown to a hospital',
    ],
    [
      'a larger count, active verb',
      'Twelve of the crew members stayed aboard overnight to pump water from the hull, the operator said Saturday.',
      'twelve crew members stayed aboard',
    ],
    [
      '"several" and "those"',
      'Several of those passengers were treated for hypothermia at the harbor clinic, the coast guard said Saturday.',
      'several passengers were treated for hypothermia',
    ],
  ])('%s', (_shape, line, told) => {
    const text = added(line);
    expect(text.toLowerCase()).toContain(told);
    expect(checkNoteGrammar(text)).toEqual([]);
  });

  it('leaves "one of the", a count of a counted group, and a short clause as they are', () => {
    expect(partitiveSaidShort('One of the children was flown to a hospital'.split(' '))).toEqual(
      'One of the children was flown to a hospital'.split(' '),
    );
    expect(partitiveSaidShort('Two of the four passengers were flown to a hospital'.split(' '))).toEqual(
      'Two of the four passengers were flown to a hospital'.split(' '),
    );
    expect(partitiveSaidShort('Two of the injured were flown out'.split(' '))).toEqual('Two of the injured were flown out'.split(' '));
    expect(partitiveSaidShort('Three of the passengers were hurt'.split(' '))).toEqual('Three passengers were hurt'.split(' '));
  });
});

const FRAME = {
  head: 'Harbor sprinter retires',
  before: ['The Harbor sprinter Mara Vale announced her retirement on Monday.'],
  after: ['She will coach at her old club next season.'],
  date: DATE,
};
const fixedYear = (line: string) => noteForEdit(FRAME, line.replace('YEAR', '2006'), line.replace('YEAR', '2008')).text;

describe('a participle after the object of "have" or "get" is what the subject had done', () => {
  it.each([
    [
      '"had her papers signed", in a relative clause',
      'Reports in Dover claimed Vale, who said she had her papers signed in YEAR, may leave the club, but she has insisted it is not time yet.',
    ],
    [
      '"had the loan papers signed"',
      'Reports in Dover claimed Vale, who said she had the loan papers signed in YEAR, may leave the club after the final.',
    ],
    [
      '"got the roof repaired", another subject',
      'Reports in Dover claimed Vale, who said the club got the stadium roof repaired in YEAR, may leave after the final.',
    ],
  ])('%s', (_shape, line) => {
    const text = fixedYear(line);
    expect(text).toMatch(/misstated the year Vale said (?:she|the club) (?:had|got) /);
    expect(text).toContain('It was 2008, not 2006.');
    expect(text).not.toMatch(/papers was|roof was/);
    expect(checkNoteGrammar(text)).toEqual([]);
  });

  it.each([
    [
      'a plural set beside its noun',
      'The club says the new stands, built in YEAR, still need repairs.',
      'the year the new stands were built',
    ],
    ['a plural participle after its noun', 'The league board said the permits issued in YEAR had lapsed.', 'when the permits were issued'],
  ])('a true passive keeps its own reading, with a plural verb for a plural noun: %s', (_shape, line, told) => {
    const text = fixedYear(line);
    expect(text).toContain(told);
    expect(checkNoteGrammar(text)).toEqual([]);
  });
});
