/**
 * A note survives the trip out and back: any note line the importer reads (issue 12, class 1: a
 * label in any case of letters, with or without a date and a clock, before words of its own or
 * before a sentence that names its own kind), exported to text, Markdown, HTML or Word and
 * imported again, is the same note — kind, text, and the date when the page printed one. A note
 * whose page printed no date comes back without one: no export invents it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleNote } from '../../shared/article/article';
import { newContent } from '../../shared/article/content';
import { exportHtml } from '../../shared/export/html';
import { exportMarkdown } from '../../shared/export/markdown';
import { exportText } from '../../shared/export/txt';
import type { ExportableArticle } from '../../shared/export/types';
import type { ImportedArticle } from '../../shared/import/imported-article';
import { parseMarkdownArticle } from '../../shared/import/markdown';
import { parseTextArticle } from '../../shared/import/text';
import { REAL_NOTE_LINES } from '../../shared/import/fixtures/real-note-lines';
import { exportDocx } from '../export/docx';
import { parseDocxArticle } from './docx';
import { parseHtmlArticle } from './html';

const HEADLINE = 'Harbour board delays the vote on new moorings';
const STAMP = 'Published: 14 Nov. 2025, 08:20';
const COPY = [
  'The harbour board postponed its vote on forty new moorings until January, its chair said Friday.',
  'Boat owners had asked for more time to read the plan.',
];

/** The label in the case the page printed it in: "UPDATE", "update", "Update". */
const inCase = (word: string, letters: 'upper' | 'lower' | 'title') =>
  letters === 'upper' ? word.toUpperCase() : letters === 'lower' ? word.toLowerCase() : word;

const label = fc.tuple(
  fc.constantFrom('Update', 'Correction', 'Clarification', 'Editor’s note'),
  fc.constantFrom('upper', 'lower', 'title'),
);

/** Dates and clocks as sites print them after a label, each with the month and day it names. */
const date = fc.constantFrom(
  { printed: 'Nov. 18', month: 11, day: 18 },
  { printed: 'Nov. 18, 2025', month: 11, day: 18 },
  { printed: 'November 18', month: 11, day: 18 },
  { printed: '18 November 2025', month: 11, day: 18 },
  { printed: '11/18/25', month: 11, day: 18 },
  { printed: '2025-11-21', month: 11, day: 21 },
  { printed: 'Dec. 2', month: 12, day: 2 },
  { printed: 'Dec 2nd, 2025', month: 12, day: 2 },
);
const clock = fc.constantFrom('4:05 p.m. ET', '4:45pm ET', '10:57AM ET', '9:10 a.m.', '15:40 GMT');

const names = fc.constantFrom('Marisol Okafor', 'Teodor Lindqvist', 'the harbour master', 'the Westmere Yacht Club');
const figures = fc.constantFrom('40', '42', 'forty', '$1.2 million', 'two');

/** Words after the label: new material, an admitted error, or a sentence that names its own kind. */
const words = fc.oneof(
  fc.tuple(names, figures).map(([who, n]) => `This story has been updated to include comment from ${who} on the ${n} moorings.`),
  fc
    .tuple(names, figures)
    .map(([who, n]) => `An earlier version of this story misstated the number of moorings ${who} sought; it was ${n}.`),
  fc.tuple(names, figures).map(([who, n]) => `This article was corrected to show that ${who} asked for ${n} moorings.`),
  fc.tuple(names, figures).map(([who, n]) => `${who[0]!.toUpperCase()}${who.slice(1)} said the board would hear ${n} more objections.`),
);

interface Generated {
  line: string;
  /** Month and day the line printed, or null when it printed none. */
  printed: { month: number; day: number } | null;
}

const labelled: fc.Arbitrary<Generated> = fc
  .tuple(label, fc.option(date, { nil: null }), fc.option(clock, { nil: null }), fc.constantFrom(': ', ' — '), words)
  .map(([[word, letters], on, at, separator, text]) => {
    const stamp = [on?.printed, at].filter(Boolean).join(', ');
    return {
      line: `${inCase(word, letters)}${stamp ? ` ${stamp}` : ''}${separator}${text}`,
      // A clock alone dates the note on the day the page's stamp gives (Nov. 14).
      printed: on ? { month: on.month, day: on.day } : at ? { month: 11, day: 14 } : null,
    };
  });

