import { describe, expect, it } from 'vitest';
import { parseTextArticle } from './text';
import { parseMarkdownArticle } from './markdown';
import { bodyToBlocks, blockText } from '../article/blocks';
import { exportText } from '../export/txt';
import { newContent } from '../article/content';
import type { ImportedArticle } from './imported-article';
import { copy, head, landsAsNote, staysCopy } from './fixtures/note-placement';

/**
 * The thirteenth importer round (issue 12, round ten of the notes): defects left open by the last
 * round, each read on invented lines both ways — a note read, a copy line kept.
 */
const body = (article: ImportedArticle) => bodyToBlocks(article.body).map(blockText);

describe('a counted wire slug under the headline (1a)', () => {
  const slugs = [
    'UPDATE 3 - Protesters gather outside Harbour Hall.',
    'UPDATE 4 -- Ferry crews walk out at dawn.',
    'UPDATE #2 - Islanders queue for the last cheap crossings.',
    'UPDATE 2 — The operator has put the fare rise off until March.',
  ];
  it('keeps the story’s own slug in the copy, in text and Markdown', () => {
    for (const slug of slugs) {
      for (const article of [
        parseTextArticle([head, slug, ...copy].join('\n\n')),
        parseMarkdownArticle([`# ${head}`, slug, ...copy].join('\n\n')),
      ]) {
        expect(article.notes, slug).toBeUndefined();
        expect(body(article), slug).toEqual([slug, ...copy]);
      }
    }
  });
  it('keeps it in the copy under a byline and a stamp too', () => {
    const article = parseTextArticle([head, 'By Ana Ruiz', slugs[0], ...copy].join('\n\n'));
    expect(article.notes).toBeUndefined();
    expect(article.bylines?.map((b) => b.name)).toEqual(['Ana Ruiz']);
    expect(body(article)).toEqual([slugs[0], ...copy]);
  });
  it('still reads a counted update under the copy, and a dated one over it', () => {
    landsAsNote('UPDATE 3: Police said the crowd had left Harbour Hall by midnight.', 'update', { places: ['end'] });
    landsAsNote('UPDATE 3 - Protesters left Harbour Hall by midnight.', 'update', { places: ['end'] });
    landsAsNote('UPDATE 3, 11:40 p.m.: Police said the crowd had left Harbour Hall.', 'update');
    // A newsroom's counted label with its colon is a note over the copy as under it.
    landsAsNote('Update 2: The ferry operator released a statement apologizing for the delay.', 'update');
    landsAsNote('UPDATE 2: The ferry operator released a statement apologizing for the delay.', 'update');
    const article = parseTextArticle([head, ...copy, 'UPDATE 3: Police said the crowd had left by midnight.'].join('\n\n'));
    expect(article.notes?.map((n) => n.text)).toEqual(['Police said the crowd had left by midnight.']);
  });
});

describe('a note’s clock through the text export (1b)', () => {
  const now = new Date('2026-06-01T12:00:00');
  const exported = (article: ImportedArticle) =>
    exportText({ ...newContent({}), id: 'a1', createdAt: '2023-01-01T00:00:00', ...article, status: 'published' } as never, {
      provider: 'Copydesk',
    });
  const dated = (article: ImportedArticle) => article.notes?.map((n) => [n.kind, n.date, n.text]);
  const story = (...lines: string[]) => [head, 'Published: 05 Nov. 2025, 09:00', ...copy, ...lines].join('\n\n');
  it('prints the clock a page printed after the AP date, and reads it back at the same time', () => {
    const first = parseTextArticle(
      story(
        'ORANJESTAD, Aruba - UPDATE #3 (11:34 p.m.) -- Port officials say the ferry has sailed.',
        'CORRECTION, Nov. 7, 9:05 a.m.: An earlier version of this story misstated the fare.',
        'Update, Nov. 8, noon: The operator has put the fare rise off until March.',
        'Update 11/09/25 4:45pm ET: This story has been updated to include the mayor’s response.',
      ),
      { now },
    );
    expect(dated(first)).toEqual([
      ['update', '2025-11-05T23:34:00', 'Port officials say the ferry has sailed.'],
      ['correction', '2025-11-07T09:05:00', 'An earlier version of this story misstated the fare.'],
      ['update', '2025-11-08T12:00:00', 'The operator has put the fare rise off until March.'],
      ['update', '2025-11-09T16:45:00', 'This story has been updated to include the mayor’s response.'],
    ]);
    const text = exported(first);
    expect(text).toContain('Update, Nov. 5, 11:34 p.m.: Port officials say the ferry has sailed.');
    expect(text).toContain('Correction, Nov. 7, 9:05 a.m.: An earlier version');
    expect(text).toContain('Update, Nov. 8, noon: The operator');
    expect(text).toContain('Update, Nov. 9, 4:45 p.m.: This story has been updated');
    const again = parseTextArticle(text, { now });
    expect(dated(again)).toEqual(dated(first));
    // And once more: the export of the re-import prints the same lines.
    expect(exported(again)).toBe(text);
  });
  it('prints no clock for a note whose page printed none, and gives it back on its day', () => {
    const first = parseTextArticle(
      story('Update, Nov. 7: The operator apologized for the delay.', 'Correction: An earlier version of this story misstated the fare.'),
      { now },
    );
    const text = exported(first);
    expect(text).toContain('Update, Nov. 7: The operator apologized for the delay.');
    expect(text).not.toMatch(/[ap]\.m\.|noon|midnight/);
    const again = parseTextArticle(text, { now });
    expect(dated(again)).toEqual(dated(first));
    expect(again.notes?.map((n) => n.printedClock)).toEqual([undefined, undefined]);
  });
});

