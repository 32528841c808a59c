/**
 * Round nineteen review, titles and posts (rev19p): a party or a day read as a county, a post told
 * in the past while still held, a union post cut to a rank, an acronym's article rewritten, "its"
 * for a person's employer. Invented copy only.
 */
import { describe, expect, it } from 'vitest';
import { harborBoardStory, noteForEdit } from '../../../tests/support/note-stories';
import { officeBeforeRank } from './office-ranks';
import { toldInTense } from './post-tense';

const note = (older: string, newer: string) => noteForEdit(harborBoardStory, older, newer).note;

describe('a party, a day or an opening word before "County" is no county (both-titles.ts)', () => {
  it('keeps a party word out of the post', () => {
    const n = note(
      'Republican County Commissioner Ana Roe said the ferry contract was too costly.',
      'Republican County Treasurer Ana Roe said the ferry contract was too costly.',
    );
    expect(n).not.toMatch(/Republican County (?:treasurer|commissioner)/);
    expect(n).toMatch(/Roe is the county treasurer, not a county commissioner\./);
  });
  it('keeps a day, and "late" of a time, out of the post, and tells it in the present', () => {
    const n = note(
      'Late Sunday County Attorney Ana Roe said the ferry contract was too costly.',
      'Late Sunday County Auditor Ana Roe said the ferry contract was too costly.',
    );
    expect(n).not.toMatch(/Sunday County/);
    expect(n).toMatch(/Roe is the county auditor, not the county attorney\./);
  });
});

describe('a post still held is told in the present (post-tense.ts)', () => {
  it('reads "was forced to cut staff" as no leaving', () => {
    const n = note(
      'Ana Roe, the county auditor, was forced to cut staff at the harbor office.',
      'Ana Roe, the county treasurer, was forced to cut staff at the harbor office.',
    );
    expect(n).toMatch(/Roe is the county treasurer, not the county auditor\./);
  });
  it('reads "departed for Paris" as no leaving', () => {
    const n = note(
      'Ana Roe, the county auditor, departed for Paris on Monday to meet ferry builders.',
      'Ana Roe, the county treasurer, departed for Paris on Monday to meet ferry builders.',
    );
    expect(n).toMatch(/Roe is the county treasurer, not the county auditor\./);
  });
  it('still tells a holder who stepped down in the past', () => {
    const n = note(
      'Ana Roe, the county auditor, stepped down on Monday after the ferry vote.',
      'Ana Roe, the county treasurer, stepped down on Monday after the ferry vote.',
    );
    expect(n).toMatch(/Roe was the county treasurer/);
  });
});

describe('a union post is no rank after an office (office-ranks.ts)', () => {
  it('keeps "secretary general" whole, a sheriff\'s rank still its own', () => {
    expect(officeBeforeRank(['union', 'secretary', 'general'], ['union', 'secretary', 'treasurer'])).toBe(0);
    expect(officeBeforeRank(['secretary', 'general'], ['secretary', 'treasurer'])).toBe(0);
    expect(officeBeforeRank(['county', 'sheriff', 'deputy'], ['county', 'sheriff', 'sergeant'])).toBe(2);
  });
  it('tells a union post whole in the note', () => {
    const n = note(
      'Union Secretary Treasurer Ana Roe said the ferry crews would strike.',
      'Union Secretary General Ana Roe said the ferry crews would strike.',
    );
    expect(n).toMatch(/Roe is a secretary general, not the secretary treasurer\./);
  });
});

describe('the past tense rewrites only the article of a word it removed (post-tense.ts)', () => {
  it('keeps "an FBI agent" after "not"', () => {
    const told = toldInTense(
      "misstated Ana Roe's title. Roe is a former U.S. marshal, not an FBI agent.",
      'Ana Roe, a former FBI agent, said the ferry was late.',
      'Ana Roe, a former U.S. marshal, said the ferry was late.',
    );
    expect(told).toBe("misstated Ana Roe's title. Roe was a U.S. marshal, not an FBI agent.");
  });
  it('still agrees the article with the word after a removed "former"', () => {
    const told = toldInTense(
      "misstated Ana Roe's title. Roe is a former under secretary, not a deputy.",
      'Ana Roe, a former deputy, said the ferry was late.',
      'Ana Roe, a former under secretary, said the ferry was late.',
    );
    expect(told).toBe("misstated Ana Roe's title. Roe was an under secretary, not a deputy.");
  });
});

describe('a person\'s possessive takes no "its" and no "a" (apposed-titles.ts)', () => {
  it("tells a campaign's job owned by a person", () => {
    const n = note(
      'Lena Ortiz, Roe’s campaign manager, said the ferry plan would pass.',
      'Lena Ortiz, Roe’s finance director, said the ferry plan would pass.',
    );
    expect(n).toMatch(/Ortiz is Roe['’]s finance director, not the campaign manager\./);
  });
  it('still tells a firm\'s job with "its"', () => {
    const n = note(
      'Lena Ortiz, the company’s campaign manager, said the ferry plan would pass.',
      'Lena Ortiz, the company’s finance director, said the ferry plan would pass.',
    );
    expect(n).toMatch(/Ortiz is the company['’]s finance director, not its campaign manager\./);
  });
});
