import { describe, expect, it } from 'vitest';
import { bodyToBlocks, blockText, blocksToBody, type Block } from '../article/blocks';
import { exportText } from '../export/txt';
import { newContent } from '../article/content';
import { parseTextArticle } from './text';
import { ImportError } from './import-error';

const texts = (body: Parameters<typeof bodyToBlocks>[0]) => bodyToBlocks(body).map(blockText);

// A made-up article in the form news sites print: furniture, sign-off and note included.
const SITE_FORM = [
  'Bridge inspectors order weight limit on river crossing after cracks found',
  'Published: 09 Sept. 2025, 07:50',
  'Updated: 10 Sept. 2025, 16:05',
  '- RUTH ADEYEMI',
  '- ruth.adeyemi@example.org',
  'Audio report: written by reporters, read by AI',
  'Trucks heavier than 12 tons are barred from the Old Mill Bridge from Wednesday, the county roads office said.',
  'Inspectors found hairline cracks in two steel girders during a routine check last week, according to the office.',
  '“The bridge is safe for cars and buses,” county engineer Paul Nyberg said. “We are not taking chances with freight.”',
  'Update, Sept. 10: Adds comment from Nyberg and the date the limit takes effect.',
  'BY RUTH ADEYEMI [ruth.adeyemi@example.org]',
  'with the Valley Ledger',
  'To write comments, please log in to one of the accounts.',
  'Comment Policy (0/250자)',
].join('\n');

describe('plain text import, site form', () => {
  const article = parseTextArticle(SITE_FORM);

  it('reads the headline, stamps with their clock time and the byline with its email', () => {
    expect(article.headline).toBe('Bridge inspectors order weight limit on river crossing after cracks found');
    expect(article.firstPublishedAt).toBe('2025-09-09T07:50:00');
    expect(article.updatedAt).toBe('2025-09-10T16:05:00');
    expect(article.bylines).toEqual([{ name: 'RUTH ADEYEMI', email: 'ruth.adeyemi@example.org' }]);
    expect(article.status).toBe('published');
  });

  it('turns the trailing update line into a note dated with the article’s year and update time', () => {
    expect(article.notes).toEqual([
      { kind: 'update', date: '2025-09-10T16:05:00', text: 'Adds comment from Nyberg and the date the limit takes effect.' },
    ]);
  });

  it('keeps only copy in the body: no audio line, note, sign-off, credit, comment prompt or counter', () => {
    const body = texts(article.body);
    expect(body).toHaveLength(3);
    expect(body[0]).toMatch(/^Trucks heavier/);
    expect(body[2]).toMatch(/freight\.”$/);
    const all = body.join('\n');
    for (const furniture of ['Audio report', 'Update,', 'BY RUTH', 'Valley Ledger', 'log in', '250']) expect(all).not.toContain(furniture);
  });

  it('gives every block a fresh id', () => {
    const ids = bodyToBlocks(article.body).map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^b[0-9a-z]{9}$/);
    const again = bodyToBlocks(parseTextArticle(SITE_FORM).body).map((b) => b.id);
    expect(again).not.toEqual(ids);
  });

  it('reads blank-line separated paragraphs the same as one per line', () => {
    const spaced = SITE_FORM.split('\n').join('\n\n');
    const other = parseTextArticle(spaced);
    expect(texts(other.body)).toEqual(texts(article.body));
    expect(other.notes).toEqual(article.notes);
    expect(other.bylines).toEqual(article.bylines);
  });

  it('joins hard-wrapped wire lines into paragraphs and keeps CRLF files readable', () => {
    const wire = [
      'Storm cuts power to coastal towns',
      '',
      'High winds brought down power lines across the coast on Sunday night,',
      'leaving about 40,000 homes without electricity, the grid operator said.',
      '',
      'Crews expected to restore most connections by Monday evening, a spokesperson',
      'for the operator said, though some rural lines could take longer to repair.',
    ].join('\r\n');
    const a = parseTextArticle(wire);
    expect(a.headline).toBe('Storm cuts power to coastal towns');
    expect(texts(a.body)).toEqual([
      'High winds brought down power lines across the coast on Sunday night, leaving about 40,000 homes without electricity, the grid operator said.',
      'Crews expected to restore most connections by Monday evening, a spokesperson for the operator said, though some rural lines could take longer to repair.',
    ]);
  });

  it('takes "By" bylines and a sign-off as the byline when the masthead has none', () => {
    const a = parseTextArticle('Market reopens\nBy Ana Ruiz and Ben Ode\nThe market reopened on Monday after a week of repairs.');
    expect(a.bylines).toEqual([
      { name: 'Ana Ruiz', email: '' },
      { name: 'Ben Ode', email: '' },
    ]);
    const b = parseTextArticle(
      'Market reopens\nThe market reopened on Monday after a week of repairs.\nBY ANA RUIZ [ana.ruiz@example.org]',
    );
    expect(b.bylines).toEqual([{ name: 'ANA RUIZ', email: 'ana.ruiz@example.org' }]);
    expect(texts(b.body)).toEqual(['The market reopened on Monday after a week of repairs.']);
  });

  it('dates a note in the next year when it falls before the publishing day, and keeps corrections apart', () => {
    const a = parseTextArticle(
      [
        'Year-end fireworks cancelled',
        'Published: 30 Dec. 2024, 10:00',
        'The city cancelled its fireworks because of high winds forecast for the night.',
        'Correction, Jan. 2: An earlier version of this article gave the wrong wind speed.',
      ].join('\n'),
    );
    expect(a.notes).toEqual([
      { kind: 'correction', date: '2025-01-02T00:00:00', text: 'An earlier version of this article gave the wrong wind speed.' },
    ]);
  });

  it('refuses text with nothing in it', () => {
    expect(() => parseTextArticle(' \n\n\t ')).toThrow(ImportError);
    expect(() => parseTextArticle('To write comments, please log in to one of the accounts.')).toThrow(/no headline and no article text/);
  });

  it('keeps a first line that is far too long for a headline as copy', () => {
    const long = 'word '.repeat(100).trim() + '.';
    const a = parseTextArticle(long);
    expect(a.headline).toBe('');
    expect(texts(a.body)).toEqual([long]);
  });
});