describe('a correction that names the paper’s own masthead (1c)', () => {
  const item = 'In an Aug. 14 story, The Harbour Herald misidentified the owner of the island ferry company.';
  const other = 'In an Aug. 14 story, The Island Courier misidentified the owner of the island ferry company.';
  const story = (masthead: string[], tail: string[] = []) => [head, ...masthead, ...copy, ...tail].join('\n\n');
  it('reads it under the copy when the byline or the copyright line carries that name', () => {
    for (const text of [
      story(['By Ana Ruiz, The Harbour Herald'], [item]),
      story(['By Ana Ruiz'], [item, '© 2025 The Harbour Herald Ltd. All rights reserved.']),
      story(
        ['By Ana Ruiz, The Harbour Herald'],
        ['In a March 3 column about ferry fares, The Harbour Herald incorrectly stated the fare.'],
      ),
    ]) {
      const article = parseTextArticle(text);
      expect(
        article.notes?.map((n) => n.kind),
        text,
      ).toEqual(['correction']);
      expect(body(article), text).toEqual(copy);
    }
    const md = parseMarkdownArticle([`# ${head}`, 'By Ana Ruiz, The Harbour Herald', ...copy, item].join('\n\n'));
    expect(md.notes?.map((n) => n.text)).toEqual([item]);
  });
  it('keeps the outlet after a byline’s comma whole, so the masthead names it', () => {
    const article = parseTextArticle(
      story(['By Ana Ruiz, The Harbour and Island Herald'], [item.replace('The Harbour Herald', 'The Harbour and Island Herald')]),
    );
    expect(article.bylines?.map((b) => b.name)).toEqual(['Ana Ruiz', 'The Harbour and Island Herald']);
    expect(article.notes?.map((n) => n.kind)).toEqual(['correction']);
    // Two writers joined by "and" are still two.
    expect(parseTextArticle(story(['By Ana Ruiz and Ben Ode'])).bylines?.map((b) => b.name)).toEqual(['Ana Ruiz', 'Ben Ode']);
  });
  it('keeps copy about another outlet’s error, or with no masthead naming the outlet, in the body', () => {
    for (const text of [
      story(['By Ana Ruiz, The Harbour Herald'], [other]),
      story(['By Ana Ruiz'], [item]),
      // The name in the copy or the headline is no masthead.
      [`The Harbour Herald names the ferry owner`, 'By Ana Ruiz', ...copy, item].join('\n\n'),
      story(['By Ana Ruiz'], ['The Harbour Herald has owned the ferry since 1990.', item]),
      // Told on someone's word, it is the speaker's.
      story(['By Ana Ruiz, The Harbour Herald'], [`${item.replace(/\.$/, '')}, the company said.`]),
    ]) {
      const article = parseTextArticle(text);
      expect(article.notes, text).toBeUndefined();
      expect(body(article).at(-1), text).toMatch(/In an Aug\. 14 story/);
    }
  });
});

/*
 * Item 2's rules: one per family of the real lines gathered this round, each anchored on a note's
 * own furniture, each with invented lines both ways.
 */
const end = { places: ['end' as const] };

describe('the newsroom withdrawing its own piece', () => {
  it('reads "we have decided to retract / delete this article" under the copy', () => {
    landsAsNote(
      'After readers raised questions, we have decided to retract this article. We apologise to the ferry operator.',
      'correction',
      end,
    );
    landsAsNote('Now therefore, we decided to delete our article and apologise to Mr. Tomas Vidal.', 'correction', end);
  });
  it('keeps a speaker’s or another outlet’s withdrawal, and a quoted one, in the copy', () => {
    staysCopy('We have decided to retract this article, the Harbour Herald’s editor said on Tuesday.', end);
    staysCopy('“We have decided to retract this article,” the editor wrote.', end);
    staysCopy('The council decided to delete our article from its newsletter.', end);
    staysCopy('We have decided to retract this proposal until the fares review ends.', end);
  });
});

