/**
 * The work pool: imports and exports give what they give in place, refusals keep their words, and
 * while a heavy import runs in a worker another user's save is answered (ordering, not timing).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkPool } from './pool';
import { inlineWork } from './tasks';
import { openStore } from '../store';
import { createServices } from '../services';
import { ImportError } from '../../shared/import/import-error';
import { fixtureArticle } from '../../shared/export/fixtures/article';
import { blocksToBody, bodyToBlocks } from '../../shared/article/blocks';
import { hostile } from '../../../tests/security/hostile-corpus';

const pool = new WorkPool(2);
const dirs: string[] = [];
afterAll(async () => {
  await pool.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const page = Buffer.from(
  '<html><head><title>Harbor reopens</title></head><body><h1>Harbor reopens</h1><p>Ships returned on <b>Monday</b>.</p></body></html>',
);

describe('work pool', () => {
  it('imports as the serving thread would', async () => {
    // Block ids are fresh on every import; everything else is the same.
    const withoutIds = (a: { body: unknown; headline: string }) => ({
      ...a,
      body: bodyToBlocks(a.body as never).map(({ id: _id, ...block }) => block),
    });
    expect(withoutIds(await pool.importFile('harbor.html', page))).toEqual(withoutIds(await inlineWork.importFile('harbor.html', page)));
  });

  it('keeps a refusal and its words', async () => {
    const refusal = await pool
      .importFile('photo.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))
      .catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ImportError);
    expect((refusal as ImportError).message).toBe('Cannot import "photo.md": it is a PNG image, not text.');
  });

  it('exports the same bytes, binary ones as a Buffer', async () => {
    const options = { provider: 'Copydesk', now: '2026-11-05T09:00:00Z' };
    expect((await pool.exportFile(fixtureArticle, 'txt', options)).data).toBe(
      (await inlineWork.exportFile(fixtureArticle, 'txt', options)).data,
    );
    const docx = await pool.exportFile(fixtureArticle, 'docx', options);
    expect(Buffer.isBuffer(docx.data)).toBe(true);
    expect((docx.data as Buffer).subarray(0, 2).toString()).toBe('PK');
  });

  it('searches in a thread on a read-only connection, with the index brought up to date first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-pool-'));
    dirs.push(dir);
    const store = openStore(dir);
    try {
      const handlers = createServices(store, { work: pool });
      const a = await handlers.createArticle({ headline: 'Ferry fares rise' });
      const body = blocksToBody([{ id: 'p0', type: 'paragraph', runs: [{ text: 'Mayor Ana Núñez defended the budgets.', format: 0 }] }]);
      await handlers.saveDraft({ id: a.id, patch: { body } });
      const hits = await handlers.listArticles({ query: 'nunez budget' });
      expect(hits.map((h) => h.id)).toEqual([a.id]);
      expect(hits[0]!.snippet).toContain('<mark>Núñez</mark>');
      // An edit after the first search is found by the next one.
      await handlers.saveDraft({
        id: a.id,
        patch: { body: blocksToBody([{ id: 'p0', type: 'paragraph', runs: [{ text: 'The harbor reopened.', format: 0 }] }]) },
      });
      expect((await handlers.listArticles({ query: 'harbor' })).map((h) => h.id)).toEqual([a.id]);
      expect(await handlers.listArticles({ query: 'nunez' })).toEqual([]);
    } finally {
      store.close();
    }
  });

  it("answers another article's save while a heavy import runs", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-pool-'));
    dirs.push(dir);
    const store = openStore(dir);
    try {
      const handlers = createServices(store, { work: pool });
      await handlers.importFiles({ files: [{ name: 'warm.html', base64: page.toString('base64') }] }); // threads started
      const other = await handlers.createArticle({ headline: 'Council meets' });
      const order: string[] = [];
      const heavy = Buffer.from(hostile.flatParagraphs(10_000)).toString('base64');
      const importing = Promise.resolve(handlers.importFiles({ files: [{ name: 'flat.html', base64: heavy }] })).then(() =>
        order.push('import'),
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      const body = blocksToBody([{ id: 'p0', type: 'paragraph', runs: [{ text: 'The council met on Tuesday.', format: 0 }] }]);
      await Promise.resolve(handlers.saveDraft({ id: other.id, patch: { body } })).then(() => order.push('save'));
      await importing;
      expect(order).toEqual(['save', 'import']);
    } finally {
      store.close();
    }
  });

  it("a file that exhausts a thread's memory is refused in plain words, and the pool carries on", async () => {
    const small = new WorkPool(1, 256);
    try {
      // The thread reads an ordinary page within its ceiling…
      expect((await small.importFile('harbor.html', page)).headline).toBe('Harbor reopens');
      const refusal = await small.importFile('huge.html', Buffer.from(hostile.flatParagraphs(120_000))).catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(ImportError);
      expect((refusal as ImportError).message).toMatch(
        /^Cannot import "huge\.html": reading it needed more memory than any article may take/,
      );
      // A new thread takes the next file.
      expect((await small.importFile('harbor.html', page)).headline).toBe('Harbor reopens');
    } finally {
      await small.close();
    }
  });
});
