import { describe, expect, it } from 'vitest';
import {
  articleFromText,
  uninvolvedNames,
  factPresent,
  factPresentVerbatim,
  factStem,
  inventedNames,
  inventedInNote,
  rougeL,
  sameSource,
} from './eval';
import { bodyPlainText } from '../article/content';

describe('note evaluation helpers', () => {
  it('turns plain text into an article: headline, then paragraphs', () => {
    const a = articleFromText('Headline here\n\nFirst paragraph\ncontinues.\n\nSecond paragraph.\n');
    expect(a.headline).toBe('Headline here');
    expect(bodyPlainText(a)).toBe('First paragraph continues.\n\nSecond paragraph.');
  });

  it('scores ROUGE-L on lowercased words', () => {
    expect(rougeL('Additional comments from Rutte.', 'additional comments from rutte')).toBe(1);
    expect(rougeL('comments from Rutte', 'additional comments from Rutte and Tamm')).toBeCloseTo((2 * 1 * 0.5) / 1.5);
    expect(rougeL('', 'anything')).toBe(0);
  });

  it('reads a name with a figure in it whole ("Q7", not "Q")', () => {
    const changes = [{ type: 'corrected', evidence: ['Q7 Ledger is a lender in Tarrow.'], sources: [] }];
    expect(uninvolvedNames('An earlier version misstated a detail about Q7 Ledger.', changes, 'Q7 Ledger is a lender in Tarrow.')).toEqual(
      [],
    );
  });

  it('counts names the note invented, not the words the house style writes', () => {
    expect(inventedNames('Additional comments from Rutte and Okafor.', 'Rutte said so.')).toEqual(['Okafor']);
    expect(inventedNames('An earlier version of this article misstated the date. It is March 21.', 'On March 21 it opens.')).toEqual([]);
  });

  it('matches a surname to the full name', () => {
    expect(sameSource('Mark Rutte', 'Rutte')).toBe(true);
    expect(sameSource('Rutte', 'Tamm')).toBe(false);
  });

  it('finds a fact named in other words: stems, names and numbers, not phrasing', () => {
    const note = 'Correction, Jan. 17: An earlier version of this article misspelled the last name of Ian Trombulak.';
    expect(factPresentVerbatim('Ian Trombulak’s surname', note)).toBe(false);
    expect(factPresent('Ian Trombulak’s surname', note)).toBe(true);
    expect(factPresent('spelling', note)).toBe(true);
    expect(factPresent('the Houston building was dedicated', 'It misstated the year the Houston building was dedicated.')).toBe(true);
    expect(factPresent('45 people died', 'The number of people who died in the crash is 50, not 45.')).toBe(true);
    expect(factStem('dedication')).toBe(factStem('dedicated'));
    expect(factStem('misspelled')).toBe(factStem('spelling'));
  });

  it('demands every number and quoted word of the fact, and two thirds of its other words', () => {
    expect(factPresent('in 2005, not 2007', 'It was dedicated in 2005.')).toBe(false);
    expect(factPresent('in 2005, not 2007', 'It was dedicated in 2005, not 2007.')).toBe(true);
    expect(factPresent("'a set of open software protocols'", 'It is a set of software protocols.')).toBe(false);
    expect(factPresent('Sumitomo and Yokohama', 'It misstated where Sumitomo is based.')).toBe(false);
    expect(factPresent('Alpine Club of Pakistan', 'Additional comments from the Alpine Club.')).toBe(false);
    expect(factPresent('status of services like Venmo and Lyft', 'Additional details.')).toBe(false);
    expect(factPresent('Sgt. Bowe Bergdahl', 'It misspelled the name of Bowe Bergdahl.')).toBe(true);
    // A function word capitalized by the fact's start is no name the note must print.
    expect(factPresent('This flood watch has expired', 'The news that the flood watch expired.')).toBe(true);
    // A dotted abbreviation is one name: "U.S" must stand in the note as "U.S", not as a bare "S".
    expect(factPresent('Lockdown was lifted at the U.S Capitol', 'The news that lockdown was lifted at the U.S Capitol.')).toBe(true);
    expect(factPresent('Lockdown was lifted at the U.S. Capitol', 'The news that lockdown was lifted at the Capitol.')).toBe(false);
  });
});

describe('inventedInNote', () => {
  const oldText = 'Ferry resumes\nThe ferry was operated by Corran Lines.';
  const newText = 'Ferry resumes\nThe ferry was operated by Tessel Marine.';
  it('lets the claim after "reported that" name what the old version said', () => {
    const note =
      'An earlier version of this article incorrectly reported that the ferry was operated by Corran Lines. It is operated by Tessel Marine.';
    expect(inventedInNote(note, oldText, newText)).toEqual([]);
  });
  it('refuses a right fact, after the claim, that names what only the old version said', () => {
    const note =
      'An earlier version of this article incorrectly reported that the ferry was operated by Tessel Marine. It is operated by Corran Lines.';
    expect(inventedInNote(note, oldText, newText)).toEqual(['Corran', 'Lines']);
  });
  it('reads a dotted abbreviation after ", not" whole, as the old version printed it (a fuzz pair found "not U.S.")', () => {
    const note = 'An earlier version of this article misstated a name in the headline. It is U, not U.S.';
    expect(inventedInNote(note, 'Talks in U.S. end\nThe talks ended.', 'Talks in U end\nThe talks ended.')).toEqual([]);
    expect(inventedInNote('It is U, not U.K.', 'Talks in U.S. end', 'Talks in U end')).toEqual(['U.K']);
  });
});
