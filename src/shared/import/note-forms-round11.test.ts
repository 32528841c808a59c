import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readNoteLine } from './frame-lines';
import { parseTextArticle } from './text';
import { parseMarkdownArticle } from './markdown';
import { bodyToBlocks, blockText } from '../article/blocks';
import { exportText } from '../export/txt';
import { newContent } from '../article/content';
import { copy, head, landsAsNote, staysCopy } from './fixtures/note-placement';

/**
 * The ninth importer round's fixes (issue 12), each on lines of our own making: a note read, and a
 * copy line of the same shape kept in the body.
 */
describe('a wire’s count of versions over a headline', () => {
  it('keeps "UPDATE 2 - <headline>" as the headline, never a note', () => {
    const article = parseTextArticle(['UPDATE 2 - Harbour board backs ferry fare rise', ...copy].join('\n\n'));
    expect(article.notes).toBeUndefined();
    expect(article.headline).toBe('UPDATE 2 - Harbour board backs ferry fare rise');
    expect(bodyToBlocks(article.body).map(blockText)).toEqual(copy);
    staysCopy('UPDATE 3 - Islanders queue for last cheap crossings');
  });
  it('still reads a counted update that is a sentence, or one with its clock', () => {
    // Under the copy only: over it, a counted slug is the story's own (note-forms-round13.test.ts).
    landsAsNote('UPDATE 2 - The operator has put the fare rise off until March.', 'update', { places: ['end'] });
    landsAsNote('UPDATE 2, 4:15 p.m.: The operator has put the fare rise off until March.', 'update');
  });
});

describe('a label above the lead and its dateline', () => {
  it('leaves a dateline’d lead under "UPDATE:" in the copy, its dateline to its field', () => {
    const lead = 'The operator now says fares will rise 12%.';
    const article = parseTextArticle([head, 'UPDATE:', `SANTA CRUZ, Tenerife (AP) — ${lead}`, ...copy].join('\n\n'));
    expect(article.notes).toBeUndefined();
    const text = JSON.stringify(article);
    expect(text).toContain('SANTA CRUZ, Tenerife');
    expect(text).toContain(lead);
    // Above the copy only: under it (where the text export prints a note that keeps its place) it is a note.
    expect(readNoteLine(`UPDATE: SANTA CRUZ, Tenerife (AP) — ${lead}`)).toBeNull();
  });
  it('gives the dateline printed before an update’s label to the dateline field, never drops it', () => {
    const update = 'The board has since approved the rise.';
    for (const article of [
      parseTextArticle([head, `SANTA CRUZ, Tenerife (AP) — UPDATE: ${update}`, ...copy].join('\n\n')),
      // Markdown joins the two lines of one paragraph: the dateline runs into the label.
      parseMarkdownArticle([`# ${head}`, `SANTA CRUZ, Tenerife (AP) —\nUPDATE: ${update}`, ...copy].join('\n\n')),
    ]) {
      expect(article.dateline).toBe('SANTA CRUZ, Tenerife (AP)');
      expect(article.notes?.map((n) => n.text)).toEqual([update]);
      expect(bodyToBlocks(article.body).map(blockText)).toEqual(copy);
    }
  });
  it('keeps a note’s own place in its text when the story prints another dateline', () => {
    const article = parseTextArticle(
      [
        head,
        `ARRECIFE, Lanzarote — ${copy[0]}`,
        copy[1],
        'SANTA CRUZ, Tenerife - UPDATE #2 (9:10 p.m.) -- The board approved the rise.',
      ].join('\n\n'),
    );
    expect(article.dateline).toBe('ARRECIFE, Lanzarote');
    expect(article.notes?.map((n) => n.text)).toEqual(['SANTA CRUZ, Tenerife — The board approved the rise.']);
  });
  it('still reads an update whose text opens with a capitalised word and no dash', () => {
    landsAsNote('UPDATE: Tenerife’s port authority has approved the new fares.', 'update');
  });

  /** Words a note's label and date, or a stamp, stand for: kept as a kind and a date, not as text. */
  const LABEL_WORDS =
    /^(?:update|updated|updates|correction|corrected|published|[\d:.,]+|jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec|[ap]\.?m\.?|et|monday|tuesday|friday)$/;
  const pieces = [
    'UPDATE:',
    'Correction:',
    'UPDATE 2 - Harbour board backs fare rise',
    'SANTA CRUZ, Tenerife (AP) —',
    'SANTA CRUZ, Tenerife (AP) — The harbour board met at dawn.',
    'SANTA CRUZ, Tenerife',
    'SANTA CRUZ, Tenerife - UPDATE #2 (9:10 p.m.) -- The board approved the rise.',
    // Two notes, each with its own place (review 9b): the second place is kept in its note.
    'ARRECIFE, Lanzarote - UPDATE #3 (9:40 p.m.) -- Crews reopened the slipway.',
    'ARRECIFE, Lanzarote (AP) — UPDATE: Crews reopened the slipway.',
    'LANZAROTE, Spain (Reuters) -',
    'By Inés Marrero',
    'Update, Nov. 6: The board has since approved the rise.',
    'UPDATE: The board has since approved the rise.',
    'Correction: An earlier version of this story misstated the fare.',
    'In a story last March, Reuters incorrectly reported that the port had closed.',
    'Fares will rise 10% from January, the operator said.',
    'Islanders queued for the last cheap crossings.',
  ];
  it('lands every word it is given in a field, the body or a note, whatever the order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (lines, tight, markdown, roundTrip) => {
          // The headline first and the copy last, so there is always a story to import.
          const text = [head, ...lines, copy[1]!].join(tight ? '\n' : '\n\n');
          const imported = markdown ? parseMarkdownArticle(`# ${text}`) : parseTextArticle(text);
          // Through a text export and back, too: a note that keeps its place must come back a note.
          const article = roundTrip
            ? parseTextArticle(
                exportText({ ...newContent({}), id: 'a1', createdAt: '2023-01-01T00:00:00', ...imported, status: 'published' } as never, {
                  provider: 'Copydesk',
                }),
              )
            : imported;
          if (roundTrip) expect(article.notes?.length, JSON.stringify(lines)).toBe(imported.notes?.length);
          const kept = [
            article.headline,
            article.deck ?? '',
            article.dateline ?? '',
            ...(article.bylines ?? []).map((b) => b.name),
            ...bodyToBlocks(article.body).map(blockText),
            ...(article.notes ?? []).map((n) => n.text),
          ]
            .join(' ')
            .toLowerCase();
          const hasNote = (article.notes ?? []).length > 0;
          for (const word of [head, ...lines, copy[1]!].join(' ').toLowerCase().split(/\s+/)) {
            const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
            if (!bare || (hasNote && LABEL_WORDS.test(bare)) || (bare === 'by' && article.bylines)) continue;
            expect(kept, `${JSON.stringify(lines)}: "${bare}"`).toContain(bare);
          }
        },
      ),
      { numRuns: 500, seed: 11 },
    );
  });
});

