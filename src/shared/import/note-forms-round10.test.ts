import { describe, expect, it } from 'vitest';
import { parseTextArticle } from './text';
import { bodyToBlocks, blockText } from '../article/blocks';

/**
 * Note forms met on the eighth notes round's real cases (issue 12), each read on a note line of our
 * own making and held to a copy line of our own making that it must leave in the body.
 */
const head = 'Ferry fares rise';
const copy = ['Fares on the island ferry will rise 10% from January, the operator said Monday.', 'The operator blamed fuel costs.'];
const at = (where: 'end' | 'top', line: string) =>
  parseTextArticle((where === 'end' ? [head, ...copy, line] : [head, line, ...copy]).join('\n\n'));

// At the top a dateline is the story's own and goes to its field: the copy after it must stay.
function staysCopy(line: string, kept = line.replace(/^\*+|\*+$/g, '')) {
  for (const where of ['end', 'top'] as const) {
    const article = at(where, line);
    expect(article.notes, `${where}: ${line}`).toBeUndefined();
    expect(
      bodyToBlocks(article.body).some((block) => blockText(block).includes(kept)),
      `${where}: ${line}`,
    ).toBe(true);
  }
}

function landsAsNote(line: string, kind: 'update' | 'correction') {
  for (const where of ['end', 'top'] as const) {
    const article = at(where, line);
    expect(
      article.notes?.map((n) => n.kind),
      `${where}: ${line}`,
    ).toEqual([kind]);
    expect(bodyToBlocks(article.body).map(blockText), `${where}: ${line}`).toEqual(copy);
  }
}

describe('a wire corrective under a dateline with no credit, its story dated with a year', () => {
  it('reads "CITY, ST – In a story <date, year>, about …, The Associated Press erroneously reported …"', () => {
    landsAsNote(
      'PORT ALLEN, LA – In a story March 3, 2024, about a ferry fire, The Associated Press erroneously reported that the ferry sank. The ferry was towed back to port.',
      'correction',
    );
  });
  it("keeps a dateline over someone else's account of the wire's error as copy", () => {
    staysCopy(
      'PORT ALLEN, LA – A lawyer for the ferry line said the Associated Press erroneously reported that the ferry sank.',
      'A lawyer for the ferry line said the Associated Press erroneously reported that the ferry sank.',
    );
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
    expect(at('end', line).notes?.[0]?.date.slice(11, 16)).toBe('21:10');
  });
  it('"CITY, State - UPDATE your tickets …" is copy', () => {
    staysCopy(
      'PORT ALLEN, Louisiana - UPDATE your tickets online before Tuesday, the operator urged.',
      'UPDATE your tickets online before Tuesday, the operator urged.',
    );
  });
});