describe('text export → import', () => {
  const blocks: Block[] = [
    {
      id: 'x1',
      type: 'paragraph',
      runs: [{ text: 'The museum will stay open until 10 p.m. on Fridays from next month, its director said on Tuesday.', format: 0 }],
    },
    { id: 'x2', type: 'paragraph', runs: [{ text: '“Evenings are when people have time,” director Sofia Marchetti said.', format: 0 }] },
    { id: 'x3', type: 'paragraph', runs: [{ text: 'Tickets after 6 p.m. will cost half the day price.', format: 0 }] },
  ];
  const original = newContent({
    headline: 'Museum extends Friday hours',
    bylines: [
      { name: 'SOFIA MARCHETTI', email: '' },
      { name: 'LEE HART', email: 'lee.hart@example.org' },
    ],
    status: 'published',
    firstPublishedAt: '2024-11-06T11:43:00',
    updatedAt: '2024-11-06T17:36:00',
    notes: [
      { kind: 'update', date: '2024-11-06T17:36:00', text: 'Adds comment from Marchetti.' },
      { kind: 'correction', date: '2024-11-06T17:36:00', text: 'An earlier version of this article misstated the ticket price.' },
    ],
    body: blocksToBody(blocks),
  });

  it('gives back the same article', () => {
    const back = parseTextArticle(exportText({ ...original, id: 'a1' } as Parameters<typeof exportText>[0]));
    for (const field of ['headline', 'bylines', 'firstPublishedAt', 'updatedAt', 'notes', 'status'] as const) {
      expect(back[field], field).toEqual(original[field]);
    }
    expect(texts(back.body)).toEqual(blocks.map(blockText));
  });

  it('gives back the deck, section and dateline too, with or without a masthead under them', () => {
    const full = { ...original, deck: 'Half-price tickets after 6 p.m.', section: 'Arts', dateline: 'FLORENCE, Italy' };
    for (const article of [full, { ...full, bylines: [], status: 'draft' as const, firstPublishedAt: null, updatedAt: null, notes: [] }]) {
      const back = parseTextArticle(exportText({ ...article, id: 'a1' } as Parameters<typeof exportText>[0]));
      for (const field of ['headline', 'deck', 'section', 'dateline', 'bylines'] as const)
        expect(back[field] ?? [], field).toEqual(article[field]);
      expect(texts(back.body)).toEqual(blocks.map(blockText));
    }
  });
});