describe('a story named by no day, another outlet owning the error', () => {
  it('keeps copy that reports someone else’s mistake in the body', () => {
    staysCopy('In a story last March, Reuters incorrectly reported that the harbour had closed.', { places: ['end'] });
    staysCopy('In a 2019 report, the Island Courier mistakenly said the ferry line was for sale, a claim the operator denied.', {
      places: ['end'],
    });
  });
  it('still reads the newsroom’s own item, one dated like a corrective, or one naming this story', () => {
    landsAsNote('In a story last March, we incorrectly reported that the harbour had closed.', 'correction', { places: ['end'] });
    landsAsNote('In a story Tuesday, the Island Courier incorrectly reported that the harbour had closed.', 'correction', {
      places: ['end'],
    });
    landsAsNote(
      'In a story last March, Reuters incorrectly reported that the harbour had closed; this story has been corrected.',
      'correction',
      { places: ['end'] },
    );
  });
});

describe('an AP note date with no year, imported back from the text export', () => {
  const now = new Date('2026-06-01T12:00:00');
  const roundTrip = (text: string) => {
    const first = parseTextArticle(text, { now });
    const exported = exportText({ ...newContent({}), id: 'a1', createdAt: '2023-01-01T00:00:00', ...first, status: 'published' } as never, {
      provider: 'Copydesk',
    });
    return { first, exported, again: parseTextArticle(exported, { now }) };
  };
  const dated = (article: { notes?: { kind: string; date: string; text: string }[] }) =>
    article.notes?.map((n) => [n.kind, n.date.slice(0, 10), n.text]);

  it('keeps the year of a note from an earlier year on a page with no stamps', () => {
    const { first, exported, again } = roundTrip(
      [head, ...copy, 'Update, Nov. 6, 2023: The operator has put the fare rise off until March.'].join('\n\n'),
    );
    expect(dated(first)).toEqual([['update', '2023-11-06', 'The operator has put the fare rise off until March.']]);
    // The label prints as readers see it, with no year; the article's updated line carries it.
    expect(exported).toContain('Update, Nov. 6: The operator');
    expect(exported).toContain('Updated: 06 Nov. 2023');
    expect(dated(again)).toEqual(dated(first));
  });

  it('dates each note the latest such day not after the article’s last update', () => {
    const { first, exported, again } = roundTrip(
      [
        head,
        'Published: 04 March 2023, 09:15',
        'Updated: 10 Feb. 2025, 14:02',
        '',
        ...copy,
        'Update, Nov. 6, 2024: The operator has put the fare rise off until March.',
        'Correction, Feb. 10, 2025: An earlier version of this story misstated the fare.',
      ].join('\n\n'),
    );
    expect(exported).toContain('Update, Nov. 6: The operator');
    expect(dated(first)).toEqual([
      ['update', '2024-11-06', 'The operator has put the fare rise off until March.'],
      ['correction', '2025-02-10', 'An earlier version of this story misstated the fare.'],
    ]);
    expect(dated(again)).toEqual(dated(first));
    expect(again.notes?.[1]?.date).toBe('2025-02-10T14:02:00');
  });

  it('still dates a note after the publishing day when no update is stamped (Dec. 30 → Jan. 2)', () => {
    const article = parseTextArticle(
      [head, 'Published: 30 Dec. 2024, 09:15', '', ...copy, 'Update, Jan. 2: The fares rose.'].join('\n\n'),
      {
        now,
      },
    );
    expect(article.notes?.[0]?.date.slice(0, 10)).toBe('2025-01-02');
    expect(article.updatedAt).toBeUndefined();
  });
});

