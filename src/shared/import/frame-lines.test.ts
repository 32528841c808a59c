import { describe, expect, it } from 'vitest';
import { isFurnitureLine, readBylineLine, readNoteLine, readStampLine } from './frame-lines';
import { parseTextArticle } from './text';
import { exportText } from '../export/txt';
import { newContent } from '../article/content';
import { bodyToBlocks, blockText } from '../article/blocks';
import { decodeEntities } from './entities';
import { NOTE_LINE_FORMS } from './fixtures/note-lines';

describe('masthead and tail lines', () => {
  it('reads stamps keeping the clock', () => {
    expect(readStampLine('Published: 06 Nov. 2024, 11:43')).toEqual({ kind: 'published', iso: '2024-11-06T11:43:00' });
    expect(readStampLine('Updated: 05 March 2025, 14:02')).toEqual({ kind: 'updated', iso: '2025-03-05T14:02:00' });
    expect(readStampLine('Last updated Nov. 6, 2024 3:02 p.m.')).toEqual({ kind: 'updated', iso: '2024-11-06T15:02:00' });
    expect(readStampLine('Published work by the council shows a deficit.')).toBeNull();
  });

  it("reads a numeric stamp at the top as the page's stamp, keeping the lead in the copy", () => {
    expect(readStampLine('UPDATED: 11/6/2025 at 3:40 p.m.')).toEqual({ kind: 'updated', iso: '2025-11-06T15:40:00' });
    expect(readStampLine('Posted 03/14/24')).toEqual({ kind: 'published', iso: '2024-03-14T00:00:00' });
    for (const stamp of ['UPDATED: 11/6/2025 at 3:40 p.m.', 'Updated 11/06/25 3:40pm']) {
      const article = parseTextArticle(
        `Ferry service resumes\n\n${stamp}\n\nThe Harbor Line ferry resumed service Tuesday after a two-day strike.\n\nCrews returned at dawn.\n`,
      );
      expect(article.updatedAt).toBe('2025-11-06T15:40:00');
      expect(article.notes ?? []).toEqual([]);
      expect(bodyToBlocks(article.body).map(blockText)).toEqual([
        'The Harbor Line ferry resumed service Tuesday after a two-day strike.',
        'Crews returned at dawn.',
      ]);
    }
  });

  it('reads byline lines in their printed forms', () => {
    expect(readBylineLine('- MICHAEL ROE')).toEqual({ names: ['MICHAEL ROE'] });
    expect(readBylineLine('- desk@example.org')).toEqual({ names: [], email: 'desk@example.org', emailOnly: true });
    expect(readBylineLine('- [email\u00a0protected]')).toMatchObject({ emailOnly: true, email: '' });
    expect(readBylineLine('By Ana de la Cruz')).toEqual({ names: ['Ana de la Cruz'] });
    expect(readBylineLine('BY ANA RUIZ [ana@example.org]')).toEqual({ names: ['ANA RUIZ'], email: 'ana@example.org' });
    expect(readBylineLine('By the time the vote came, most had left')).toBeNull();
    expect(readBylineLine('- the first reason is cost')).toBeNull();
    expect(readBylineLine('- staff', true)).toEqual({ names: ['staff'] });
  });

  it('reads update and correction notes with AP, day-first and ISO dates', () => {
    expect(readNoteLine('Update, Nov. 6: Adds comment from the mayor.')).toEqual({
      kind: 'update',
      month: 11,
      day: 6,
      year: undefined,
      text: 'Adds comment from the mayor.',
    });
    expect(readNoteLine('Correction, Sept. 12, 2024: An earlier version misspelled a name.')).toMatchObject({
      kind: 'correction',
      month: 9,
      day: 12,
      year: 2024,
    });
    expect(readNoteLine('Updated 6 June: Adds the final score and quotes.')).toMatchObject({ month: 6, day: 6 });
    expect(readNoteLine('Correction (2024-11-06): The vote was 7-2, not 6-3.')).toMatchObject({ year: 2024, month: 11, day: 6 });
    expect(readNoteLine('Correction: The vote was 7-2, not 6-3.')).toBeNull();
    expect(readNoteLine('Correction: The vote was 7-2, not 6-3.', true)).toMatchObject({ kind: 'correction', month: undefined });
    expect(readNoteLine('Updates to the plan were approved on Nov. 6: all of them.')).toBeNull();
  });

  it('knows site furniture', () => {
    for (const line of [
      'Audio report: written by reporters, read by AI',
      'To write comments, please log in to one of the accounts.',
      'Standards Board Policy (0/250자)',
      '(12/300)',
    ]) {
      expect(isFurnitureLine(line), line).toBe(true);
    }
    expect(isFurnitureLine('The report found 3/4 of audits late.')).toBe(false);
  });

  // Links: the one policy's table test (src/shared/security/trusted-url.test.ts).
  it('decodes entities', () => {
    expect(decodeEntities('Q&amp;A &#8217;s &#x201C;x&#x201D; &bogus; &#0;')).toBe('Q&A ’s “x” &bogus; &#0;');
  });
});

