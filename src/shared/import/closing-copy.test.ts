import { describe, expect, it } from 'vitest';
import { parseTextArticle } from './text';
import { parseMarkdownArticle } from './markdown';
import { bodyToBlocks, blockText } from '../article/blocks';
import type { ImportedArticle } from './imported-article';
import { copy, head } from './fixtures/note-placement';
import { isClosingLine } from './closing-copy';

/**
 * Real pages print their closing copy under the story's notes: a contributor line, the author's
 * bio, the print-edition line, a topics list, a related link (review 10r found a real AP page
 * whose "This version corrects …" line sat above "… contributed to this report." and was read as
 * copy). The note is the story's note; the closing copy stays in the body, every word of it.
 */
const body = (article: ImportedArticle) => bodyToBlocks(article.body).map(blockText);
const notes = (article: ImportedArticle) => article.notes?.map((n) => [n.kind, n.text]);
const story = (...tail: string[]) => parseTextArticle([head, ...copy, ...tail].join('\n\n'));

const NOTE = 'An earlier version of this story misstated the ferry operator’s name. It is Gull Island Ferries.';
const CORRECTION: [string, string] = ['correction', NOTE];

describe('a note above the page’s closing copy', () => {
  const closings: [string, string[]][] = [
    ['a contributor line', ['Staff writer Ines Baptiste in Lisbon contributed to this report.']],
    ['a contributor line with its reporting place', ['Odile Martin contributed reporting from Brest.']],
    ['a rule, then a contributor line (as AP prints it)', ['__', 'Teodor Wicks in Halifax contributed to this report.']],
    ['the author’s bio', ['Mara Quist is a transportation reporter for the Harbor Ledger. She covers ferries and ports.']],
    ['a sign-off bio set in capitals', ['PIETER VOSS IS THE HARBOR LEDGER’S POLITICAL EDITOR']],
    [
      'a bio with no “is a”, its beat and how to reach the writer',
      ['Mara Quist covers ferries and ports for the Harbor Ledger. Reach her at mara@example.org.'],
    ],
    ['the print-edition line', ['A version of this article appears in print on March 4, 2026, Section B, Page 2.']],
    ['a related link in brackets', ['[Read more: How the island ferry lost its winter timetable]']],
    ['a related link after its label', ['Related: Fuel costs push regional fares higher']],
    ['a topics list under its heading', ['Topics', 'Ferries', 'Fuel prices', 'Island life']],
    ['a topics line', ['Topics: Ferries, Fuel prices']],
    ['a “first published” stamp', ['Harbor Ledger (Kirkwall) First published March 4, 2026: 9:12 AM ET']],
    ['a bio, then the print line', ['Mara Quist is a staff writer.', 'A version of this article appears in print on March 4, 2026.']],
    [
      'the wire’s standards line after its credits',
      ['Reporting by Ines Baptiste; Editing by Teodor Wicks', 'Our Standards: The Harbor Wire Trust Principles.'],
    ],
    ['a “follow” line', ['Follow Mara Quist on Twitter.']],
    ['a “write to” line', ['Write to Mara Quist at mara.quist@example.org']],
    ['a share prompt and a “recommends” heading', ['Share this article:', 'Harbor Ledger recommends']],
    ['a republished-from line', ['This post originally appeared on Harbor Ledger. Harbor Ledger is a nonprofit newsroom.']],
    // Review 11b: four closing lines real pages print that hid the note above them.
    ['a UK credit to the wires in lower case', ['Additional reporting by agencies']],
    ['a Canadian “with files from” line', ['— With files from The Harbor Wire']],
    ['a share prompt that names where', ['Share this article in your social network']],
    ['a magazine’s print line', ['Published in the print edition of the March 4, 2026, issue, with the headline “Last Boat Out.”']],
  ];
  for (const [what, tail] of closings) {
    it(`reads the note above ${what}, and keeps ${what} in the body`, () => {
      const article = story(NOTE, ...tail);
      expect(notes(article)).toEqual([CORRECTION]);
      expect(body(article)).toEqual([...copy, ...tail]);
    });
  }

  it('reads a dated label over its text above the closing copy as one note', () => {
    const article = story('Correction: March 5, 2026', NOTE, 'Ines Baptiste contributed to this report.');
    expect(article.notes).toHaveLength(1);
    expect(article.notes![0]!.kind).toBe('correction');
    expect(article.notes![0]!.text).toContain('misstated the ferry operator’s name');
    expect(body(article)).toEqual([...copy, 'Ines Baptiste contributed to this report.']);
  });

  it('reads a footnote-starred or bulleted note above the closing copy', () => {
    for (const marked of [`* ${NOTE}`, `• ${NOTE}`]) {
      const article = story(marked, 'Topics', 'Ferries');
      expect(notes(article), marked).toEqual([CORRECTION]);
      expect(body(article), marked).toEqual([...copy, 'Topics', 'Ferries']);
    }
  });

  it('reads the same in Markdown', () => {
    const article = parseMarkdownArticle([`# ${head}`, ...copy, NOTE, '_Ines Baptiste contributed to this report._'].join('\n\n'));
    expect(notes(article)).toEqual([CORRECTION]);
    expect(body(article)).toEqual([...copy, 'Ines Baptiste contributed to this report.']);
  });
});

describe('copy above closing copy stays copy', () => {
  it('keeps the last paragraph of copy above a contributor line in the body', () => {
    const last = 'The operator said an earlier version of the timetable had been withdrawn.';
    const article = story(last, 'Ines Baptiste contributed to this report.');
    expect(article.notes).toBeUndefined();
    expect(body(article)).toEqual([...copy, last, 'Ines Baptiste contributed to this report.']);
  });

  it('keeps short lines with no topics heading as copy, and a note above them unread as before', () => {
    const article = story(NOTE, 'Ferries', 'Fuel prices');
    expect(article.notes).toBeUndefined();
    expect(body(article)).toEqual([...copy, NOTE, 'Ferries', 'Fuel prices']);
  });

  it('lifts no note out of a story that is only the note', () => {
    const article = parseTextArticle([head, NOTE, 'Ines Baptiste contributed to this report.'].join('\n\n'));
    expect(body(article)).toContain('Ines Baptiste contributed to this report.');
  });

  it('does not take sentences of copy for closing copy', () => {
    for (const line of [
      'The mayor is a former reporter who said she would vote against the fare rise.',
      'Ana Roe, who contributed to the fund, said the fares were fair.',
      'Read the council’s report before Monday’s meeting, the chair said.',
      'The ferry was first published on the timetable in 1998.',
      'Topics discussed at the meeting included fares and fuel.',
      'Follow the signs on the pier to the ferry terminal.',
      'Share prices of the operator rose 4% on Monday.',
      'This article appeared to upset the operator, the mayor said.',
      'With files from the archive, the museum rebuilt the ferry’s first timetable.',
      'Reporting by local agencies was slower than usual, the council said.',
      'Share this article with the ferry operator before Monday, the chair urged members.',
      'Published in the print edition of the Ledger, the letter drew 40 replies.',
      'The Smith Fund covers tuition for Harbor College students. Call them at the fund office.',
      'The ferry pass covers every sailing for the season. Reach the office by phone.',
    ]) {
      expect(isClosingLine(line), line).toBe(false);
    }
  });
});
