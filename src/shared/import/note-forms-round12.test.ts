import { describe, expect, it } from 'vitest';
import { parseTextArticle } from './text';
import { parseMarkdownArticle } from './markdown';
import { bodyToBlocks, blockText } from '../article/blocks';
import { exportText } from '../export/txt';
import { newContent } from '../article/content';
import type { ImportedArticle } from './imported-article';
import { copy, head, landsAsNote, staysCopy } from './fixtures/note-placement';

/**
 * The twelfth importer round's fixes (issue 12, review 9b): lines the tenth round's rules lost or
 * took from the copy, each read on invented copy of the reviewer's shapes.
 */
const now = new Date('2026-06-01T12:00:00');
const body = (article: ImportedArticle) => bodyToBlocks(article.body).map(blockText);
const notes = (article: ImportedArticle) => article.notes?.map((n) => [n.kind, n.text]);
const exported = (article: ImportedArticle) =>
  exportText({ ...newContent({}), id: 'a1', createdAt: '2023-01-01T00:00:00', ...article, status: 'published' } as never, {
    provider: 'Copydesk',
  });
const end = { places: ['end' as const] };

describe('the place printed before each of two notes', () => {
  it('keeps the second note’s place under the copy, where the story prints none of its own', () => {
    const article = parseTextArticle(
      [
        head,
        ...copy,
        'ORANJESTAD, Aruba - UPDATE #3 (11:34 p.m.) -- Port officials say the ferry has sailed.',
        'WILLEMSTAD, Curaçao - UPDATE #4 (11:50 p.m.) -- Port officials say a second ferry has sailed.',
      ].join('\n\n'),
      { now },
    );
    expect(article.dateline).toBe('ORANJESTAD, Aruba');
    expect(notes(article)).toEqual([
      ['update', 'Port officials say the ferry has sailed.'],
      ['update', 'WILLEMSTAD, Curaçao — Port officials say a second ferry has sailed.'],
    ]);
    expect(body(article)).toEqual(copy);
  });
  it('keeps it above the copy too, in text and Markdown', () => {
    const lines = [
      'ORANJESTAD, Aruba (AP) — UPDATE: Port officials say the ferry has sailed.',
      'WILLEMSTAD, Curaçao (AP) — UPDATE: Port officials say a second ferry has sailed.',
    ];
    for (const article of [
      parseTextArticle([head, ...lines, ...copy].join('\n\n'), { now }),
      parseMarkdownArticle([`# ${head}`, ...lines, ...copy].join('\n\n'), { now }),
    ]) {
      expect(article.dateline).toBe('ORANJESTAD, Aruba (AP)');
      expect(notes(article)).toEqual([
        ['update', 'Port officials say the ferry has sailed.'],
        ['update', 'WILLEMSTAD, Curaçao (AP) — Port officials say a second ferry has sailed.'],
      ]);
      expect(body(article)).toEqual(copy);
    }
  });
  it('brings a note that keeps its own place back as a note after a text export', () => {
    const first = parseTextArticle(
      [
        head,
        'ORANJESTAD, Aruba (AP) — UPDATE: Port officials say the ferry has sailed.',
        `WILLEMSTAD, Curaçao (AP) — ${copy[0]}`,
        copy[1],
      ].join('\n\n'),
      { now },
    );
    expect(first.dateline).toBe('WILLEMSTAD, Curaçao (AP)');
    expect(notes(first)).toEqual([['update', 'ORANJESTAD, Aruba (AP) — Port officials say the ferry has sailed.']]);
    const again = parseTextArticle(exported(first), { now });
    expect(notes(again)).toEqual(notes(first));
    expect(body(again)).toEqual(body(first));
    expect(again.dateline).toBe(first.dateline);
  });
});

