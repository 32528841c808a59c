import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTENT_FIELDS } from '../article/article';
import { blocksToBody } from '../article/blocks';
import { fixtureArticle } from './fixtures/article';
import { COPYDESK_JSON_FORMAT, exportJson } from './json';

describe('Copydesk JSON export', () => {
  it('round-trips every article field', () => {
    const parsed = JSON.parse(exportJson(fixtureArticle, { provider: 'Copydesk' }));
    expect(parsed.format).toBe(COPYDESK_JSON_FORMAT);
    expect(parsed.formatVersion).toBe(1);
    expect(parsed.id).toBe(fixtureArticle.id);
    for (const field of CONTENT_FIELDS) expect(parsed[field], field).toEqual(fixtureArticle[field]);
    expect(parsed.version).toEqual(fixtureArticle.version);
    expect(parsed.versions).toEqual(fixtureArticle.versions);
  });

  it('round-trips any body text and formatting (property)', () => {
    const run = fc.record({ text: fc.string({ minLength: 1, maxLength: 20 }), format: fc.integer({ min: 0, max: 255 }) });
    fc.assert(
      fc.property(fc.array(fc.array(run, { maxLength: 4 }), { minLength: 1, maxLength: 5 }), fc.string(), (paragraphs, headline) => {
        const body = blocksToBody(paragraphs.map((runs, i) => ({ id: `b${i}`, type: 'paragraph' as const, runs })));
        const article = { ...fixtureArticle, headline, body };
        const parsed = JSON.parse(exportJson(article, { provider: 'Copydesk', pretty: false }));
        expect(parsed.body).toEqual(body);
        expect(parsed.headline).toBe(headline);
      }),
      { numRuns: 100 },
    );
  });
});