describe('the paper’s own newspaper article named by its week', () => {
  it('reads "In last week’s newspaper article … it was incorrectly reported …"', () => {
    landsAsNote(
      'In last week’s newspaper article “Ferries in a fix” (March 3 to 9), it was incorrectly reported that the fare rise covers cars.',
      'correction',
      end,
    );
  });
  it('keeps another paper’s newspaper article, and a report with no error, in the copy', () => {
    staysCopy('In last week’s newspaper article the Herald reported that the fare rise covers cars.', end);
    staysCopy('The harbour board said last week’s newspaper article incorrectly reported the fare.', end);
  });
});

describe('"never … as we reported"', () => {
  it('reads the fact put right against the paper’s own report', () => {
    landsAsNote('Tomas Vidal was never a harbour board member as we reported yesterday.', 'correction', end);
  });
  it('keeps copy that cites the paper’s report after a comma, or someone else’s', () => {
    staysCopy('Vidal has never paid the harbour fine, as we reported last year.', end);
    staysCopy('Vidal was never a board member as the Herald reported yesterday.', end);
  });
});

describe('a note printed over several lines (item 3)', () => {
  const story = (...lines: string[]) => [head, ...copy, ...lines].join('\n\n');
  it('reads NYT’s intro over a dated label and its text as one correction, dated by the label', () => {
    for (const gap of ['\n', '\n\n']) {
      const article = parseTextArticle(
        story(
          [
            'This article has been revised to reflect the following correction:',
            'Correction: March 9, 2026',
            'An article on Monday about the island ferry misspelled the name of its captain. He is Tomas Vidal, not Tomas Vidall.',
          ].join(gap),
        ),
      );
      expect(article.notes?.map((n) => [n.kind, n.date.slice(5, 10)])).toEqual([['correction', '03-09']]);
      expect(article.notes![0]!.text).toBe(
        'This article has been revised to reflect the following correction: An article on Monday about the island ferry misspelled the name of its captain. He is Tomas Vidal, not Tomas Vidall.',
      );
      expect(body(article)).toEqual(copy);
    }
  });
  it('reads a "Correction" heading over its text, and an "Editor’s Note" heading, closing the copy', () => {
    const correction = parseTextArticle(story('Correction', 'An earlier version of this story misstated the ferry fare.'));
    expect(correction.notes?.map((n) => n.kind)).toEqual(['correction']);
    const editors = parseTextArticle(
      story('Editor’s Note', 'After we published this article, readers raised concerns about its accuracy.'),
    );
    expect(editors.notes?.map((n) => n.kind)).toEqual(['correction']);
  });
  it('leaves the intro over copy, or over a label with no date, as it was read before', () => {
    const overCopy = parseTextArticle(
      story('This article has been revised to reflect the following correction:', 'Fares will fall again in May.', 'The operator agreed.'),
    );
    expect(body(overCopy)).toContain('Fares will fall again in May.');
    const undatedLabel = parseTextArticle(
      story(
        'This article has been revised to reflect the following correction:',
        'Correction:',
        'An earlier version of this story misstated the fare.',
      ),
    );
    // Joined only over a dated label: here the intro and the correction stay two lines, as before.
    expect(undatedLabel.notes?.some((n) => n.text.includes('following correction') && n.text.includes('misstated'))).toBe(false);
  });
});