describe('a dated label, or a note under the copy, over a dateline', () => {
  it('reads each as a note, at the end and at the top', () => {
    landsAsNote('Correction, Nov. 6: CASTRIES, St. Lucia — An earlier version of this story misstated the fare.', 'correction');
    landsAsNote('UPDATE, 4:05 p.m.: CASTRIES, St. Lucia (AP) — The harbour board approved the rise 5-2.', 'update');
    landsAsNote('Update, Nov. 6: CASTRIES, St. Lucia — The minister signed the order Tuesday.', 'update');
  });
});

describe('a plain "Update:" over one sentence with a clock and a day (rule withdrawn)', () => {
  it('keeps the headline and the lead where they stand', () => {
    const article = parseTextArticle(
      [
        'Update: The causeway was closed at 6 a.m. Monday.',
        'The harbour board met Monday to discuss the fares.',
        'Members will vote next month.',
      ].join('\n\n'),
    );
    expect(article.headline).toBe('Update: The causeway was closed at 6 a.m. Monday.');
    expect(article.notes).toBeUndefined();
  });
  it('keeps copy of that shape above the copy', () => {
    for (const line of [
      'Update: Islanders who were evacuated will meet the governor at 7 p.m. Tuesday.',
      'Update: The board, which was elected last year, meets at 7 p.m. Tuesday to vote on the fares.',
      'Update: Tickets that were printed for the 8 p.m. Friday sailing will be honored Saturday.',
      'Update: Officials have scheduled a briefing for 3 p.m. Thursday.',
      'Update: The causeway was closed at 11 p.m. Friday and will reopen Monday.',
      'Update: I was told at 9 a.m. Monday that my crossing had been cancelled.',
      'Update: The hearing was scheduled for 10 a.m. Monday.',
    ])
      staysCopy(line, { places: ['top'] });
  });
});

describe('the update stamp a page with no stamps is given', () => {
  it('comes only from notes that print their year, so no note’s year moves on the way back', () => {
    const first = parseTextArticle(
      [
        head,
        ...copy,
        'Update, Nov. 6, 2023: The operator has put the fare rise off.',
        'UPDATE: Port officials say the ferry has sailed.',
      ].join('\n\n'),
      { now },
    );
    expect(first.updatedAt).toBe('2023-11-06T00:00:00');
    const again = parseTextArticle(exported(first), { now });
    expect(again.notes?.[0]?.date.slice(0, 10)).toBe('2023-11-06');
  });
});

describe('column furniture that copy has too (review 9b)', () => {
  it('keeps "Incorrect information …" copy naming someone else’s paper or a listener in the body', () => {
    for (const line of [
      'The prosecutor said the captain lied. Incorrect information was given to the jury on Monday.',
      'The bank sent a letter. Incorrect information appeared in the statement customers received Friday.',
      'Investors were confused. Wrong information was published by the exchange Thursday.',
      'The minister apologized in the House. Inaccurate information was printed in the government’s brochure Wednesday.',
      'The lawyer argued the filing was flawed. Incorrect information appeared in the filing Tuesday.',
      'The clerk explained the delay. Incorrect information appeared in the county’s notice on this page Saturday.',
    ])
      staysCopy(line, end);
  });
  it('keeps someone else’s piece named by its day in the body', () => {
    for (const line of [
      'A Nov. 22 report by the harbour auditor found that the board had misstated its reserves.',
      'A Sept. 3 report from Statistics Aruba found that earlier estimates were inaccurate.',
      'A Nov. 22 story in the Courier was later found to be wrong, the inquiry heard.',
      'An Aug. 9 column in the Gazette argued that the polls were wrong.',
      'A Feb. 2 photo posted by the minister was digitally altered, critics say.',
      'A March 3 editorial in the Island Times called the plan misleading.',
    ])
      staysCopy(line, end);
  });
  it('keeps smaller look-alikes in the body', () => {
    for (const line of [
      'The ethics board found that the column should have indicated the writer’s ties to the developer.',
      'Its newsletter article said the fee was $40, not $30 as stated on the harbour website. The Parks Department regrets the error.',
      'The caption suggested he had won, though as the story correctly stated he had finished second, the judge ruled.',
      'A recent headline suggested the fares were approved. Members will vote next month, as the article correctly stated in March, board member Ruiz told reporters.',
    ])
      staysCopy(line, end);
  });
});