/** The label-less forms: a dated sentence, a wire bracket, a clock before a sentence, a clock alone. */
const sentences: fc.Arbitrary<Generated> = fc.oneof(
  fc.tuple(fc.constantFrom('amended', 'updated', 'corrected'), fc.constantFrom('article', 'story'), names).map(([verb, piece, who]) => ({
    line: `This ${piece} was ${verb} on 18 November 2025 to add comment from ${who}.`,
    printed: { month: 11, day: 18 },
  })),
  fc
    .tuple(fc.constantFrom('Updates with comment from', 'Adds comment from', 'Corrects spelling of'), names)
    .map(([verb, who]) => ({ line: `(${verb} ${who})`, printed: null })),
  fc
    .tuple(fc.constantFrom('2:58 p.m.', '11:05 a.m.'), names)
    .map(([at, who]) => ({ line: `${at}: This article was updated with comment from ${who}.`, printed: { month: 11, day: 14 } })),
  fc.constantFrom('Updated at 3:40 p.m.', 'Updated at 9:15 a.m. ET').map((line) => ({ line, printed: { month: 11, day: 14 } })),
);

const noteLine = fc.oneof({ arbitrary: labelled, weight: 4 }, { arbitrary: sentences, weight: 1 });

function asExportable(article: ImportedArticle): ExportableArticle {
  return { ...newContent({}), id: 'a1', createdAt: '2025-11-14T08:20:00', ...article, status: 'published' } as ExportableArticle;
}

const importText = (line: string) => parseTextArticle([HEADLINE, STAMP, '', ...COPY, line].join('\n\n'));

const ROUTES: [string, (a: ExportableArticle) => ImportedArticle][] = [
  ['text', (a) => parseTextArticle(exportText(a, { provider: 'Copydesk' }))],
  ['markdown', (a) => parseMarkdownArticle(exportMarkdown(a, { provider: 'Copydesk' }))],
  ['html', (a) => parseHtmlArticle(exportHtml(a, { provider: 'Copydesk' }))],
];

/**
 * The parts of a note the trip must keep: kind, text, where its date was printed, and that date's
 * month and day (the AP label prints no year: the importer takes it from the article's stamps).
 */
function kept(note: ArticleNote): unknown[] {
  return [note.kind, note.text, note.printedDate ?? 'house', note.printedDate === 'none' ? '' : note.date.slice(5, 10)];
}

describe('note round trip', () => {
  it('reads every generated class-1 line as a note, with its date exactly when the line printed one', () => {
    fc.assert(
      fc.property(noteLine, ({ line, printed }) => {
        const notes = importText(line).notes ?? [];
        expect(notes, line).toHaveLength(1);
        const note = notes[0]!;
        if (printed) {
          expect(note.printedDate, line).not.toBe('none');
          expect(note.date.slice(5, 10), line).toBe(`${String(printed.month).padStart(2, '0')}-${String(printed.day).padStart(2, '0')}`);
        } else {
          expect(note.printedDate, line).toBe('none');
        }
      }),
      { numRuns: 300 },
    );
  });

  for (const [name, route] of ROUTES) {
    it(`keeps kind, text and printed date through ${name} export and import`, () => {
      fc.assert(
        fc.property(noteLine, ({ line }) => {
          const first = importText(line);
          const again = route(asExportable(first));
          expect(again.notes?.map(kept), `${name}: ${line}`).toEqual(first.notes!.map(kept));
        }),
        { numRuns: 200 },
      );
    });
  }

  it('keeps every real note line the same note through text, Markdown and HTML', () => {
    for (const real of REAL_NOTE_LINES) {
      const first = importText(real.line);
      for (const [name, route] of ROUTES) {
        expect(route(asExportable(first)).notes?.map(kept), `${name}: ${real.line}`).toEqual(first.notes!.map(kept));
      }
    }
  });

  it('keeps dated and undated real note lines the same note through Word export and import', async () => {
    // Every dated line, and every undated one: Word is the slowest trip, so the real lines only.
    for (const real of REAL_NOTE_LINES) {
      const first = importText(real.line);
      const bytes = await exportDocx(asExportable(first), { provider: 'Copydesk' });
      const again = await parseDocxArticle(bytes);
      expect(again.notes?.map(kept), `docx: ${real.line}`).toEqual(first.notes!.map(kept));
    }
  }, 120_000);
});
