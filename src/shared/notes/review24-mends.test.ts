/**
 * Round 24's mends after the merge: a person named in full is no one new to the evaluation, a
 * credit never opens inside a body's name, and a body's name opening a sentence keeps its capitals.
 */
import { describe, expect, it } from 'vitest';
import { uninvolvedNames } from './eval';
import { startsItsRun } from './ranked-news';
import { introducedAs } from './names';
import { apToldValues } from './told-value';

const change = (evidence: string) => [{ type: 'added', evidence: [evidence], sources: [] as string[] }];

describe('names in full and the evaluation', () => {
  const article = 'Councilwoman Rosa Delgado opened the hearing.\n\n"We will vote in May," Delgado said.';

  it('counts the given name and post of an involved person as involved', () => {
    const note = 'Update, Oct. 15: Additional comments from Councilwoman Rosa Delgado.';
    expect(uninvolvedNames(note, change('"We will vote in May," Delgado said.'), article)).toEqual([]);
  });

  it('still counts a name the change does not involve', () => {
    const note = 'Update, Oct. 15: Additional comments from Councilwoman Rosa Delgado and Mayor Ian Pruett.';
    expect(uninvolvedNames(note, change('"We will vote in May," Delgado said.'), `${article}\n\nMayor Ian Pruett left early.`)).toEqual([
      'Mayor',
      'Ian',
      'Pruett',
    ]);
  });

  it("still counts a word cut from a body's name before a post", () => {
    const text = 'Harlow & Co analyst Dana Fisk raised her target.\n\n"Sales look strong," Fisk said.';
    const note = 'Update, Oct. 15: Additional comments from Co analyst Dana Fisk.';
    expect(uninvolvedNames(note, change('"Sales look strong," Fisk said.'), text)).toEqual(['Co']);
  });
});

describe("a credit read from inside a body's name", () => {
  it('is refused after the body\'s "&" or on its suffix', () => {
    const text = 'Harlow & Co analyst Dana Fisk raised her target.';
    expect(startsItsRun('Co analyst Dana Fisk', text)).toBe(false);
    expect(startsItsRun('Inc. analyst Dana Fisk', 'Brant Inc. analyst Dana Fisk spoke.')).toBe(false);
  });

  it('is kept when a place or body opens the post ("Normal Police Chief …")', () => {
    const text = 'NORMAL, Ill. — Normal Police Chief Ada Renn said five people were hurt.';
    expect(startsItsRun('Police Chief Ada Renn', text)).toBe(true);
    expect(startsItsRun('Normal Police Chief Ada Renn', text)).toBe(true);
  });
});

describe('a post introduced at the start of a sentence', () => {
  const text = (opening: string) =>
    `Ferry suspended\n\nThe ferry was suspended on Monday, the transit authority said.\n\n${opening} Maria Lund said no one was hurt.`;

  it("keeps a body's name whole when its first word is also printed in lower case", () => {
    expect(introducedAs('Lund', text('Transit Authority spokesperson'))).toBe('Transit Authority spokesperson Maria Lund');
  });

  it('still lowers a common word capitalized only by the sentence ("County engineer")', () => {
    expect(introducedAs('Lund', text('County engineer'))).toBe('county engineer Maria Lund');
  });
});

describe('a figure told as AP prints it', () => {
  it('never groups digits run into letters ("2024Mayor" is no figure)', () => {
    expect(apToldValues('The correct number is one, not 2024Mayor.', '1.', '2024Mayor')).toBe('The correct number is one, not 2024Mayor.');
    expect(apToldValues('The correct number is 7120, not 7210.', 'said 7120 people', 'said 7210 people')).toBe(
      'The correct number is 7,120, not 7,210.',
    );
  });
});
