/**
 * Review 16, fix16p: people's titles, roles and names told right. A post "chief" or "head" ranks
 * first takes "the"; a post of several words at a body is told whole; a one-word title before a
 * name is told in AP form with both titles; a job set after a name is the person's title, not a
 * description of the employer; a sentence's opening adverb is never part of a name; a surname
 * alone on a later mention is named in full; one part of a hyphenated surname respelled is a
 * misspelling. Every example is invented for this file, each mechanism with near misses.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';
import { checkNoteGrammar } from './grammar';
import { heldByOne } from './sole-posts';
import { respelledSurnamePart } from './joined-surnames';

const DATE = '2026-05-20T10:00:00-05:00';
const story = (...paragraphs: string[]) =>
  storyOfLines(['Harbor desk roundup', 'The council met on Monday to weigh the plan.', ...paragraphs, 'The board meets again in June.']);
const note = (older: string[], newer: string[]) => proposeNote(story(...older), story(...newer), { date: DATE }).text;
const says = (older: string | string[], newer: string | string[], expected: string) => {
  const text = note([older].flat(), [newer].flat());
  expect(text).toContain(expected);
  expect(checkNoteGrammar(text)).toEqual([]);
};
const lacks = (older: string | string[], newer: string | string[], unexpected: string) => {
  expect(note([older].flat(), [newer].flat())).not.toContain(unexpected);
};

describe('a post "chief" or "head" ranks first is held by one: "the"', () => {
  it('told with "the" before the body and the post', () => {
    says(
      'Later, Dorset Deputy Chief Constable Ivo Brandt said the inquiry was over.',
      'Later, Dorset Chief Constable Ivo Brandt said the inquiry was over.',
      'Brandt is the Dorset chief constable',
    );
    says(
      'The report was signed by Kent Acting Chief Executive Ola Berg on Friday.',
      'The report was signed by Kent Chief Executive Ola Berg on Friday.',
      'Berg is the Kent chief executive, not the acting chief executive.',
    );
    expect(heldByOne('head coach')).toBe(true);
    expect(heldByOne('managing editor')).toBe(true);
    expect(heldByOne('chief of staff')).toBe(true);
  });
  it('near misses: a rank many hold keeps "a"', () => {
    says(
      'The report was signed by Kent Chief Inspector Ola Berg on Friday.',
      'The report was signed by Kent Detective Chief Inspector Ola Berg on Friday.',
      'Berg is a Kent detective chief inspector',
    );
    expect(heldByOne('chief petty officer')).toBe(false);
    expect(heldByOne('constable')).toBe(false);
  });
});

describe('a post of several words at a body is told whole, the body kept', () => {
  it('several shapes', () => {
    says(
      'Mara Finch, head of research for Corvel which makes the spray, said the levels were low.',
      'Mara Finch, spokeswoman for Corvel which makes the spray, said the levels were low.',
      'Finch is a spokeswoman for Corvel, not its head of research.',
    );
    says(
      '"He will be charged," Omar Felde, managing director of the Tarn Port Authority, told reporters.',
      '"He will be charged," Omar Felde, chairman of the board of directors of the Tarn Port Authority, told reporters.',
      'Felde is the chairman of the board of directors of the Tarn Port Authority, not its managing director.',
    );
    says(
      'Ana Lisk, research director of the Pell Institute, spoke first at the hearing.',
      'Ana Lisk, managing director of the Pell Institute, spoke first at the hearing.',
      'Lisk is the managing director of the Pell Institute, not its research director.',
    );
    says(
      'The plan, said Servo Marl, founder of the Harbour Trust, was sound.',
      'The plan, said Servo Marl, honorary treasurer of the Harbour Trust, was sound.',
      'Marl is the honorary treasurer of the Harbour Trust, not its founder.',
    );
  });
  it('near misses: a clause after the name, a body changed', () => {
    lacks(
      'Ana Lisk, who joined the board of the rowing club, spoke first.',
      'Ana Lisk, who left the board of the rowing club, spoke first.',
      'title',
    );
    lacks('Ines Kell, the older sister of Mara Kell, spoke first.', 'Ines Kell, the younger sister of Mara Kell, spoke first.', 'title');
    lacks('Ana Lisk, treasurer of the rowing club, spoke first.', 'Ana Lisk, treasurer of the sailing club, spoke first.', 'not its');
  });
});

describe('a one-word title before a name: both titles, AP form', () => {
  it('several shapes', () => {
    says(
      'A hearing held by Rep. Dana Holt (D., Ore.) featured a tape of the call.',
      'A hearing held by Sen. Dana Holt (D., Ore.) featured a tape of the call.',
      'Holt is a senator, not a representative.',
    );
    says('Sgt. Ivo Lund said the road would reopen.', 'Lt. Ivo Lund said the road would reopen.', 'Lund is a lieutenant, not a sergeant.');
    says(
      'The search was led on Sunday by Det. Kai Ross and two others.',
      'The search was led on Sunday by Sgt. Kai Ross and two others.',
      "misstated Kai Ross' title. Ross is a sergeant, not a detective.",
    );
    says(
      'Asked about the levy, Sen. Aled Price said he had not read it.',
      'Asked about the levy, Rep. Aled Price said he had not read it.',
      'Price is a representative, not a senator.',
    );
  });
  it('near misses: a post one person holds keeps the older form', () => {
    lacks('The bill was filed by Mayor Ivo Lund last week.', 'The bill was filed by Gov. Ivo Lund last week.', 'is a governor');
    lacks('The bill was filed by Sen. Ivo Lund last week.', 'The bill was filed by Gov. Ivo Lund last week.', 'is a governor');
  });
});

describe('a job set after a name is the person’s title, not the employer described', () => {
  it('several shapes', () => {
    says(
      'Now Lena Ortiz, Acme product manager and co-author of the paper, has posted a reply.',
      'Now Lena Ortiz, Acme data scientist and co-author of the paper, has posted a reply.',
      "misstated Lena Ortiz's title. Ortiz is an Acme data scientist, not a product manager.",
    );
    says(
      'Lena Ortiz, a Brightline product manager, wrote the memo.',
      'Lena Ortiz, a Brightline data scientist, wrote the memo.',
      'Ortiz is a Brightline data scientist, not a product manager.',
    );
    says(
      '"We never saw it," said Tom Vale, Kestrel software engineer, on Monday.',
      '"We never saw it," said Tom Vale, Kestrel hardware technician, on Monday.',
      'Vale is a Kestrel hardware technician, not a software engineer.',
    );
    says(
      'The figures came from Ruth Amos, a Verrin payroll clerk, in June.',
      'The figures came from Ruth Amos, a Verrin payroll supervisor, in June.',
      'Amos is a Verrin payroll supervisor',
    );
    says(
      'Oren Pask, the finance director, said the quay would close for a month.',
      'Oren Pask, the operations manager, said the quay would close for a month.',
      'Pask is the operations manager, not the finance director.',
    );
  });
  it('near misses: a firm described, a person not by job', () => {
    lacks('Brightline, a Tarn software company, wrote the memo.', 'Brightline, a Tarn hardware company, wrote the memo.', 'title');
    lacks(
      'Lena Ortiz, a longtime Brightline customer, wrote the memo.',
      'Lena Ortiz, a loyal Brightline customer, wrote the memo.',
      'title',
    );
  });
});

describe('names: an opening adverb is no part of a name; a surname alone is named in full', () => {
  it('an adverb opening the sentence is left out of the name', () => {
    says(
      'Now Lena Ortis, Acme data scientist, has posted a reply.',
      'Now Lena Ortiz, Acme data scientist, has posted a reply.',
      'misspelled the last name of Lena Ortiz.',
    );
    says('Still Omar Reyes would not say who starts.', 'Still Omar Reyez would not say who starts.', 'the last name of Omar Reyez.');
    says(
      'Meanwhile Ida Holm told the panel the budget was short.',
      'Meanwhile Ida Hulm told the panel the budget was short.',
      'of Ida Hulm.',
    );
    says('Instead Ida Holm told the panel the budget was short.', 'Instead Ida Hulm told the panel the budget was short.', 'of Ida Hulm.');
  });
  it('near miss: a given name that is also a word stays', () => {
    says(
      'Will Harmon, the new coach, would not say who starts.',
      'Will Harmen, the new coach, would not say who starts.',
      'of Will Harmen.',
    );
  });
  it('a later mention by surname alone is named as the article first named the person', () => {
    const first = 'The report was written by Dr. Nia Okafor, a county vet.';
    says(
      [first, 'Okafer told the council the herd was sick.'],
      [first, 'Okafor told the council the herd was sick.'],
      'the last name of Nia Okafor.',
    );
    const sgt = 'Sgt. Bea Lorne spoke first, and the crew followed.';
    says([sgt, 'Lorn said the road was clear.'], [sgt, 'Lorne said the road was clear.'], 'the last name of Bea Lorne.');
  });
  it('near miss: a surname the article never names in full stays as it is', () => {
    says('Okafer told the council the herd was sick.', 'Okafor told the council the herd was sick.', 'misspelled the name of Okafor.');
  });
});

describe('one part of a hyphenated surname respelled is a misspelling', () => {
  it('several shapes', () => {
    says(
      'An outside expert, Tarn College’s Rita Lo-Varga, said the sample was small.',
      'An outside expert, Tarn College’s Rita Lo-Vargo, said the sample was small.',
      'misspelled the last name of Rita Lo-Vargo.',
    );
    says(
      'Ms. Pia Dunmore-Clark, a nurse, said beds were full.',
      'Ms. Pia Dunmore-Clerk, a nurse, said beds were full.',
      'of Pia Dunmore-Clerk.',
    );
    says('The case was argued by Jo Ann Fitz-Henry for the city.', 'The case was argued by Jo Ann Fitz-Henri for the city.', 'misspelled');
    expect(respelledSurnamePart('Ng-Smith', 'Ng-Smart')).toBe(true);
  });
  it('near misses: a part replaced by another name', () => {
    lacks('The case was argued by Jo Fitz-Henry for the city.', 'The case was argued by Jo Fitz-Gerald for the city.', 'misspelled');
    expect(respelledSurnamePart('Lowe-Smith', 'Lowe-Baxter')).toBe(false);
    expect(respelledSurnamePart('Lowe-Smith', 'Lowe-Snow')).toBe(false);
    expect(respelledSurnamePart('Smith', 'Smart')).toBe(false);
  });
});

describe('a post printed in lower case before a name: both posts, AP form', () => {
  it('several shapes', () => {
    says(
      'The Hawks lost again, and bench coach Ned Vale turned to a reliever in the ninth.',
      'The Hawks lost again, and manager Ned Vale turned to a reliever in the ninth.',
      "misstated Ned Vale's title. Vale is the manager, not the bench coach.",
    );
    says(
      'The vote marks a win for the nurses, and union president Ada Wirth told reporters it was earned.',
      'The vote marks a win for the nurses, and union executive director Ada Wirth told reporters it was earned.',
      'Wirth is the union executive director, not the union president.',
    );
    says(
      'Federal law minister Omar Dalt introduced the bill.',
      'Federal minister of state for housing Omar Dalt introduced the bill.',
      'Dalt is the minister of state for housing, not the law minister.',
    );
    says(
      'Trail crews were praised by park ranger Lia Moss on Sunday after the storm.',
      'Trail crews were praised by park superintendent Lia Moss on Sunday after the storm.',
      "misstated Lia Moss' title. Moss is the park superintendent, not a park ranger.",
    );
  });
  it('near misses: no post before the name, or the name itself changed', () => {
    lacks(
      'The Hawks lost again, and rookie Ned Vale turned to a reliever in the ninth.',
      'The Hawks lost again, and veteran Ned Vale turned to a reliever in the ninth.',
      'title',
    );
    lacks(
      'The Hawks lost again, and coach Ned Vale turned to a reliever in the ninth.',
      'The Hawks lost again, and coach Ted Vale turned to a reliever in the ninth.',
      'title',
    );
  });
});