describe('the dateline printed at the head of the copy', () => {
  it.each([
    ['HARTFORD — The state budget passed late on Tuesday.', 'HARTFORD'],
    ['HARTFORD, Conn. — The state budget passed.', 'HARTFORD, Conn.'],
    ['SEOUL, South Korea (AP) — Officials said.', 'SEOUL, South Korea (AP)'],
    ['KELSO, Scotland -- The river rose.', 'KELSO, Scotland'],
    ['ŁÓDŹ, Poland – Councillors voted.', 'ŁÓDŹ, Poland'],
  ])('%s', (paragraph, dateline) => {
    const a = parseTextArticle(`Budget passes\n\n${paragraph}\n\nSecond paragraph here.\n`);
    expect(a.dateline).toBe(dateline);
    expect(texts(a.body)[0]).toBe(paragraph.slice(paragraph.search(/(—|–|--) /) + (paragraph.includes('--') ? 3 : 2)));
  });

  it('leaves copy that merely starts with capitals alone', () => {
    for (const paragraph of [
      'NASA said on Tuesday — after a delay — that it would launch.',
      'The mayor — who was absent — sent a note.',
      'I — for one — disagree.',
    ]) {
      const a = parseTextArticle(`Launch delayed\n\n${paragraph}\n\nMore.\n`);
      expect(a.dateline ?? '', paragraph).toBe('');
      expect(texts(a.body)[0]).toBe(paragraph);
    }
  });
});

/** Review 7a, item 2: a masthead stamp with its byline on the same line is a stamp and a byline, never a note nor copy. */
describe('a stamp followed by a byline', () => {
  const copy = ['The state transportation agency spent $40 million on consultants last year.', 'Lawmakers called for hearings.'];
  it.each([
    ['Updated Nov. 6, 2025 — By Jane Roe and Tom Hale', { updatedAt: '2025-11-06T00:00:00' }, ['Jane Roe', 'Tom Hale']],
    ['Updated: Nov. 6, 2025 - By The Associated Press', { updatedAt: '2025-11-06T00:00:00' }, ['The Associated Press']],
    ['Updated Nov. 6, 2025 at 3:40 p.m. - Dayton Daily News staff', { updatedAt: '2025-11-06T15:40:00' }, ['Dayton Daily News staff']],
    ['Published Nov. 6, 2025 — Staff and wire reports', { firstPublishedAt: '2025-11-06T00:00:00' }, ['Staff and wire reports']],
    ['Updated 3:40 p.m. Nov. 6, 2025 by Jane Roe, Staff Writer', { updatedAt: '2025-11-06T15:40:00' }, ['Jane Roe']],
    ['Published 9 March 2024 — By Amal Haddad, Senior Correspondent', { firstPublishedAt: '2024-03-09T00:00:00' }, ['Amal Haddad']],
    // A news agency credited alone, as wire copy prints it (review 7b).
    ['Updated Nov. 6, 2025 — The Associated Press', { updatedAt: '2025-11-06T00:00:00' }, ['The Associated Press']],
    ['Published March 9, 2024 - Reuters', { firstPublishedAt: '2024-03-09T00:00:00' }, ['Reuters']],
  ] as const)('%s', (line, stamp, names) => {
    const article = parseTextArticle(['Audit faults agency', line, ...copy].join('\n\n'));
    expect(article.notes).toBeUndefined();
    expect(article).toMatchObject(stamp);
    expect(article.bylines?.map((b) => b.name)).toEqual(names);
    expect(bodyToBlocks(article.body).map(blockText)).toEqual(copy);
  });

  it('leaves a dated note whose words follow the dash a note: words that are no byline are its text', () => {
    for (const line of [
      'Updated Nov. 6, 2025 — By Tuesday the road had reopened to traffic.',
      'Updated Nov. 6, 2025 — Police said the road reopened.',
      // A day opens no byline.
      'Updated Nov. 6, 2025 — By Monday Evening',
    ]) {
      const article = parseTextArticle(['Audit faults agency', ...copy, line].join('\n\n'));
      expect(
        article.notes?.map((n) => n.text),
        line,
      ).toHaveLength(1);
      expect(article.bylines, line).toBeUndefined();
    }
  });
});

