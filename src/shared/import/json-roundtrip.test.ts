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
