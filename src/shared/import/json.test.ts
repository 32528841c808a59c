import { describe, expect, it } from 'vitest';
import { bodyToBlocks, blockText, blocksToBody } from '../article/blocks';
import { newContent } from '../article/content';
import { ImportError } from './import-error';
import { parseJsonArticle } from './json';

const body = blocksToBody([
  { id: 'old1', type: 'paragraph', runs: [{ text: 'The board voted to build a reservoir.', format: 0 }] },
  {
    id: 'old2',
    type: 'paragraph',
    runs: [
      { text: 'Read the plan', format: 0, link: 'javascript:alert(1)' },
      { text: ' or the map', format: 1, link: 'https://example.org/map' },
    ],
  },
  { id: 'old3', type: 'list-item', listType: 'bullet', depth: 0, listId: 'oldL', runs: [{ text: 'Costs', format: 0 }] },
  { id: 'old4', type: 'list-item', listType: 'bullet', depth: 1, listId: 'oldL', runs: [{ text: 'Land', format: 0 }] },
]);

describe('Copydesk JSON import', () => {
  const content = newContent({
    headline: 'Water board approves reservoir',
    deck: 'Work starts next year',
    tags: ['water'],
    body,
    language: 'en-GB',
  });

  it('reads the export format with every field, its block ids and vetted links', () => {
    const a = parseJsonArticle(
      JSON.stringify({ format: 'copydesk-article', formatVersion: 1, id: 'x', exportedBy: 'Copydesk', ...content }),
    );
    expect(a).toMatchObject({ headline: content.headline, deck: content.deck, tags: ['water'], language: 'en-GB', status: 'draft' });
    const blocks = bodyToBlocks(a.body);
    expect(blocks.map(blockText)).toEqual(['The board voted to build a reservoir.', 'Read the plan or the map', 'Costs', 'Land']);
    expect(blocks.map((b) => b.id)).toEqual(['old1', 'old2', 'old3', 'old4']);
    expect(blocks[1]!.runs).toEqual([
      { text: 'Read the plan', format: 0 },
      { text: ' or the map', format: 1, link: 'https://example.org/map' },
    ]);
    expect(blocks[3]!.depth).toBe(1);
    expect('bodyVersion' in a).toBe(false);
  });

  it('gives fresh ids when the file’s ids clash or are malformed', () => {
    const clashing = bodyToBlocks(content.body).map((b) => ({ ...b, id: 'same' }));
    const a = parseJsonArticle(JSON.stringify({ ...content, body: blocksToBody(clashing) }));
    const ids = bodyToBlocks(a.body).map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('same');
  });

  it('drops bylines without a name and addresses that are not addresses', () => {
    const a = parseJsonArticle(
      '{"headline":"x","body":"text","bylines":[{"name":"","email":"a@b.org"},{"name":" Ana  Ruiz ","email":"nope"}]}',
    );
    expect(a.bylines).toEqual([{ name: 'Ana Ruiz', email: '' }]);
  });

  it('accepts a bare article object, with a plain-text body too', () => {
    expect(parseJsonArticle(JSON.stringify({ headline: 'Bare', body })).headline).toBe('Bare');
    const a = parseJsonArticle('{"headline":"Hand-written","body":"First paragraph.\\n\\nSecond paragraph."}');
    expect(bodyToBlocks(a.body).map(blockText)).toEqual(['First paragraph.', 'Second paragraph.']);
  });

  it('refuses broken or foreign JSON with a reason', () => {
    const reason = (text: string) => {
      try {
        parseJsonArticle(text);
      } catch (error) {
        expect(error).toBeInstanceOf(ImportError);
        return (error as ImportError).reason;
      }
      throw new Error('expected a refusal');
    };
    expect(reason('{"headline": "x", ')).toMatch(/^it is not valid JSON/);
    expect(reason('[1,2]')).toMatch(/not an article/);
    expect(reason('{"format":"ninjs"}')).toMatch(/another kind/);
    expect(reason('{"format":"copydesk-article","formatVersion":9,"headline":"x"}')).toMatch(/newer Copydesk/);
    expect(reason('{"name":"package"}')).toMatch(/no "headline" and "body"/);
    expect(reason('{"headline":"x","body":{"root":1}}')).toMatch(/not a Lexical editor state/);
    expect(reason('{"headline":"x","body":"text","notes":[{"kind":"update","date":"yesterday","text":"Adds a quote."}]}')).toMatch(
      /notes\.0\.date/,
    );
    expect(reason('{"headline":"","body":""}')).toMatch(/no headline and no article text/);
  });
});