describe('a wire’s count of versions over a headline, with a colon or a stop', () => {
  it('keeps the slug as copy under the copy and as the headline on the first line', () => {
    staysCopy('UPDATE 2: Harbour board backs ferry fare rise', end);
    for (const slug of ['UPDATE 2: Harbour board backs ferry fare rise', 'UPDATE 2 - Harbour board backs ferry fare rise.']) {
      const article = parseTextArticle([slug, ...copy].join('\n\n'));
      expect(article.headline).toBe(slug);
      expect(article.notes).toBeUndefined();
      expect(body(article)).toEqual(copy);
    }
  });
});

describe('a weekday in a note’s label', () => {
  it('is kept with the note, and comes back after a text export', () => {
    for (const line of ['Update, Tuesday: The causeway has reopened.', 'UPDATE 2 - Tuesday - The causeway has reopened.']) {
      const first = parseTextArticle([head, ...copy, line].join('\n\n'), { now });
      expect(first.notes?.length, line).toBe(1);
      expect(first.notes![0]!.text, line).toContain('Tuesday');
      expect(body(first), line).toEqual(copy);
      const again = parseTextArticle(exported(first), { now });
      expect(notes(again), line).toEqual(notes(first));
    }
  });
});

describe('a lead under a wire dateline that reports another outlet’s error', () => {
  it('stays the lead: an undated story named, as under no dateline (found by the round-trip property)', () => {
    const lead = 'ARRECIFE, Lanzarote (AP) — In a story last March, Reuters incorrectly reported that the port had closed.';
    const article = parseTextArticle([head, lead, copy[1]].join('\n\n'));
    expect(article.notes).toBeUndefined();
    expect(article.dateline).toBe('ARRECIFE, Lanzarote (AP)');
    expect(body(article)[0]).toBe('In a story last March, Reuters incorrectly reported that the port had closed.');
  });
  it('still reads a wire’s corrective that names the day its story ran', () => {
    landsAsNote(
      'ARRECIFE, Lanzarote (AP) — In a story April 14 about the ferry fares, The Associated Press erroneously reported that the fare would rise 20%.',
      'correction',
    );
  });
});

describe('a piece named by no day, its owner in lower case (review 9b, item 12)', () => {
  it('keeps copy about someone else’s error in the body', () => {
    staysCopy('In a report last year, the harbour auditor incorrectly calculated the pension shortfall.', end);
    staysCopy('In a column last month, the mayor mistakenly said port taxes would fall.', end);
  });
  it('still reads the paper’s own item, its reporter owning the error', () => {
    landsAsNote('In a story last week, the reporter incorrectly stated that the ferry sails at 9 a.m.', 'correction', end);
  });
});

describe('the paper’s own dated pieces, kept as corrections while the look-alikes stay copy', () => {
  it('reads a piece named by its day and its writer or subject', () => {
    landsAsNote('A Nov. 22 column by Ana Ruiz incorrectly said the fare had doubled. It rose 40 percent.', 'correction', end);
    landsAsNote('A Feb. 14 obituary of Tomas Vidal gave the wrong year of his birth. He was born in 1941.', 'correction', end);
  });
  it('reads "should have indicated" when the item’s own piece opens the line', () => {
    landsAsNote('An Oct. 5 editorial should have indicated that the author is a paid adviser to the harbour board.', 'correction', end);
    landsAsNote('The Sept. 9 review of the play should have indicated that the run ends Sunday.', 'correction', end);
    staysCopy('The inquiry found the harbour report should have indicated that the ferry had sailed late.', end);
  });
  it('reads "Incorrect information appeared on this page <day>."', () => {
    landsAsNote('The Island Rovers play at home Saturday. Incorrect information appeared on this page Thursday.', 'correction', end);
  });
});
