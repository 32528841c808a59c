/** History reads back exactly what was saved, whatever the edits (property-based). */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '.';
import { newContent } from '../../shared/article/content';
import { blocksToBody } from '../../shared/article/blocks';
import { canonicalJson } from './article-store';
import { applyEditScript, editScript } from './delta';
import { KEYFRAME_EVERY } from './version-store';
import type { ArticleContent } from '../../shared/article/article';

const dir = mkdtempSync(join(tmpdir(), 'copydesk-versions-'));
const store = openStore(dir);
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const author = { name: 'Test', email: '' };
const word = fc.constantFrom(
  'council',
  'voted',
  'Tuesday',
  'fares',
  'rise',
  '50',
  'cents',
  'mayor',
  '“quote”',
  'naïve',
  '서울',
  '東京',
  'said',
  '.',
  ',',
);
const paragraph = fc.array(word, { minLength: 1, maxLength: 30 }).map((w) => w.join(' '));
const article = fc.record({
  headline: paragraph,
  paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 8 }),
});

function toContent(a: { headline: string; paragraphs: string[] }): ArticleContent {
  return newContent({
    headline: a.headline,
    body: blocksToBody(a.paragraphs.map((text, i) => ({ id: `p${i}`, type: 'paragraph' as const, runs: [{ text, format: i % 3 }] }))),
  });
}

describe('version store', () => {
  it('any sequence of edits: every version reads back byte for byte', () => {
    let n = 0;
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 40 }), (history) => {
        const created = store.articles.create({}, '2025-01-01T00:00:00Z');
        const saved = history.map((a, i) => {
          const content = toContent(a);
          store.versions.append(created.id, content, {
            kind: 'checkpoint',
            author,
            createdAt: `2025-01-01T00:${String(i % 60).padStart(2, '0')}:00Z`,
          });
          return canonicalJson(content);
        });
        // Read in random-ish order so neither the cache nor the keyframes hide a bug.
        const order = saved.map((_, i) => (i * 7 + n++) % saved.length);
        for (const i of order) expect(store.versions.readText(created.id, i + 1)).toBe(saved[i]);
      }),
      { numRuns: 40 },
    );
  });

  it('restore round-trips: reading a version and saving it again gives the same article', () => {
    const a = store.articles.create({}, '2025-01-01T00:00:00Z');
    const content = toContent({ headline: 'Tram line opens', paragraphs: ['The first tram left at dawn.', 'Riders cheered.'] });
    store.versions.append(a.id, content, { kind: 'checkpoint', author, createdAt: '2025-01-01T00:00:00Z' });
    const back = store.versions.read(a.id, 1);
    expect(back).toEqual(content);
    store.versions.append(a.id, back, { kind: 'restored', author, createdAt: '2025-01-01T00:01:00Z' });
    expect(store.versions.read(a.id, 2)).toEqual(content);
  });

  it('stores small edits as small deltas, with a keyframe every so often', () => {
    const a = store.articles.create({}, '2025-01-01T00:00:00Z');
    const paragraphs = Array.from(
      { length: 40 },
      (_, i) => `Paragraph ${i} tells of the council vote on fares and the mayor's reply to critics.`,
    );
    for (let v = 0; v < KEYFRAME_EVERY + 2; v++) {
      paragraphs[v % 40] = paragraphs[v % 40]!.replace('council', `council (${v})`);
      store.versions.append(a.id, toContent({ headline: 'Fares', paragraphs }), {
        kind: 'auto',
        author,
        createdAt: '2025-01-01T00:00:00Z',
      });
    }
    const rows = store.db
      .prepare('SELECT number, encoding, length(payload) AS size FROM versions WHERE article_id = ? ORDER BY number')
      .all(a.id) as { number: number; encoding: string; size: number }[];
    expect(rows[0]!.encoding).toBe('key');
    expect(rows[1]!.encoding).toBe('delta');
    expect(rows[KEYFRAME_EVERY]!.encoding).toBe('key');
    expect(rows[1]!.size).toBeLessThan(rows[0]!.size / 5);
  });

  it('edit scripts rebuild any text from any other', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(applyEditScript(a, editScript(a, b))).toBe(b);
      }),
      { numRuns: 500 },
    );
  });
});

describe('version cache', () => {
  it('never serves a version from a transaction that was rolled back', () => {
    const a = store.articles.create({}, '2025-01-01T00:00:00Z');
    const one = toContent({ headline: 'One', paragraphs: ['First text.'] });
    store.versions.append(a.id, one, { kind: 'checkpoint', author, createdAt: '2025-01-01T00:00:00Z' });
    expect(() =>
      store.transaction(() => {
        store.versions.append(a.id, toContent({ headline: 'Phantom', paragraphs: ['Never kept.'] }), {
          kind: 'checkpoint',
          author,
          createdAt: '2025-01-01T00:01:00Z',
        });
        throw new Error('roll back');
      }),
    ).toThrow('roll back');
    const two = toContent({ headline: 'Two', paragraphs: ['Second text.'] });
    store.versions.append(a.id, two, { kind: 'checkpoint', author, createdAt: '2025-01-01T00:02:00Z' });
    expect(store.versions.read(a.id, 2)).toEqual(two);
    expect(store.versions.read(a.id, 1)).toEqual(one);
  });
});
