import { describe, expect, it } from 'vitest';
import { isFurnitureLine, readNoteLine } from './frame-lines';
import { bodyToBlocks, blockText } from '../article/blocks';
import { parseTextArticle } from './text';
import { parseMarkdownArticle } from './markdown';

/**
 * The grammar of a labelled note line (issue 12): LABEL + optional DATE/TIME + separator + TEXT.
 * Every label, in every case and emphasis, with every date and clock form and every separator,
 * reads as the same note. The examples are our own.
 */
const TEXT = 'The harbour authority now says the pier will reopen in May.';

const LABELS: [string, 'update' | 'correction'][] = [
  ['Update', 'update'],
  ['UPDATE', 'update'],
  ['update', 'update'],
  ['Updated', 'update'],
  ['Correction', 'correction'],
  ['CORRECTION', 'correction'],
  ['Corrected', 'correction'],
  ['Clarification', 'correction'],
  ["Editor's note", 'update'],
  ['Editor’s Note', 'update'],
  ['Corrections & Clarifications', 'correction'],
];

/** [as printed, month, day, hour, minute] */
const DATES: [string, number?, number?, number?, number?][] = [
  [''],
  ['Nov. 6', 11, 6],
  ['November 6, 2025', 11, 6],
  ['6 November 2024', 11, 6],
  ['Nov 6th', 11, 6],
  ['11/03/25', 11, 3],
  ['31/7/26', 7, 31],
  ['17.01.17', 1, 17],
  ['2025-11-06', 11, 6],
  ['3:40 p.m.', undefined, undefined, 15, 40],
  ['9:10am ET', undefined, undefined, 9, 10],
  ['3:15PM ET', undefined, undefined, 15, 15],
  ['4:05 p.m. EST', undefined, undefined, 16, 5],
  ['10.30am GMT', undefined, undefined, 10, 30],
  ['at 15:40 BST', undefined, undefined, 15, 40],
  ['Nov. 6, 3:40 p.m. ET', 11, 6, 15, 40],
  ['5:07 p.m. Oct. 5', 10, 5, 17, 7],
  ['Tuesday, Nov. 6', 11, 6],
  ['Tuesday 6 November 2024 10.30am GMT', 11, 6, 10, 30],
  ['6 November 2024 at 15:40 BST', 11, 6, 15, 40],
  ['Thursday'],
];

const SEPARATORS = [': ', ' — ', ' – ', ' - '];

const EMPHASIS: [string, (head: string) => string][] = [
  ['plain', (h) => h],
  ['asterisk', (h) => `*${h}`],
  ['italic', (h) => `*${h}*`],
  ['bold', (h) => `**${h}**`],
  ['underscore italic', (h) => `_${h}_`],
];

function expectedText(label: string, date = ''): string {
  // An editor's note keeps its label, in sentence case whatever the page's case, and the date
  // printed with it ("Clarification, Nov. 6: …"), so the note prints back whole.
  const dated = date ? `, ${date}` : '';
  if (/^editor/i.test(label)) return `${label.toLowerCase().replace(/^e/, 'E')}${dated}: ${TEXT}`;
  return /^clarif/i.test(label) ? `Clarification${dated}: ${TEXT}` : TEXT;
}