describe('an update’s clock stamp on its own line over the paragraph that closes the text', () => {
  const story = (...lines: string[]) => [head, ...copy, ...lines].join('\n\n');
  it('reads the pair as one update at that clock, with a newline or a blank line between', () => {
    for (const [stamp, hour] of [
      ['Updated at 7:26 p.m.', '19:26'],
      ['Updated 9:57 p.m., CST', '21:57'],
      ['Story updated at 11 a.m.', '11:00'],
      ['Updated: 5:30 p.m.', '17:30'],
      ['Updated Nov. 6, 2025 at 5:30 p.m.', '17:30'],
    ] as const) {
      for (const gap of ['\n', '\n\n']) {
        const article = parseTextArticle(
          [head, 'Published: 05 Nov. 2025, 09:00', ...copy, `${stamp}${gap}Early results show Ana Ruiz taking the lead.`].join('\n\n'),
        );
        expect(
          article.notes?.map((n) => [n.kind, n.date.slice(11, 16), n.text]),
          stamp,
        ).toEqual([['update', hour, 'Early results show Ana Ruiz taking the lead.']]);
        expect(body(article), stamp).toEqual(copy);
      }
    }
  });
  it('leaves the stamp a note of its own over the lead, over copy that goes on, and a 24-hour stamp alone', () => {
    const top = parseTextArticle([head, 'Updated at 7:26 p.m.', ...copy].join('\n\n'));
    expect(top.notes?.map((n) => n.text)).toEqual(['Updated at 7:26 p.m.']);
    expect(body(top)).toEqual(copy);
    const inside = parseTextArticle(
      [head, copy[0], 'Updated at 7:26 p.m.', 'Early results show Ana Ruiz taking the lead.', copy[1]].join('\n\n'),
    );
    expect(body(inside)).toContain('Early results show Ana Ruiz taking the lead.');
    const machine = parseTextArticle(story('Updated at 14.05 BST', 'Early results show Ana Ruiz taking the lead.'));
    expect(machine.notes).toBeUndefined();
    // A sign-off under it is the byline, never a note's text.
    const signed = parseTextArticle(story('Updated at 7:26 p.m.', 'By Ana Ruiz'));
    expect(signed.notes?.map((n) => n.text)).toEqual(['Updated at 7:26 p.m.']);
    expect(signed.bylines?.map((b) => b.name)).toEqual(['Ana Ruiz']);
    // A dateline'd paragraph under it is a lead, never a note's text.
    const lead = parseTextArticle(story('Updated at 7:26 p.m.', 'HARTFORD (AP) — Early results show Ana Ruiz taking the lead.'));
    expect(lead.notes?.some((n) => n.text.includes('Early results'))).not.toBe(true);
  });
});

describe('a live page’s label lines over the update that closes the text', () => {
  it('reads "4:15 p.m. UPDATE" with no colon, and a heading that prints its own dash, as the label', () => {
    for (const [label, hour] of [
      ['4:15 p.m. UPDATE', '16:15'],
      ['UPDATE (11:30 a.m. MST) -', '11:30'],
    ] as const) {
      const article = parseTextArticle(
        [head, 'Published: 05 Nov. 2025, 09:00', ...copy, `${label}\nThe operator has put the rise off until March.`].join('\n\n'),
      );
      expect(
        article.notes?.map((n) => [n.date.slice(11, 16), n.text]),
        label,
      ).toEqual([[hour, 'The operator has put the rise off until March.']]);
      expect(body(article), label).toEqual(copy);
    }
  });
  it('leaves "4:15 p.m. UPDATE" inside the copy, where it heads what goes on, as copy', () => {
    const article = parseTextArticle(
      [head, copy[0], '4:15 p.m. UPDATE', 'The operator has put the rise off until March.', copy[1]].join('\n\n'),
    );
    expect(article.notes).toBeUndefined();
    expect(body(article)).toContain('The operator has put the rise off until March.');
  });
});

describe('a clock stamp over a story of one paragraph', () => {
  it('stays the masthead’s: the paragraph is the lead, never a note', () => {
    const lead = copy[0]!;
    for (const masthead of [['Updated at 7:26 p.m.'], ['By Ana Ruiz', 'Updated Nov. 6, 2025 at 5:30 p.m.']]) {
      const article = parseTextArticle([head, ...masthead, lead].join('\n\n'));
      expect(body(article), masthead.join(' / ')).toEqual([lead]);
      expect(article.notes?.some((n) => n.text.includes(lead)) ?? false, masthead.join(' / ')).toBe(false);
    }
  });
});

describe('a local station’s clock right after the label’s colon', () => {
  it('is the label’s time when it closes like a sentence and the note’s first sentence follows', () => {
    const article = parseTextArticle(
      [
        head,
        'Published: 05 Nov. 2025, 09:00',
        ...copy,
        'UPDATE: 6:09 p.m. According to Trooper Ana Ruiz, the crash has been cleared.',
      ].join('\n\n'),
    );
    expect(article.notes?.map((n) => [n.date.slice(11, 16), n.text])).toEqual([
      ['18:09', 'According to Trooper Ana Ruiz, the crash has been cleared.'],
    ]);
  });
  it('stays the text’s when the sentence holds it ("At 3:54 p.m.") or goes on from it', () => {
    for (const line of [
      'Update: At 3:54 p.m. Pacific, the operator said the ferry sailed.',
      'Update: 3 p.m. Tuesday is the deadline for comments.',
    ]) {
      const article = parseTextArticle([head, 'Published: 05 Nov. 2025, 09:00', ...copy, line].join('\n\n'));
      expect(
        article.notes?.map((n) => n.text),
        line,
      ).toEqual([line.replace(/^Update:\s*/, '')]);
    }
  });
});
