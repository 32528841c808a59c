import { describe, expect, it } from 'vitest';
import { parseTextArticle } from './text';
import { bodyToBlocks, blockText } from '../article/blocks';
import type { ImportedArticle } from './imported-article';
import { copy, head, staysCopy } from './fixtures/note-placement';
import { exportText } from '../export/txt';
import { newContent } from '../article/content';

/**
 * A live page's entry under the copy, "<clock>: <what happened>" (local stations and papers post
 * a running story's developments so): the story's update at that clock — only as the one entry
 * under ordinary copy, with an AP clock or a date, and a whole sentence after the colon.
 */
const now = new Date('2026-11-25T12:00:00');
const story = (...lines: string[]) => parseTextArticle([head, ...lines].join('\n\n'), { now });
const body = (article: ImportedArticle) => bodyToBlocks(article.body).map(blockText);

describe('a live entry under the copy', () => {
  it('reads "7:02 p.m.: …" as the update at that clock', () => {
    const article = story(...copy, '7:02 p.m.: The operator says the evening sailing has been cancelled because of high winds.');
    expect(article.notes).toHaveLength(1);
    expect(article.notes![0]).toMatchObject({
      kind: 'update',
      text: 'The operator says the evening sailing has been cancelled because of high winds.',
    });
    expect(article.notes![0]!.date.slice(11, 16)).toBe('19:02');
    expect(body(article)).toEqual(copy);
  });

  it('reads a dated entry with its day and clock', () => {
    const article = story(...copy, 'Tuesday, Nov. 24 at 8:49 p.m.: The ferry terminal remains closed to foot passengers.');
    expect(article.notes?.map((n) => [n.kind, n.date.slice(5, 16)])).toEqual([['update', '11-24T20:49']]);
  });

  it('reads an entry whose clock runs into its sentence with no colon, or stands on a line of its own above it', () => {
    const runIn = story(...copy, '4:05 p.m. Power has returned to most homes on the east side, the utility said.');
    expect(runIn.notes?.map((n) => [n.kind, n.text, n.date.slice(11, 16)])).toEqual([
      ['update', 'Power has returned to most homes on the east side, the utility said.', '16:05'],
    ]);
    expect(body(runIn)).toEqual(copy);
    const ownLine = story(...copy, '11 a.m.\nDivers found the second hiker late Tuesday, the county sheriff said in a statement.');
    expect(ownLine.notes?.map((n) => [n.kind, n.date.slice(11, 16)])).toEqual([['update', '11:00']]);
    expect(body(ownLine)).toEqual(copy);
    // Its zone, a dash or brackets after the clock, and the clock in capitals.
    for (const line of [
      '4:05 p.m. ET Power has returned to most homes on the east side, the utility said.',
      '4:05 p.m. — Power has returned to most homes on the east side, the utility said.',
      '(4:05 p.m.) Power has returned to most homes on the east side, the utility said.',
      '[4:05 p.m.] Power has returned to most homes on the east side, the utility said.',
      '4:05 P.M. Power has returned to most homes on the east side, the utility said.',
    ]) {
      const article = story(...copy, line);
      expect(
        article.notes?.map((n) => [n.kind, n.date.slice(11, 16)]),
        line,
      ).toEqual([['update', '16:05']]);
      expect(body(article), line).toEqual(copy);
    }
  });

  it('brings a run-in entry back as the same note after a text export', () => {
    const first = story(...copy, '4:05 p.m. Power has returned to most homes on the east side, the utility said.');
    const exported = exportText({ ...newContent({}), id: 'a1', createdAt: '2026-01-01T00:00:00', ...first, status: 'published' } as never, {
      provider: 'Copydesk',
    });
    const again = parseTextArticle(exported, { now });
    expect(again.notes?.map((n) => [n.kind, n.text, n.date.slice(11, 16)])).toEqual(
      first.notes!.map((n) => [n.kind, n.text, n.date.slice(11, 16)]),
    );
  });

  it('dates an entry by the day the copy’s wire dateline prints when the page prints no stamp, not by the day of import', () => {
    const entry = '7:02 p.m.: The operator says the evening sailing has been cancelled because of high winds.';
    const lead = 'KELSO, Wash., Nov. 6 (Reuters) - Fares on the island ferry will rise 10% from January, the operator said.';
    expect(story(lead, copy[1]!, entry).notes?.map((n) => n.date.slice(0, 16))).toEqual(['2026-11-06T19:02']);
    // A day later in the year than the import ran last year.
    const december = lead.replace('Nov. 6', 'Dec. 30');
    expect(story(december, copy[1]!, entry).notes?.map((n) => n.date.slice(0, 16))).toEqual(['2025-12-30T19:02']);
    // A day named in the copy is not the dateline's: the entry keeps the import's day.
    const undated = 'KELSO, Wash. (Reuters) - Fares on the island ferry will rise 10% from January, the operator said on Nov. 6.';
    expect(story(undated, copy[1]!, entry).notes?.map((n) => n.date.slice(0, 16))).toEqual(['2026-11-25T19:02']);
  });

  it('reads a correction posted as an entry as a correction', () => {
    const article = story(...copy, '9:15 a.m.: An earlier version of this story misstated the fare. It is $4.');
    expect(article.notes?.map((n) => n.kind)).toEqual(['correction']);
  });
});

describe('lines with a clock that stay copy', () => {
  it('keeps the entries of a live blog, its last one too', () => {
    const entries = [
      '6:40 p.m.: The operator says the evening sailing will leave an hour late.',
      '7:02 p.m.: The operator says the evening sailing has been cancelled because of high winds.',
    ];
    const article = story(...copy, ...entries);
    expect(article.notes).toBeUndefined();
    expect(body(article)).toEqual([...copy, ...entries]);
  });

  it('keeps a blog’s "9.33am:" entry, a schedule’s short line and an entry above the copy as copy', () => {
    staysCopy('9.33am: The operator says the evening sailing has been cancelled because of high winds.', { places: ['end'] });
    staysCopy('7 p.m.: Doors open at the terminal.', { places: ['end'] });
    staysCopy('7:02 p.m.: The operator says the evening sailing has been cancelled because of high winds.', { places: ['top'] });
  });

  it('keeps a clock that opens a sentence about a day or a time, run-in entries of a live blog and a run-in entry above the copy as copy', () => {
    staysCopy('10 a.m. Saturday is the last day to renew a ferry pass at the terminal office.', { places: ['end'] });
    staysCopy('7 p.m. Tonight the council will hear from residents of the harbor district.', { places: ['end'] });
    staysCopy('7 p.m. ET Tonight the council will hear from residents of the harbor district.', { places: ['end'] });
    staysCopy('4:05 p.m. power has returned to most homes on the east side, the utility said.', { places: ['end'] });
    staysCopy('4:05 p.m. Power has returned to most homes on the east side, the utility said.', { places: ['top'] });
    const entries = [
      '3:40 p.m. Crews say the outage covers most of the east side of the town.',
      '4:05 p.m. Power has returned to most homes on the east side, the utility said.',
    ];
    const article = story(...copy, ...entries);
    expect(article.notes).toBeUndefined();
    expect(body(article)).toEqual([...copy, ...entries]);
  });

  it('keeps a line whose words after the colon are no sentence, or hold another clock', () => {
    staysCopy('7:02 p.m.: sailing cancelled, more to come', { places: ['end'] });
    staysCopy('7 p.m.: Doors open at the terminal. 8 p.m.: The first sailing leaves the harbor.', { places: ['end'] });
  });
});