describe('the grammar of a labelled note line', () => {
  for (const [label, kind] of LABELS) {
    it(`reads "${label}" with every date, clock, separator and emphasis`, () => {
      for (const [date, month, day, hour, minute] of DATES) {
        for (const head of date ? [`${label}, ${date}`, `${label} ${date}`] : [label]) {
          for (const sep of SEPARATORS) {
            for (const [, emphasize] of EMPHASIS) {
              const line = `${emphasize(head)}${sep}${TEXT}`;
              const note = readNoteLine(line, true);
              expect(note, line).not.toBeNull();
              expect(note!.kind, line).toBe(kind);
              expect([note!.month, note!.day], line).toEqual([month, day]);
              expect(note!.hour, line).toBe(hour);
              if (hour !== undefined) expect(note!.minute, line).toBe(minute);
              expect(note!.text.endsWith(TEXT), line).toBe(true);
            }
          }
        }
      }
    });
  }

  it('reads the rarer shapes: a date in brackets, a count, a dash or pipe, a clock word, a date with no year', () => {
    const forms: [string, number?, number?, number?][] = [
      ['Update (Nov. 6)', 11, 6],
      ['Update [Nov. 6]', 11, 6],
      ['Update (3:40 p.m. ET)', undefined, undefined, 15],
      ['CORRECTION (Nov. 6, 2025)', 11, 6],
      ['Updated on Nov. 6 at 3:40 p.m.', 11, 6, 15],
      ['UPDATED Nov. 6, 2025 at 10:17 a.m. ET', 11, 6, 10],
      ['Update, 2025-11-06 15:40', 11, 6, 15],
      ['Update, Sept. 3, 2025, at 4:05 p.m. ET', 9, 3, 16],
      ['Update #2'],
      ['UPDATE 2, 4:15 p.m.', undefined, undefined, 16],
      ['Update 2 — Nov. 6', 11, 6],
      ['Update, Nov. 6, 2025 — 3:40 p.m. ET', 11, 6, 15],
      ['Update | Nov. 6', 11, 6],
      ['Update, 6th November', 11, 6],
      ['Update on 6 November 2024', 11, 6],
      ['Update, 12:05 a.m. ET Nov. 7', 11, 7, 0],
      ['Update, noon ET', undefined, undefined, 12],
      ['Update—Nov. 6', 11, 6],
      ['Update 11/6', 11, 6],
      ['Update 25/6', 6, 25],
      ['Update, 6th of November 2024', 11, 6],
      ['Update, 2025/11/06', 11, 6],
      ['Update 11-06-2025', 11, 6],
      ['Update, 6 November 2024, 10:30 GMT+1', 11, 6, 10],
      ['Update, 6 November 2024, 3:40 p.m. UTC+5:30', 11, 6, 15],
    ];
    for (const [head, month, day, hour] of forms) {
      const line = `${head}: ${TEXT}`;
      expect(readNoteLine(line, true), line).toMatchObject({ kind: /correct/i.test(head) ? 'correction' : 'update', text: TEXT });
      const note = readNoteLine(line, true)!;
      expect([note.month, note.day, note.hour], line).toEqual([month, day, hour]);
    }
  });

  it('keeps the label of a clarification and an editor’s note in the text', () => {
    expect(readNoteLine(`Clarification, Nov. 6: ${TEXT}`)!.text).toBe(expectedText('Clarification', 'Nov. 6'));
    expect(readNoteLine(`EDITOR'S NOTE: ${TEXT}`, true)!.text).toBe(`Editor's note: ${TEXT}`);
  });

  const body = [
    'Ferry fares rise for the first time in a decade',
    'Fares on the island ferry will rise 10% from January, the operator said Monday.',
    'The operator blamed fuel costs and a new crew contract.',
  ];

  it('reads the label alone on its own line, dated or with a colon, with the text on the next, in text and Markdown', () => {
    for (const [label] of LABELS.filter(([l]) => !/&/.test(l))) {
      for (const [date] of DATES.filter(([d]) =>
        ['', 'Nov. 6', '6 November 2024', '2025-11-06', '3:40 p.m.', 'Tuesday, Nov. 6'].includes(d),
      )) {
        for (const colon of [':', '']) {
          if (!date && !colon) continue;
          const head = date ? `${label}, ${date}${colon}` : `${label}${colon}`;
          const text = parseTextArticle([...body, head, TEXT].join('\n\n'));
          expect(
            text.notes?.map((n) => n.text),
            `text: ${head}`,
          ).toEqual([expectedText(label, date)]);
          const md = parseMarkdownArticle([`# ${body[0]}`, ...body.slice(1), head, TEXT].join('\n\n'));
          expect(
            md.notes?.map((n) => n.text),
            `markdown: ${head}`,
          ).toEqual([expectedText(label, date)]);
        }
      }
    }
  });

  it('does not read a date-shaped run that is no date, a dateline, or copy that merely mentions an update', () => {
    for (const line of [
      'Updated 11 minutes ago',
      'Update your browser to see this graphic.',
      'The company said it would update its app before the holiday season.',
      'Updated figures show the deficit narrowed in the third quarter.',
      'WASHINGTON, Nov. 6 (Reuters) - The Senate passed the bill on Tuesday.',
      'Updates to the schedule will be posted Nov. 6: check the website.',
      'Correction facilities across the state reported 12 cases.',
      'Note: The council meets Thursdays at 7 p.m.',
      'Updated at 3:15 p.m., the figures showed a wider gap.',
    ]) {
      expect(readNoteLine(line), line).toBeNull();
      for (const lines of [
        [...body, line],
        [body[0]!, line, ...body.slice(1)],
      ]) {
        expect(parseTextArticle(lines.join('\n\n')).notes, line).toBeUndefined();
      }
    }
  });

  it('takes "Last updated 3:15 p.m." and a lone "Updated" as the page’s stamp, never as a note', () => {
    for (const line of ['Last updated 3:15 p.m.', 'LAST UPDATED 9:10am ET', 'Updated', 'Updated 11 minutes ago']) {
      expect(readNoteLine(line, true), line).toBeNull();
      // Page furniture: dropped wherever it stands, neither a note nor copy.
      expect(isFurnitureLine(line), line).toBe(true);
      for (const lines of [
        [...body, line],
        [body[0]!, line, ...body.slice(1)],
      ]) {
        const article = parseTextArticle(lines.join('\n\n'));
        expect(article.notes, line).toBeUndefined();
        expect(bodyToBlocks(article.body).map(blockText), line).toEqual(body.slice(1));
      }
    }
    expect(isFurnitureLine('Updated at 3:40 p.m.')).toBe(false);
    // "Updated at 3:40 p.m." alone stays a note: NPR-style pages print it as the update's own line.
    expect(readNoteLine('Updated at 3:40 p.m.')).toMatchObject({ kind: 'update', hour: 15, minute: 40 });
  });
});

