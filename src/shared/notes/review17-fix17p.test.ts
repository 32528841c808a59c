/**
 * Review 17, fix17p: cosmetic edits that get no note, and people told right. A noun made to agree
 * with the unchanged word that counts it ("both team" → "both teams") is grammar; a common word's
 * slip inside a body's name ("Approprations Committee") is spelling. Near misses keep their notes:
 * a number changed after a word that does not count ("her son" → "her sons"), a person's name
 * respelled, a body's name changed. Every example is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { noteForEdit } from '../../../tests/support/note-stories';
import { checkNoteGrammar } from './grammar';
import { agreesWithCounter } from './determiner-agreement';
import { isKnownWord } from './known-words';

const FRAME = {
  head: 'Town weighs plan for new harbor wall',
  before: ['The plan drew a crowd of residents to a long meeting on Tuesday night, and more sessions are set for the spring.'],
  after: ['The next meeting is set for March, officials said.'],
  date: '2026-11-06T10:00:00-05:00',
};
const note = (older: string, newer: string) => noteForEdit(FRAME, older, newer);
const silent = (older: string, newer: string) => expect(note(older, newer).text).toBe('');
const says = (older: string, newer: string, expected: string) => {
  const text = note(older, newer).text;
  expect(text).toContain(expected);
  expect(checkNoteGrammar(text)).toEqual([]);
};
const lacksText = (older: string, newer: string, unexpected: string) => expect(note(older, newer).text).not.toContain(unexpected);
const corrects = (older: string, newer: string) => expect(note(older, newer).text).toMatch(/^An earlier version/);

describe('a noun made to agree with the word that counts it gets no note', () => {
  it('made plural after a word that takes a plural', () => {
    silent(
      'The grant will help all kind of growers in the delta, from rice farms to orchards, the agency said.',
      'The grant will help all kinds of growers in the delta, from rice farms to orchards, the agency said.',
    );
    silent(
      'Both team agreed to play the final on neutral ground, league officials said on Friday.',
      'Both teams agreed to play the final on neutral ground, league officials said on Friday.',
    );
    silent(
      'She said the hospital had seen several case of measles in children under 5 since May.',
      'She said the hospital had seen several cases of measles in children under 5 since May.',
    );
    silent(
      'Many resident said they had not been told about the closure until the day before.',
      'Many residents said they had not been told about the closure until the day before.',
    );
    silent(
      'These kind of delays are common in the winter, the transit agency said.',
      'These kinds of delays are common in the winter, the transit agency said.',
    );
  });
  it('made plural as one of a group, past the adjectives and the possessive', () => {
    silent(
      "One of the district's oldest school will close at the end of the term, the board said.",
      "One of the district's oldest schools will close at the end of the term, the board said.",
    );
  });
  it('made singular after a word that takes a singular', () => {
    silent(
      'Each of the five councillors has a vote, and every residents may speak for three minutes.',
      'Each of the five councillors has a vote, and every resident may speak for three minutes.',
    );
  });
  it('near miss: after a word that does not count, one or many is a fact', () => {
    corrects(
      'The grant will help the grower in the delta, a rice farm near the levee, the agency said.',
      'The grant will help the growers in the delta, a rice farm near the levee, the agency said.',
    );
  });
  it('near miss: the counting word itself changed', () => {
    says(
      'The fire destroyed two home on Birch Lane, the chief said.',
      'The fire destroyed three homes on Birch Lane, the chief said.',
      'three',
    );
  });
  it('reads the counting word before the noun', () => {
    const modifier = (w: string) => w === 'oldest' || w.endsWith("'s");
    expect(agreesWithCounter(['several', 'oldest', 'homes'], 2, 'home', 'homes', modifier)).toBe(true);
    expect(agreesWithCounter(['her', 'sons'], 1, 'son', 'sons', modifier)).toBe(false);
    expect(agreesWithCounter(['each', 'homes'], 1, 'home', 'homes', modifier)).toBe(false);
  });
});

describe("a common word's slip in a body's name gets no note", () => {
  it('in the middle, first or last word of the name', () => {
    silent(
      'The bill now goes to the Senate Approprations Committee, which meets next week.',
      'The bill now goes to the Senate Appropriations Committee, which meets next week.',
    );
    silent(
      'Officials at the Departmnet of Transportation said the bridge would reopen by June.',
      'Officials at the Department of Transportation said the bridge would reopen by June.',
    );
    silent(
      'The Natonal Weather Service issued a flood watch for the county through Thursday.',
      'The National Weather Service issued a flood watch for the county through Thursday.',
    );
    silent(
      'The report went to the House Intelligence Comittees on Tuesday, aides said.',
      'The report went to the House Intelligence Committees on Tuesday, aides said.',
    );
  });
  it("near miss: a person's name respelled is still corrected", () => {
    says(
      'The bill was sent to Sen. Tom Bakr for review before the vote, aides said.',
      'The bill was sent to Sen. Tom Baker for review before the vote, aides said.',
      'misspelled the last name of',
    );
    says(
      'The company hired the analyst Mara Colemen to lead the review, a spokeswoman said.',
      'The company hired the analyst Mara Coleman to lead the review, a spokeswoman said.',
      'Coleman',
    );
  });
  it('near miss: another body named is still corrected', () => {
    corrects(
      'The bill now goes to the Senate Appropriations Committee, which meets next week.',
      'The bill now goes to the Senate Finance Committee, which meets next week.',
    );
  });
  it('knows an ordinary word from a slip', () => {
    expect(isKnownWord('Committee')).toBe(true);
    expect(isKnownWord('Comittee')).toBe(false);
  });
});

describe('people: titles and names told right', () => {
  it("a post's qualifier put right, with the body it is of: both posts whole, told in the past", () => {
    says(
      'The panel is led by former Deputy Secretary of Commerce and board co-chair Lena Harrow, who spoke first.',
      'The panel is led by former Under Secretary of Commerce and board co-chair Lena Harrow, who spoke first.',
      'Harrow was an under secretary of commerce, not a deputy secretary of commerce',
    );
    says(
      'The memo was signed by Assistant Director of Planning Omar Velde before the vote.',
      'The memo was signed by Deputy Director of Planning Omar Velde before the vote.',
      'Velde is',
    );
  });
  it('near miss: a name after the post respelled is still a name', () => {
    says(
      'The memo was signed by Deputy Director of Planning Omar Velde before the vote.',
      'The memo was signed by Deputy Director of Planning Omar Veldt before the vote.',
      'misspelled',
    );
  });
  it('"former" before a title kept when a name is respelled', () => {
    says(
      '"We are not going anywhere," said former Labour MP Gareth Pryse, who now runs a charity in Leeds.',
      '"We are not going anywhere," said former Labour MP Gareth Pryce, who now runs a charity in Leeds.',
      'former Labour MP Gareth Pryce',
    );
  });
  it('near miss: no "former" where the article set none', () => {
    lacksText(
      'The ruling was welcomed by Labour MP Gareth Pryse, who sits on the committee.',
      'The ruling was welcomed by Labour MP Gareth Pryce, who sits on the committee.',
      'former',
    );
  });
});

describe('people: a qualifier put in at the sentence start, a school head, a middle initial', () => {
  it('"former" put before a title and name, with the place after the name', () => {
    says(
      'Mayor Tom Eckert of Dunmore said the town would appeal.',
      'Former Mayor Tom Eckert of Dunmore said the town would appeal.',
      "misstated Tom Eckert's title. Eckert is the former mayor, not the mayor",
    );
  });
  it('a British school head is a post', () => {
    says(
      'Headteacher Graham Wyld said pupils would return to lessons on Monday.',
      'Deputy headteacher Graham Wyld said pupils would return to lessons on Monday.',
      'Wyld is a deputy headteacher',
    );
  });
  it('a middle initial is misstated, not misspelled', () => {
    says(
      'Former Gov. John T. Hadley, who left office in 2019, endorsed the measure on Friday.',
      'Former Gov. John R. Hadley, who left office in 2019, endorsed the measure on Friday.',
      'misstated the middle initial of John R. Hadley',
    );
  });
  it('near miss: a surname changed is no initial', () => {
    lacksText(
      'Former Gov. John T. Hadley, who left office in 2019, endorsed the measure on Friday.',
      'Former Gov. John T. Hadleigh, who left office in 2019, endorsed the measure on Friday.',
      'middle initial',
    );
  });
});

describe("near miss: a surname that is also a body's word is still a name", () => {
  it('after a title, or after a given name alone', () => {
    says(
      'Later, fellow Officer Dana Arenes said the car had stopped.',
      'Later, fellow Officer Dana Arenas said the car had stopped.',
      'misspelled',
    );
    says(
      'Dana Arenes, who joined the force in 2019, said the car had stopped.',
      'Dana Arenas, who joined the force in 2019, said the car had stopped.',
      'misspelled',
    );
  });
});
