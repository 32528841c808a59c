/** Copydesk JSON re-imports losslessly: the same content, block ids included. */
import { describe, expect, it } from 'vitest';
import { exportJson } from '../export/json';
import { fixtureArticle } from '../export/fixtures/article';
import { parseJsonArticle } from './json';
import { newContent } from '../article/content';
import { CONTENT_FIELDS } from '../article/article';

describe('Copydesk JSON round trip', () => {
  it('export → import gives the same article', () => {
    const text = exportJson(fixtureArticle, { provider: 'Copydesk' });
    const back = newContent(parseJsonArticle(text));
    for (const field of CONTENT_FIELDS) expect({ field, value: back[field] }).toEqual({ field, value: fixtureArticle[field] });
  });
});

describe('notes in Copydesk JSON', () => {
  it('keeps where an imported note printed its date, and reads files written before that was kept', () => {
    const notes = [
      {
        kind: 'update' as const,
        date: '2026-08-26T16:45:00',
        text: 'This story has been updated to include comment.',
        printedDate: 'label' as const,
      },
      {
        kind: 'correction' as const,
        date: '2026-08-27T09:00:00',
        text: 'An earlier version misstated the fare.',
        printedDate: 'none' as const,
      },
      { kind: 'update' as const, date: '2026-08-28T09:00:00', text: 'Adds the council vote.' },
    ];
    const back = parseJsonArticle(exportJson({ ...fixtureArticle, notes }, { provider: 'Copydesk' }));
    expect(back.notes).toEqual(notes);
    const old = exportJson({ ...fixtureArticle, notes: [notes[2]!] }, { provider: 'Copydesk' });
    expect(old).not.toContain('printedDate');
    expect(parseJsonArticle(old).notes).toEqual([notes[2]]);
  });

  it('refuses a note whose printedDate is not one it knows, in plain words', () => {
    const text = exportJson(
      { ...fixtureArticle, notes: [{ kind: 'update', date: '2026-08-26T16:45:00', text: 'Adds vote.' }] },
      { provider: 'Copydesk' },
    );
    expect(() => parseJsonArticle(text.replace('"text": "Adds vote."', '"text": "Adds vote.", "printedDate": "sometimes"'))).toThrow(
      /printedDate/,
    );
  });
});