describe('label-less sentences in which the newsroom says its piece erred', () => {
  const forms: [string, 'anywhere' | 'end'][] = [
    ['This piece incorrectly stated that the ferry runs hourly. It runs every two hours.', 'anywhere'],
    ['The audio of this story gave the wrong year for the harbour fire. It was 1911.', 'anywhere'],
    ['The audio of this story has been corrected to show that the mayor, not the council, signed the order.', 'anywhere'],
    ['The audio and a previous web version of this story misstated the fare for students. It is $2.', 'anywhere'],
    ['A previous headline on this story incorrectly said the pier had closed. It is open.', 'anywhere'],
    ['An earlier version of "Tides of Change" said the pier opened in 1931. It opened in 1913.', 'anywhere'],
    ['The post initially said the ferry would stop running in March. The operator says it will run all year.', 'end'],
    ['We mistakenly reported that the harbourmaster is Ada Lindqvist. She is the deputy harbourmaster.', 'end'],
    ['It was erroneously reported in the 6 p.m. newscast that the pier had closed. It remains open.', 'end'],
    ['In our March 3 report on the ferry strike, we said the union had 900 members. We were wrong. It has 700.', 'end'],
    ['We reported that the levy would raise $4 million. In fact, it will raise $2.5 million.', 'end'],
    ['Earlier in our newscast, we gave the wrong name for the ferry operator. We apologize for the error.', 'end'],
    ["In Mina Okafor's piece about the harbour, she incorrectly stated the pier is wooden. It is concrete.", 'end'],
    ['A correction to a March 3 story about the ferry levy. We implied the state pays for it. The county does.', 'end'],
    ['On 7 March, a radio report incorrectly stated that the pier was listed. It has been listed since 1999.', 'end'],
    ['An online story published on 19 May on the ferry levy has been edited to make clear that it applies to cars only.', 'end'],
    [
      'In a story published March 3, about the ferry levy, the paper reported it was new. The story should have made clear it was renewed.',
      'end',
    ],
    ['Our review of the harbour festival incorrectly named the headline act. It was the Tidewater Band.', 'end'],
    ['The fare rose 20%, not 12% as a long read article said (The island ferry, 3 May, Journal, p5).', 'end'],
    ['In our profile of the harbourmaster (pages 20 to 23, Review, 3 May), we said she was born in Leith. She was born in Oban.', 'end'],
  ];
  const body = [
    'Ferry fares rise for the first time in a decade',
    'Fares on the island ferry will rise 10% from January, the operator said Monday.',
    'The operator blamed fuel costs and a new crew contract.',
  ];

  for (const [line, where] of forms) {
    it(`reads "${line.slice(0, 50)}…" as a correction ${where === 'end' ? 'under the copy only' : 'at the top and the end'}`, () => {
      expect(readNoteLine(line, true), line).toMatchObject({ kind: 'correction', text: line });
      expect(parseTextArticle([...body, line].join('\n\n')).notes, line).toMatchObject([{ kind: 'correction', text: line }]);
      const top = parseTextArticle([body[0]!, line, ...body.slice(1)].join('\n\n')).notes;
      if (where === 'anywhere') expect(top, line).toMatchObject([{ kind: 'correction' }]);
      else expect(readNoteLine(line), line).toBeNull();
    });
  }

  it('keeps copy that reports, corrects or mentions a version as copy', () => {
    for (const line of [
      'The headline was corrected that day, and the paper added a correction later.',
      'The report said the river would crest Friday. Officials said the levees would not fail.',
      'We reported from the pier as the ferry came in.',
      'In our survey of readers, we said the pier would reopen and most agreed.',
      'The post initially went to a deputy, officials said.',
      'Ana Ruiz and Ben Ode contributed to a previous version of this article.',
    ]) {
      expect(readNoteLine(line, true), line).toBeNull();
    }
  });
});

