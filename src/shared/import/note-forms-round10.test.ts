import { describe, expect, it } from 'vitest';
import { parseTextArticle } from './text';
import { copy, head, importedWith, landsAsNote, staysCopy } from './fixtures/note-placement';

/**
 * Note forms met on the eighth notes round's real cases (issue 12), each read on a note line of our
 * own making and held to a copy line of our own making that it must leave in the body.
 */
describe('a wire corrective under a dateline with no credit, its story dated with a year', () => {
  it('reads "CITY, ST – In a story <date, year>, about …, The Associated Press erroneously reported …"', () => {
    landsAsNote(
      'PORT ALLEN, LA – In a story March 3, 2024, about a ferry fire, The Associated Press erroneously reported that the ferry sank. The ferry was towed back to port.',
      'correction',
    );
  });
  it("keeps a dateline over someone else's account of the wire's error as copy", () => {
    staysCopy('PORT ALLEN, LA – A lawyer for the ferry line said the Associated Press erroneously reported that the ferry sank.', {
      kept: 'A lawyer for the ferry line said the Associated Press erroneously reported that the ferry sank.',
    });
  });
});

describe('"Editors note" without its apostrophe', () => {
  it("is an editor's note", () => {
    landsAsNote('Editors note: Police have confirmed that the second passenger, a 40-year-old man, died on Friday.', 'update');
  });
  it('"Editors noted …" is copy', () => {
    staysCopy('Editors noted the change in the fare policy on Monday.');
  });
});

describe('a whole note set in bold as plain text', () => {
  it('reads "***This story has been updated …***" as the note it holds', () => {
    landsAsNote('***This story has been updated to correct the name of the ferry operator.***', 'correction');
  });
  it('a bold line of copy stays copy', () => {
    staysCopy('**The ferry will not run on Christmas Day.**');
  });
});

describe('a label in capitals after a dateline', () => {
  it('reads "CITY, State - UPDATE #2 (9:10 p.m.) -- …" as the update it labels', () => {
    const line = 'PORT ALLEN, Louisiana - UPDATE #2 (9:10 p.m.) -- The operator says the ferry will run again on Tuesday.';
    landsAsNote(line, 'update');
    expect(importedWith('end', line).notes?.[0]?.date.slice(11, 16)).toBe('21:10');
  });
  it('"CITY, State - UPDATE your tickets …" is copy', () => {
    staysCopy('PORT ALLEN, Louisiana - UPDATE your tickets online before Tuesday, the operator urged.', {
      kept: 'UPDATE your tickets online before Tuesday, the operator urged.',
    });
  });
});

describe('copy that shares a note’s words stays copy (review 8b)', () => {
  it('keeps a wire’s error told as a story, not as its corrective', () => {
    staysCopy('In a May 8 story, the AP erroneously reported the senator had died, a mistake that spread quickly online. He was not dead.');
    // Above the copy it is the lead. (Under the copy a corrections column's item has the same shape.)
    const told =
      'In a story last March, Reuters incorrectly reported that the mine had closed. Its owners have not commented on the error since.';
    expect(importedWith('top', told).notes).toBeUndefined();
    landsAsNote(
      'TORONTO - In a story June 3, 2024, about rent controls, The Canadian Press erroneously reported that Ontario had frozen rents. In fact, the increase was capped at 2.5 per cent.',
      'correction',
    );
  });
  it('keeps a story that "was changed forever" or "was edited by the moderators", in bold or not', () => {
    staysCopy('This story was changed forever by a single phone call.');
    staysCopy('**This story was changed forever by a single phone call.**');
    staysCopy('***This post was edited by the moderators after complaints from readers of the forum.***');
    staysCopy('This story was rewritten several times before it reached the stage, Alvarez recalled.');
    landsAsNote('This story has been updated and will be updated again as more is known.', 'update');
  });
  it('keeps "Editors note - with some alarm - …", a calendar’s "* Update 9/20: …" and a photographer’s complaint', () => {
    staysCopy('Editors note - with some alarm - that fewer readers now finish long articles.');
    staysCopy('* Update 9/20: Council budget hearing, City Hall, 7 p.m.');
    staysCopy(
      "An agency photograph in last Tuesday's sports pages was incorrectly captioned, the photographer complained in a letter to the council.",
    );
  });
  it('keeps a label run into copy, or two hyphens before a lower-case sentence, as copy', () => {
    staysCopy("Update This article was updated automatically by the county's software, a glitch that lasted three weeks.");
    staysCopy('UPDATE (2:28 A. M) -- that was the subject line of the email the chief sent to every officer.');
  });
  it('reads an editor’s note that brings new details as an update', () => {
    landsAsNote("Editor's note: This post includes new details from the police report released Friday.", 'update');
  });
});

describe('a byline after a stamp, whatever its surname (review 8b)', () => {
  it('reads "— By George Will" and "By Ana To" as bylines, a title-case headline after a stamp as a note', () => {
    const byline = parseTextArticle(`${head}\n\nUpdated Nov. 6, 2025 — By George Will\n\n${copy.join('\n\n')}`);
    expect(byline.notes).toBeUndefined();
    expect(byline.bylines?.map((b) => b.name)).toEqual(['George Will']);
    expect(parseTextArticle(`${head}\n\nBy Ana To\n\n${copy.join('\n\n')}`).bylines?.map((b) => b.name)).toEqual(['Ana To']);
    expect(parseTextArticle(`${head}\n\nBy Dawn Ennis\n\n${copy.join('\n\n')}`).bylines?.map((b) => b.name)).toEqual(['Dawn Ennis']);
    const note = parseTextArticle(`${head}\n\nUpdated Nov. 6, 2025 — Power Restored To Most Homes\n\n${copy.join('\n\n')}`);
    expect(note.notes?.map((n) => n.text)).toEqual(['Power Restored To Most Homes']);
  });
});