/**
 * A note's text in title case after a stamp's dash is no byline ("Updated Nov. 6, 2025 — Power
 * Restored To Most Homes"), and a stamp's byline is no note, under the copy as above it.
 */
describe('a title-case note after a stamp and a byline after a stamp', () => {
  const copy = ['Crews worked through the night on the lines, the utility said.', 'Schools will open on time.'];
  const read = (lines: string[]) => parseTextArticle(['Storm knocks out power', ...lines].join('\n\n'));
  it('reads a headline-like note after the dash as the note, never as bylines, above the copy and under it', () => {
    for (const line of [
      'Updated Nov. 6, 2025 — Power Restored To Most Homes',
      'Updated Nov. 6, 2025 — Union Rejects Offer From Staff',
      'Updated Nov. 6, 2025 — By Midday, Power Restored To Most Homes',
      'Updated Nov. 6, 2025 — Power Restored To Most Homes By Utility Crews',
    ]) {
      for (const lines of [
        [line, ...copy],
        [...copy, line],
      ]) {
        const article = read(lines);
        expect(article.bylines, line).toBeUndefined();
        expect(
          article.notes?.map((n) => n.text),
          line,
        ).toEqual([line.replace(/^.*? — /, '')]);
        expect(bodyToBlocks(article.body).map(blockText), line).toEqual(copy);
      }
    }
  });
  it('keeps a title-case line under a stamp line in the copy rather than taking it for a byline', () => {
    const article = read(['Updated Nov. 6, 2025', '— Power Restored To Most Homes', ...copy]);
    expect(article.bylines).toBeUndefined();
    expect(bodyToBlocks(article.body).map(blockText)).toEqual(['— Power Restored To Most Homes', ...copy]);
  });
  it('reads "— By Jane Roe" and "— The Associated Press" after a stamp as bylines under the copy too, never as notes', () => {
    for (const [line, names] of [
      ['Updated Nov. 6, 2025 — By Jane Roe', ['Jane Roe']],
      ['Updated Nov. 6, 2025 — The Associated Press', ['The Associated Press']],
      ['Updated Nov. 6, 2025 — By Jane Roe and Tom Hale', ['Jane Roe', 'Tom Hale']],
    ] as const) {
      const article = read([...copy, line]);
      expect(article.notes, line).toBeUndefined();
      expect(
        article.bylines?.map((b) => b.name),
        line,
      ).toEqual(names);
      expect(bodyToBlocks(article.body).map(blockText), line).toEqual(copy);
    }
    // A dash byline on a line of its own under the stamp loses its "By".
    expect(read(['Updated Nov. 6, 2025', '— By Jane Roe', ...copy]).bylines?.map((b) => b.name)).toEqual(['Jane Roe']);
  });
});

/** Review 7a, item 8: a note keeps the words and spaces of its label's bracket. */
describe('a label with a bracket after it', () => {
  const copy = ['The ferry will sail again on Monday, the operator said.'];
  const noteOf = (line: string) => parseTextArticle(['Ferry sails again', ...copy, line].join('\n\n')).notes;
  it('keeps the space before the bracket: "Editor\'s note (updated Nov. 6):"', () => {
    expect(noteOf("Editor's note (updated Nov. 6): The road has reopened.")?.[0]?.text).toBe(
      "Editor's note (updated Nov. 6): The road has reopened.",
    );
  });
  it('keeps a year alone in brackets: in the text under a label the text keeps, as the note\'s date under "Update"', () => {
    expect(noteOf('Clarification (2025): The fare applies to adults only.')?.[0]?.text).toBe(
      'Clarification (2025): The fare applies to adults only.',
    );
    const update = noteOf('Update (2019): The road has reopened after the crash.')?.[0];
    expect(update?.text).toBe('The road has reopened after the crash.');
    expect(update?.date.slice(0, 4)).toBe('2019');
  });
});