describe('which reading wins', () => {
  it('reads a labelled line by its label even when its text is a corrections-column item', () => {
    const item =
      'The ferry operator is Gull Island Ferry Co, not Gull Ferries as we had it in a report on fares (Island life, 3 May, page 12).';
    expect(readNoteLine(`Correction, May 5: ${item}`, true)).toMatchObject({ kind: 'correction', month: 5, day: 5, text: item });
    expect(readNoteLine(item, true)).toMatchObject({ kind: 'correction', text: item });
  });

  it('gives an amended note the kind of its first purpose', () => {
    expect(
      readNoteLine('This story has been updated to reflect that the operator now runs 12 sailings and to clarify the winter timetable.'),
    ).toMatchObject({ kind: 'update' });
    expect(readNoteLine('This story has been updated to clarify the winter timetable.')).toMatchObject({ kind: 'correction' });
    expect(readNoteLine('This story has been updated to reflect the correct number of sailings.')).toMatchObject({ kind: 'correction' });
    expect(readNoteLine('This article was amended on 4 June 2023 to add a response from the county.')).toMatchObject({ kind: 'update' });
    expect(
      readNoteLine('This article was amended on 2 June 2023 to remove a sentence that said the pier closed with debts.'),
    ).toMatchObject({
      kind: 'correction',
    });
  });

  it('takes a clock that opens the text after the separator as the text’s own words', () => {
    const text = 'At 4:10 p.m. local time, the operator said the last ferry had sailed.';
    expect(readNoteLine(`Update: ${text}`, true)).toMatchObject({ kind: 'update', text });
    expect(readNoteLine(`Update: ${text}`, true)!.hour).toBeUndefined();
    expect(readNoteLine(`Update: 4:10 p.m. — The last ferry has sailed.`, true)).toMatchObject({ hour: 16, minute: 10 });
  });
});

