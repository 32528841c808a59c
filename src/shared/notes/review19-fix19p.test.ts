/**
 * Round nineteen, titles, posts and ranks (fix19p): the post reader told whole — its tense, its
 * article, whose post it is and where it ends. Invented copy only.
 */
import { describe, expect, it } from 'vitest';
import { harborBoardStory, noteForEdit } from '../../../tests/support/note-stories';
import { heldNoLonger } from './post-tense';
import { officeBeforeRank } from './office-ranks';
import { fieldsAfterOf } from './portfolios';

const note = (older: string, newer: string) => noteForEdit(harborBoardStory, older, newer).note;

describe('a post no longer held is told in the past (post-tense.ts)', () => {
  it('tells a post printed after "former" as was', () => {
    const n = note(
      'The lawyer for former Tarn County Attorney Ada Lind asked to withdraw from the case.',
      'The lawyer for former Tarn County Sheriff Ada Lind asked to withdraw from the case.',
    );
    expect(n).toMatch(/Lind was the Tarn County sheriff, not the Tarn County attorney\./);
  });
  it('tells a post whose holder resigned as was', () => {
    const n = note(
      'The ferry line said Dale Pruitt, the firm’s chief marketing officer, had resigned on Monday.',
      'The ferry line said Dale Pruitt, the firm’s chief technology officer, had resigned on Monday.',
    );
    expect(n).toMatch(/Pruitt was the firm's chief technology officer, not its chief marketing officer\./);
  });
  it('says the past once, without "former" or "late" beside it', () => {
    expect(
      note(
        'Ron Hale, a former county commissioner, said the pier was closed.',
        'Ron Hale, a former county treasurer, said the pier was closed.',
      ),
    ).toMatch(/Hale was a county treasurer, not a county commissioner\./);
  });
  it('keeps is for a post still held', () => {
    const n = note(
      'The ferry line said Dale Pruitt, the firm’s chief marketing officer, would attend the vote.',
      'The ferry line said Dale Pruitt, the firm’s chief technology officer, would attend the vote.',
    );
    expect(n).toMatch(/Pruitt is the firm's chief technology officer, not its chief marketing officer\./);
    expect(heldNoLonger('Mayor Ada Lind, a former teacher, said so.', 'Mayor Ada Lind, a former nurse, said so.')).toBe(true);
    expect(
      heldNoLonger('The deputy mayor, Ada Lind, said the former plan failed.', 'The mayor, Ada Lind, said the former plan failed.'),
    ).toBe(false);
  });
});

describe('the article of a post, and its office (both-titles.ts, office-ranks.ts)', () => {
  it('tells a commissioner as one of a commission, its chair as the one', () => {
    const n = note(
      'Commission Chairwoman Ada Pell said the dock "needs a new roof" before winter.',
      'Commissioner Ada Pell said the dock "needs a new roof" before winter.',
    );
    expect(n).toMatch(/Pell is a commissioner, not the commission chairwoman\./);
  });
  it('tells a rank printed after its office as the rank alone', () => {
    const n = note(
      'Tarn County Sheriff Sergeant Lee Ottoway found the missing skiff on Wednesday.',
      'Tarn County Sheriff Lieutenant Lee Ottoway found the missing skiff on Wednesday.',
    );
    expect(n).toMatch(/Ottoway is a lieutenant, not a sergeant\./);
    expect(officeBeforeRank(['chief', 'deputy'], ['chief', 'inspector'])).toBe(0);
    expect(officeBeforeRank(['deputy', 'sheriff'], ['deputy', 'coroner'])).toBe(0);
  });
});

describe('a portfolio after "of" and a post word swapped (portfolios.ts, post-words-misread.ts)', () => {
  it('tells a minister of a portfolio whole and lower case', () => {
    const n = note(
      'The plan came weeks after Minister of Fisheries and Ocean Policy Kemi Adeyemo visited the port.',
      'The plan came weeks after Minister of Trade and Industry Kemi Adeyemo visited the port.',
    );
    expect(n).toMatch(/Adeyemo is the minister of trade and industry, not the minister of fisheries and ocean policy\./);
    expect(fieldsAfterOf(['president', 'of', 'Kenya'])).toEqual(['president', 'of', 'Kenya']);
    expect(fieldsAfterOf(['director', 'of', 'the', 'Energy', 'Office'])).toEqual(['director', 'of', 'the', 'Energy', 'Office']);
  });
  it('tells a field after "of" put right as the whole post, the name whole', () => {
    expect(note('Secretary of State Ron Hale visited the pier.', 'Secretary of Defense Ron Hale visited the pier.')).toMatch(
      /misstated Ron Hale's title\. Hale is the secretary of defense, not the secretary of state\./,
    );
    expect(note('Minister of Foreign Affairs Ron Hale visited the pier.', 'Minister of Home Affairs Ron Hale visited the pier.')).toMatch(
      /misstated Ron Hale's title\. Hale is (?:the )?minister of home affairs, not (?:the )?minister of foreign affairs\./,
    );
  });
  it('tells one noun for a person’s work put for another', () => {
    const n = note(
      '“The routes lose money every winter,” said Tomas Ferro, a policy director with the Harbor Trust.',
      '“The routes lose money every winter,” said Tomas Ferro, a policy scientist with the Harbor Trust.',
    );
    expect(n).toMatch(/Ferro is a policy scientist with the Harbor Trust, not its policy director\./);
  });
  it('leaves a post word respelled with no note', () => {
    const n = note(
      '“The routes lose money every winter,” said Tomas Ferro, a policy directer with the Harbor Trust.',
      '“The routes lose money every winter,” said Tomas Ferro, a policy director with the Harbor Trust.',
    );
    expect(n).toBe('');
  });
});

describe('a post that ends its sentence mid-paragraph (same-person-title.ts, both-titles.ts)', () => {
  it('names the person, not the next sentence’s pronoun', () => {
    // (Typed quotation marks, as some wire copy prints them: the next sentence opens on ``.)
    const n = note(
      `"Fares will rise this spring," said Dr. Nadia Brandvold, the port's deputy finance officer. \`\`It is the third rise in a year."`,
      `"Fares will rise this spring," said Dr. Nadia Brandvold, the port's finance officer. \`\`It is the third rise in a year."`,
    );
    expect(n).toMatch(/misstated Nadia Brandvold's title\. Brandvold is the finance officer, not the deputy finance officer\./);
  });
});

describe('a post with its body before the name, "in charge" (retitled-person.ts, sole-posts.ts)', () => {
  it('tells a post "in charge" at a body before a name, the body kept, the one in charge "the"', () => {
    const n = note(
      'The river crested a foot below the pier, Hydrologist in Charge at NWS Tarnport Lena Morrow said.',
      'The river crested a foot below the pier, Senior Hydrologist at NWS Tarnport Lena Morrow said.',
    );
    expect(n).toMatch(/Morrow is a senior hydrologist at NWS Tarnport, not the hydrologist in charge\./);
  });
  it('lowers a common word alone before its post word, and keeps a place after the name out of the post', () => {
    expect(note('Editor in Chief Tom Eckert said the pier was closed.', 'Managing Editor Tom Eckert said the pier was closed.')).toMatch(
      /Eckert is the managing editor, not the editor in chief\./,
    );
    expect(note('Mayor Tom Eckert of Dunmore said the pier was closed.', 'Mayor Tom Eckert of Danmore said the pier was closed.')).toMatch(
      /misspelled the name of Danmore\.$/,
    );
  });
});
