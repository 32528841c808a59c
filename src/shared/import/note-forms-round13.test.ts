import { describe, expect, it } from 'vitest';
import { parseTextArticle } from './text';
import { parseMarkdownArticle } from './markdown';
import { bodyToBlocks, blockText } from '../article/blocks';
import type { ImportedArticle } from './imported-article';
import { copy, head, landsAsNote } from './fixtures/note-placement';

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