describe('more sentence and wire forms', () => {
  it('reads the wire verb set, a correction named inside the bracket making it a correction', () => {
    for (const [line, kind] of [
      ['(Inserts dropped word in paragraph 3)', 'update'],
      ['(Recasts with mayor’s comments)', 'update'],
      ['(Writes through with details of the vote)', 'update'],
      ['(Tops with council vote)', 'update'],
      ['(Removes extraneous word in paragraph 2)', 'update'],
      ['(Refiles to correct dateline)', 'correction'],
      ['(Updates to fix typo in headline)', 'correction'],
      ['(Corrects spelling of harbourmaster’s name in paragraph 4)', 'correction'],
    ] as const) {
      expect(readNoteLine(line), line).toMatchObject({ kind, text: line });
    }
  });

  it('reads the newsroom’s own verb and the earlier version in more shapes', () => {
    for (const [line, kind] of [
      ['This version corrects the spelling of the harbourmaster’s name.', 'correction'],
      ['This version adds comments from the county executive.', 'update'],
      ['We have updated this story to include a statement from the operator.', 'update'],
      ['We’ve corrected this article to show the vote was 7-2.', 'correction'],
      ['This story has been revised to include the mayor’s response.', 'update'],
      ['Earlier versions of this story misstated the fare.', 'correction'],
      ['A previous version of this newsletter gave the wrong date for the vote.', 'correction'],
    ] as const) {
      expect(readNoteLine(line), line).toMatchObject({ kind, text: line });
    }
    expect(readNoteLine('A correction was made on Nov. 6, 2025: An earlier version of this article misstated the fare.')).toMatchObject({
      kind: 'correction',
      month: 11,
      day: 6,
      text: 'An earlier version of this article misstated the fare.',
    });
  });

  it('reads a zone in words and a weekday after the clock', () => {
    expect(readNoteLine(`Update, 3:54 p.m. Pacific: ${TEXT}`)).toMatchObject({ hour: 15, minute: 54, text: TEXT });
    expect(readNoteLine(`UPDATE 11:45 a.m. EDT Friday: ${TEXT}`)).toMatchObject({ hour: 11, minute: 45, text: TEXT });
  });

  it('leaves promises of updates, credits, wire headline prefixes and product copy alone', () => {
    for (const line of [
      'This story will be updated.',
      'This story is developing and will be updated as more information becomes available.',
      '(With inputs from PTI)',
      'UPDATE 5-Ferry operator wins bid to raise fares',
      'We have updated our privacy policy.',
      'This version of the app adds dark mode.',
      'Earlier versions of the phone shipped without a charger.',
    ]) {
      expect(readNoteLine(line, true), line).toBeNull();
    }
  });
});

describe('a date first, then the note’s own sentence', () => {
  it('takes the date or clock printed before a self-labelled sentence as the note’s', () => {
    expect(readNoteLine('June 2nd, 2024: This post has been updated with the final score.')).toMatchObject({
      kind: 'update',
      month: 6,
      day: 2,
    });
    expect(readNoteLine('4:12 p.m.: This article was updated with the council vote.')).toMatchObject({
      kind: 'update',
      hour: 16,
      minute: 12,
    });
    expect(readNoteLine('March 2024: This guide has been updated.', true)).toBeNull();
    expect(readNoteLine('March 2024: This post has been updated with the new timetable.')).toMatchObject({ kind: 'update' });
    expect(readNoteLine('March 2024: This post has been updated with the new timetable.')!.month).toBeUndefined();
    expect(readNoteLine(`Update (Oct 2025): ${TEXT}`)).toMatchObject({ kind: 'update', text: TEXT });
  });

  it('leaves a dated sentence of copy alone', () => {
    for (const line of [
      'June 2nd, 2024: The council voted to raise fares.',
      '4:12 p.m.: The council voted to raise fares.',
      'March 2024 was the wettest month on record for the island.',
    ]) {
      expect(readNoteLine(line, true), line).toBeNull();
    }
  });

  it('reads "Note :" whose first sentence says the article was updated', () => {
    expect(readNoteLine("Note : after a reader's question, this article has been updated with the winter timetable.")).toMatchObject({
      kind: 'update',
    });
  });
});

describe('the verb with its date', () => {
  it('reads "Updated <date or clock> with / to include …" with its date, and "This story was updated at <clock> …" with its clock', () => {
    for (const [line, kind, month, day, hour] of [
      ['Updated 3:15 p.m. ET with comment from the ferry operator.', 'update', undefined, undefined, 15],
      ['Updated Nov. 6 to include a statement from the council.', 'update', 11, 6, undefined],
      ['UPDATED 11/6/2025, 9:40 a.m., with the final vote count.', 'update', 11, 6, 9],
      ['Updated at 4:15 p.m. with comment from the mayor.', 'update', undefined, undefined, 16],
      ['Corrected Nov. 6 to show the vote was 7-2.', 'correction', 11, 6, undefined],
      ['This story was updated at 4:15 p.m. with comment from the mayor.', 'update', undefined, undefined, 16],
      ['This report was updated.', 'update', undefined, undefined, undefined],
    ] as const) {
      const note = readNoteLine(line);
      expect(note, line).toMatchObject({ kind, text: line });
      expect([note!.month, note!.day, note!.hour], line).toEqual([month, day, hour]);
    }
    for (const line of ['Updated figures with the new census show a rise.', 'Updated Nov. 6 guidance tells drivers to slow down.']) {
      expect(readNoteLine(line, true), line).toBeNull();
    }
  });
});

