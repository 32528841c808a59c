import { describe, expect, it } from 'vitest';
import { bodyToBlocks, blockText } from '../article/blocks';
import { fixtureArticle } from './fixtures/article';
import { exportText } from './txt';

const text = exportText(fixtureArticle, { provider: 'Copydesk' });
const lines = text.split('\n');

describe('plain-text export (the shape the text importer reads)', () => {
  it('opens with headline, deck, section, stamps and byline lines, then one blank line', () => {
    expect(lines.slice(0, 10)).toEqual([
      fixtureArticle.headline,
      fixtureArticle.deck,
      'Section: World',
      'Published: 04 March 2025, 09:15',
      'Updated: 05 March 2025, 14:02',
      '- ANNA WÓJCIK',
      '- anna.wojcik@example.com',
      '- DAVID OKAFOR',
      '- david.okafor@example.com',
      '',
    ]);
  });

  it('writes each body block on one line, blocks separated by one blank line', () => {
    const paragraphs = text.split('\n\n').slice(1);
    for (const p of paragraphs) expect(p.trim()).not.toContain('\n');
    const blocks = bodyToBlocks(fixtureArticle.body);
    const expected = blocks.map((b) => (b.type === 'list-item' ? `• ${blockText(b)}` : blockText(b)));
    expected[0] = `ŁÓDŹ, Poland — ${expected[0]}`; // the dateline heads the first paragraph, as printed
    expect(paragraphs.slice(0, expected.length).map((p) => p.trim())).toEqual(expected);
  });

  it('ends with the notes, one line each, AP dates, then one newline', () => {
    expect(text.endsWith('not 30 to 9.\n')).toBe(true);
    const tail = text.trimEnd().split('\n\n').slice(-2);
    expect(tail[0]).toBe('Update, March 5: Adds comment from the airport’s operator and the estimate cited by Żurek.');
    expect(tail[1]).toMatch(/^Correction, March 5: An earlier version/);
  });

  it('leaves out stamps an unpublished draft does not have', () => {
    const draft = exportText({ ...fixtureArticle, firstPublishedAt: null, updatedAt: null, notes: [] }, { provider: 'Copydesk' });
    expect(draft).not.toMatch(/Published:|Updated:/);
    expect(draft.split('\n')[3]).toBe('- ANNA WÓJCIK');
  });

  it('folds line breaks inside a note or paragraph into spaces', () => {
    const out = exportText(
      { ...fixtureArticle, notes: [{ kind: 'update', date: '2025-06-03T10:00:00Z', text: 'Adds a line\nand another.' }] },
      { provider: 'Copydesk' },
    );
    expect(out).toContain('Update, June 3: Adds a line and another.\n');
  });
});