describe('a corrections column’s own furniture (the tenth round’s real lines, in fixtures/real-note-lines.ts)', () => {
  const end = { places: ['end' as const] };
  it('reads a piece named by its day with the month abbreviated ("A Sept. 3 column …")', () => {
    landsAsNote('Ines Marrero is the harbour master. A Sept. 3 column about the ferry fares misspelled her surname.', 'correction', end);
    landsAsNote('A Dec. 2 article about the ferry mistakenly said the crossing takes 40 minutes. In fact, it takes 55.', 'correction', end);
    staysCopy('A Sept. 3 memo from the harbour board mistakenly said the crossing takes 40 minutes, the union said.', end);
    staysCopy('The U.S. report about the ferry mistakenly said the crossing takes 40 minutes.', end);
  });
  it('reads "should have indicated" in an item that names its piece', () => {
    landsAsNote('A story in the June 4 Sports section should have indicated that the regatta was cancelled.', 'correction', end);
    staysCopy('The regatta committee should have indicated that the race was cancelled, sailors said.', end);
  });
  it('reads "The <paper> regrets the error." after a piece and its error', () => {
    landsAsNote(
      'Contrary to a story in Tuesday’s Weekend section, the ferry still runs on Sundays. The Courier regrets the error.',
      'correction',
      end,
    );
    landsAsNote(
      'The crossing takes 55 minutes, not 40 as reported Sunday in a Travel article about the islands. The Courier regrets the error.',
      'correction',
      end,
    );
    staysCopy('The mayor’s office posted the wrong sailing times on Monday. The city regrets the error.', end);
    staysCopy('The timetable printed the wrong sailing times. The Harbour Board regrets the error.', end);
  });
  it('reads "Incorrect information appeared in … <day>." as the item’s last sentence', () => {
    landsAsNote('The ferry captain Ana Ruiz is alive. Incorrect information appeared in yesterday’s Island Courier.', 'correction', end);
    landsAsNote('The fare is $4. Incorrect information appeared in a column on this page Tuesday.', 'correction', end);
    staysCopy('The sailing was cancelled. Incorrect information appeared on the board’s website Tuesday, the operator said.', end);
    staysCopy('The fare rose in March. Incorrect information appeared in the operator’s brochure for years.', end);
  });
  it('reads an item opened by the newsroom’s editing error, its piece named by day', () => {
    landsAsNote('As a result of an editing error, Ana Ruiz’s March 4 column incorrectly gave the fare as $5.', 'correction', end);
    staysCopy('As a result of an editing error, the council’s agenda listed the wrong meeting date.', end);
  });
});

describe('the ninth-round lines that waited, read by a note’s own furniture', () => {
  it('leaves a plain "Update:" over one sentence with a clock and a day as it is (the rule was withdrawn in the twelfth round)', () => {
    staysCopy('Update: The flood warning for the harbour was lifted shortly before 9:15 a.m. Thursday.', { places: ['top'] });
    staysCopy('Update: The council meets again at 7 p.m. Tuesday.', { places: ['top'] });
  });
  it('reads a headline set against "as the article correctly stated", and only the paper’s own', () => {
    landsAsNote(
      'A headline on Monday suggested the ferry line had been sold. It has in fact been leased, as the article correctly stated.',
      'correction',
      { places: ['end'] },
    );
    staysCopy('A recent headline suggested the ferry line had been sold. It has in fact been leased.', { places: ['end'] });
    staysCopy(
      'A headline in the Island Courier suggested the ferry line had been sold. It has in fact been leased, as the article correctly stated.',
      { places: ['end'] },
    );
  });
});