describe('notes and brackets in other genres', () => {
  it('does not take a manual’s "Note:" about errors, or a bracket opening with a bare verb, as a note', () => {
    for (const line of [
      'Note: Connection errors are emitted here, and the client retries once.',
      '**Note:** This event fires only when a request is made, not when a response comes from the cache or an error is thrown.',
      'NOTE: Some errors can still be thrown, such as wrong arguments.',
      '(Change objects where both flags are false stand for content the two strings share.)',
      '(Add a second crew on weekends if the forecast allows.)',
    ]) {
      expect(readNoteLine(line, true), line).toBeNull();
    }
  });

  it('still reads "Note:" that names the piece’s error', () => {
    for (const line of [
      'Note: This story misstated the ferry’s capacity. It carries 400 passengers.',
      'Note: An error in this article gave the wrong fare for students.',
      'Note: The harbourmaster’s name was misspelled in the first caption.',
    ]) {
      expect(readNoteLine(line, true), line).toMatchObject({ kind: 'correction' });
    }
  });
});

describe('the kind of a labelled note whose text names its own', () => {
  it('follows the sentence under "Update:" or "Editor’s note:", and the label under "Correction:"', () => {
    for (const [line, kind] of [
      ['Update: This story has been corrected to show the ferry leaves at 6 a.m., not 7 a.m.', 'correction'],
      ["Editor's note, Nov. 6: This story was updated to include the operator's response.", 'update'],
      ['Update, Nov. 6: This version corrects the spelling of the harbourmaster’s name.', 'correction'],
      ['Update: This story has been updated to include the operator’s response.', 'update'],
      ['Correction: This story has been updated to include the vote count.', 'correction'],
      ['UPDATE: The council voted 7-2 to raise fares.', 'update'],
      ['Update, Nov. 6: Updated with further clarification from the county roads office.', 'update'],
      ['Updated with a correction issued by the council on Tuesday.', 'update'],
      ['Updated to correct the ferry’s departure time.', 'correction'],
      ['Updated with the correct departure time.', 'correction'],
    ] as const) {
      expect(readNoteLine(line, true), line).toMatchObject({ kind });
    }
  });
});

describe('amended "to clarify"', () => {
  it('reads "to clarify that …" as an update unless the clause names an error; "to clarify the …" as a correction', () => {
    for (const [line, kind] of [
      ['This story has been updated to clarify that the ferry permit belonged to the county.', 'update'],
      ['This post was updated to clarify that Ilse Brandt chairs the board, not the trust.', 'update'],
      ['Update, Nov. 6: This article was updated to clarify that the fee covers two crossings.', 'update'],
      ['This story has been updated to clarify the number of moorings the board approved.', 'correction'],
      ['This article was amended to further clarify information on the toll.', 'correction'],
      ['This story was updated to clarify that an earlier version misstated the fee.', 'correction'],
      ['This story has been clarified to show that the fee covers two crossings.', 'correction'],
      ['Correction: This story was updated to clarify that the fee covers two crossings.', 'correction'],
    ] as const) {
      expect(readNoteLine(line, true)?.kind, line).toBe(kind);
    }
  });
});

describe('"Updated at" and a clock alone', () => {
  it('reads the 12-hour form a newsroom types as a note, and leaves a 24-hour stamp in the copy', () => {
    expect(readNoteLine('Updated at 3:40 p.m. ET', true)).toMatchObject({ kind: 'update', hour: 15, minute: 40 });
    // In real copy a 24-hour "Updated at" is a machine's stamp on a live-blog post, a widget or a
    // page footer ("Updated at 15:43", "Last updated at 14.30"), printed on every changed item and
    // naming no change: it is no note (docs/architecture.md, "Note lines").
    for (const line of ['Updated at 14.05 BST', 'Updated at 15:43', 'Last updated at 14.30', 'updated at 09.12 GMT']) {
      expect(readNoteLine(line, true), line).toBeNull();
    }
    // Nor does it make the paragraph under it a note: both stay copy.
    const copy = [
      'Tide gauges at the quay read 40cm above the forecast, the harbour master said.',
      'Updated at 14.05 BST',
      'Crews closed the lower car park as a precaution.',
    ];
    const article = parseTextArticle(['Storm surge closes the quay car park', ...copy].join('\n\n'));
    expect(article.notes).toBeUndefined();
    expect(bodyToBlocks(article.body).map(blockText)).toEqual(copy);
  });
});