describe('every note form real sites print (class 1), at the top or the end, in any case', () => {
  const forms = NOTE_LINE_FORMS;

  it('reads each line with its kind, date and clock', () => {
    for (const [line, kind, month, day, hour] of forms) {
      const note = readNoteLine(line, true);
      expect(note, line).not.toBeNull();
      expect(note!.kind, line).toBe(kind);
      expect(note!.month, line).toBe(month);
      expect(note!.day, line).toBe(day);
      expect(note!.hour, line).toBe(hour);
    }
    expect(readNoteLine('Updated at 3:40 p.m.')).toMatchObject({ kind: 'update', hour: 15, minute: 40 });
  });

  it('reads corrections-column items by their print reference or a mis- word, under the copy only', () => {
    for (const line of [
      'A photo that appeared alongside an article about the harbour festival was miscaptioned. It was not Ann Lowe in the picture but Dame Ann Lowe (Sails up, 3 May, page 12, G2).',
      'An editorial (Fares fair, 12 May, page 22) said the ferry report was by the county. It was in fact written by the county and the harbour trust.',
    ]) {
      expect(readNoteLine(line, true), line).toMatchObject({ kind: 'correction' });
      expect(readNoteLine(line), line).toBeNull();
    }
    expect(readNoteLine('An editorial board met on Tuesday and said the fares would rise by a tenth from January.', true)).toBeNull();
  });

  it('keeps copy as copy', () => {
    for (const line of [
      'Updates to the plan were approved on Nov. 6: all of them.',
      'Correction officers said the prisoner had been moved.',
      'This story is about the ferry.',
      '(The council did not respond.)',
      'Update: the council meets again Monday.',
    ]) {
      expect(readNoteLine(line), line).toBeNull();
    }
  });

  const body = [
    'Ferry fares rise for the first time in a decade',
    '',
    'Fares on the island ferry will rise 10% from January, the operator said Monday.',
    '',
    'The operator blamed fuel costs and a new crew contract.',
  ];

  it('lands each form in notes, at the end and at the top', () => {
    for (const [line, kind, month, day] of forms) {
      for (const where of ['end', 'top'] as const) {
        // A corrections-column line reads as one only under the copy; above it, it is a lede.
        if (where === 'top' && /^(?:An article|The story ")/.test(line)) continue;
        const text = where === 'end' ? [...body, '', line].join('\n') : [body[0], line, ...body.slice(1)].join('\n');
        const article = parseTextArticle(text);
        expect(article.notes, `${where}: ${line}`).toHaveLength(1);
        expect(article.notes![0]!.kind, line).toBe(kind);
        if (month)
          expect(article.notes![0]!.date.slice(5, 10), line).toBe(`${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
        expect(bodyToBlocks(article.body).map(blockText).join(' '), line).not.toContain(line.slice(0, 30));
      }
    }
  });

  it('reads "Correction:" or "Correction: Feb. 9, 2020" on its own line with the text on the next', () => {
    const dated = parseTextArticle(
      [...body, '', 'Correction: Feb. 9, 2020', '', 'An earlier version of this story gave the wrong date for the fare rise.'].join('\n'),
    );
    expect(dated.notes).toEqual([
      { kind: 'correction', date: '2020-02-09T00:00:00', text: 'An earlier version of this story gave the wrong date for the fare rise.' },
    ]);
    const bare = parseTextArticle([...body, '', 'CORRECTION:', 'The operator is owned by the county, not the state.'].join('\n'));
    expect(bare.notes).toMatchObject([{ kind: 'correction', text: 'The operator is owned by the county, not the state.' }]);
    expect(bodyToBlocks(bare.body)).toHaveLength(2);
  });

  it('round-trips every form through the text export', () => {
    for (const [line] of forms) {
      const first = parseTextArticle([...body, '', line].join('\n'));
      const again = parseTextArticle(
        exportText({ ...newContent({}), id: 'a1', createdAt: '2026-01-01T00:00:00', ...first, status: 'published' } as never, {
          provider: 'Copydesk',
        }),
      );
      expect(
        again.notes!.map((n) => [n.kind, n.text]),
        line,
      ).toEqual(first.notes!.map((n) => [n.kind, n.text]));
      // The year of an AP date comes back from the article's own stamps; month and day travel in the line.
      expect(again.notes![0]!.date.slice(5, 10), line).toBe(first.notes![0]!.date.slice(5, 10));
    }
  });
});

describe('a print correction told as what the piece said, then the fact that undoes it', () => {
  it('reads "An article in Wednesday’s Section A … said … . … does not recall …" as a correction', () => {
    const line =
      "An article in Tuesday's Metro section on the harbor plan said Councilwoman Ada Reyes voted for it. Reyes voted against the plan, not for it.";
    expect(readNoteLine(line, true)).toMatchObject({ kind: 'correction', text: line });
    const two = 'Two March 3 articles on the ferry strike said the union had 900 members. The union says it has 700 members, not 900.';
    expect(readNoteLine(two, true)).toMatchObject({ kind: 'correction' });
  });

  it('a closing paragraph of the story itself that reports and denies is not a note', () => {
    expect(readNoteLine('The report said the river would crest Friday. Officials said the levees would not fail.', true)).toBeNull();
  });
});