describe('label spellings', () => {
  it('reads the other names sites give the labels', () => {
    for (const [line, kind, text] of [
      [`Ed. note: ${TEXT}`, 'update', `Ed. note: ${TEXT}`],
      [`Editorial note, Nov. 6: ${TEXT}`, 'update', `Editorial note, Nov. 6: ${TEXT}`],
      [`Note from the editor: ${TEXT}`, 'update', `Note from the editor: ${TEXT}`],
      [`UPDATES: Nov. 6, 3:40 p.m.: ${TEXT}`, 'update', TEXT],
      [`Latest update, 3:40 p.m.: ${TEXT}`, 'update', TEXT],
      [`Post updated, Nov. 6: ${TEXT}`, 'update', TEXT],
      [`Corrections, Nov. 6: ${TEXT}`, 'correction', TEXT],
      [`Correction notice (Nov. 6, 2025): ${TEXT}`, 'correction', TEXT],
      [
        "Author's note: An earlier version of this post said the pier opened in 1931.",
        'correction',
        'An earlier version of this post said the pier opened in 1931.',
      ],
    ] as const) {
      expect(readNoteLine(line, true), line).toMatchObject({ kind, text });
    }
    // A note from an author still needs a note's own words.
    expect(readNoteLine("Author's note: I grew up two streets from the harbour.", true)).toBeNull();
  });

  it('joins an "UPDATES:" heading with the dated line under it', () => {
    const body = [
      'Ferry fares rise for the first time in a decade',
      'Fares on the island ferry will rise 10% from January, the operator said Monday.',
    ];
    const article = parseTextArticle([...body, 'UPDATES:', '2:58 p.m.: This article was updated with the council vote.'].join('\n\n'));
    expect(article.notes).toMatchObject([{ kind: 'update' }]);
    expect(article.notes![0]!.date.slice(11, 16)).toBe('14:58');
  });
});

describe('forms found on local news and blog pages', () => {
  it('reads a date printed before the label, bare or in brackets', () => {
    expect(readNoteLine('3/14/19 UPDATE: The county reopened the bridge at noon.', true)).toMatchObject({
      kind: 'update',
      month: 3,
      day: 14,
      year: 2019,
      text: 'The county reopened the bridge at noon.',
    });
    expect(readNoteLine('[3/14/19 UPDATE: The county reopened the bridge at noon.]', true)).toMatchObject({
      kind: 'update',
      month: 3,
      day: 14,
    });
  });

  it('reads "This blog post was edited on …" as a dated note', () => {
    expect(readNoteLine('This blog post was edited on 4 March to include a link to the council minutes.', true)).toMatchObject({
      kind: 'update',
      month: 3,
      day: 4,
    });
  });

  it('reads a station’s "(UPDATE) —" after the dateline as an update note', () => {
    expect(
      readNoteLine('DALTON, Ga. (WXYZ) — (UPDATE) — Police said the second driver was released from the hospital.', true),
    ).toMatchObject({
      kind: 'update',
      text: 'Police said the second driver was released from the hospital.',
    });
    // A dateline followed by copy is copy.
    expect(readNoteLine('DALTON, Ga. (WXYZ) — Police said the second driver was released from the hospital.', true)).toBeNull();
  });

  it('reads a dotted date month first when an American zone follows it, day first otherwise', () => {
    expect(readNoteLine('Updated 04.03.24, 9:15 EST: This article has been updated to include the mayor’s reply.', true)).toMatchObject({
      month: 4,
      day: 3,
    });
    expect(readNoteLine('Updated 04.03.24, 9:15 GMT: This article has been updated to include the mayor’s reply.', true)).toMatchObject({
      month: 3,
      day: 4,
    });
  });
});

describe('hostile lines', () => {
  it('a line of thousands of nested brackets or bullets is copy, not a stack overflow', () => {
    expect(readNoteLine(`${'['.repeat(3000)}Update: the bridge reopened.${']'.repeat(3000)}`, true)).toBeNull();
    expect(readNoteLine('•'.repeat(6000), true)).toBeNull();
    expect(() => parseTextArticle(`Headline\n\nBody text here.\n\n${'('.repeat(2900)}x${')'.repeat(2900)}\n`)).not.toThrow();
  });
});
