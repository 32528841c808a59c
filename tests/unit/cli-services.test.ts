/**
 * The CLI reaches the app through the services' handlers and the one entry (dispatch), as the
 * desktop and the web host do — never around them into the store. Run in-process, with the entry
 * watched, so each command shows which handlers it called.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JPEG_40x30 } from '../photos/images';
import { bodyWithPhotos, PARAGRAPHS } from '../photos/article';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { openStore } from '../../src/main/store';
import { createServices } from '../../src/main/services';

const calls = vi.hoisted(() => [] as string[]);
vi.mock('../../src/main/api/dispatch', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/main/api/dispatch')>();
  return {
    ...real,
    dispatch: (handlers: never, method: string, args: unknown) => (calls.push(method), real.dispatch(handlers, method, args)),
  };
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-services-'));
  calls.length = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function copydesk(...args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await runCli([...args, '--data', join(dir, 'data')], (t) => lines.push(t));
  return { code, out: lines.join('\n') };
}

/** Sets things up the way the app would: through the service handlers. */
async function withServices<T>(fn: (h: ReturnType<typeof createServices>) => Promise<T> | T): Promise<T> {
  const store = openStore(join(dir, 'data'));
  try {
    return await fn(createServices(store));
  } finally {
    store.close();
  }
}

describe('CLI commands go through the service handlers', () => {
  it('update-note reads the house style through getSettings and writes the note in it', async () => {
    await withServices((h) => h.saveSettings({ houseStyle: { labels: { update: "Editor's note" }, dateStyle: 'long' } }));
    const older = join(dir, 'old.txt');
    const newer = join(dir, 'new.txt');
    writeFileSync(older, 'Storm closes coastal road\n\nHeavy rain closed the coastal road on Monday, police said.\n');
    writeFileSync(
      newer,
      'Storm closes coastal road\n\nHeavy rain closed the coastal road on Monday, police said.\n\nCounty engineer Sam Hollis said the road would reopen on Thursday.\n',
    );
    const run = await copydesk('update-note', older, newer, '--date', '2025-09-12');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Editor's note, September 12, 2025: .*Hollis/);
    expect(calls).toEqual(['getSettings']);
    // --form still overrides the form alone; the house's other choices stand.
    expect((await copydesk('update-note', older, newer, '--date', '2025-09-12', '--form', 'wire')).out).toBe(
      '(Updates with comments from county engineer Sam Hollis that the road would reopen on Thursday)',
    );
  });

  it('update-note on files alone makes no store and uses the default style', async () => {
    const older = join(dir, 'old.txt');
    const newer = join(dir, 'new.txt');
    writeFileSync(older, 'Storm closes coastal road\n\nHeavy rain closed the road, police said.\n');
    writeFileSync(
      newer,
      'Storm closes coastal road\n\nHeavy rain closed the road, police said.\n\nEngineer Sam Hollis said it would reopen on Thursday.\n',
    );
    expect((await copydesk('update-note', older, newer, '--date', '2025-09-12')).out).toMatch(/^Update, Sept\. 12: /);
    expect(calls).toEqual([]);
  });

  it('list and versions call listArticles and listVersions', async () => {
    const id = await withServices(async (h) => {
      const a = await h.createArticle({ headline: 'Ferry fares rise' });
      await h.checkpoint({ id: a.id, label: 'Filed' });
      return a.id;
    });
    expect(JSON.parse((await copydesk('list', '--json')).out)).toEqual([expect.objectContaining({ id, headline: 'Ferry fares rise' })]);
    expect(JSON.parse((await copydesk('versions', id, '--json')).out)).toEqual([expect.objectContaining({ number: 1, label: 'Filed' })]);
    expect(calls).toEqual(['listArticles', 'listVersions']);
  });

  it('trash delete --forever says when photos only that article used went with it', async () => {
    const id = await withServices(async (h) => {
      const added = await h.addPhoto({ fileName: 'pool.jpg', base64: JPEG_40x30.toString('base64') });
      const a = await h.createArticle({ headline: 'Pool photo' });
      await h.saveDraft({ id: a.id, patch: { body: bodyWithPhotos([added], PARAGRAPHS.slice(0, 2)) } });
      await h.checkpoint({ id: a.id, label: 'Filed' });
      await h.trashArticle({ id: a.id });
      return a.id;
    });
    expect((await copydesk('trash', 'delete', id, '--forever')).out).toBe(
      `Deleted “Pool photo” (${id}) forever, with 1 version and the 1 photo only it used.`,
    );
  });

  it('trash delete --forever calls planErase and eraseArticle, and is refused without --forever', async () => {
    const id = await withServices(async (h) => {
      const a = await h.createArticle({ headline: 'Pool repairs' });
      await h.checkpoint({ id: a.id, label: 'Filed' });
      await h.trashArticle({ id: a.id });
      return a.id;
    });
    await expect(copydesk('trash', 'delete', id)).rejects.toThrow(/add --forever to confirm/);
    expect(calls).toEqual([]);
    expect((await copydesk('trash', 'delete', id, '--forever')).out).toBe(`Deleted “Pool repairs” (${id}) forever, with 1 version.`);
    expect(calls).toEqual(['planErase', 'eraseArticle']);
    await expect(copydesk('trash', 'delete', id, '--forever')).rejects.toThrow(`There is no article with the id ${id}.`);
  });

  it('trash delete refuses a published article with the store’s reason', async () => {
    const id = await withServices(async (h) => {
      const a = await h.createArticle({ headline: 'Council passes budget' });
      await h.publish({ id: a.id });
      await h.trashArticle({ id: a.id });
      return a.id;
    });
    await expect(copydesk('trash', 'delete', id, '--forever')).rejects.toThrow(/was published, so its record stays/);
    expect(JSON.parse((await copydesk('versions', id, '--json')).out)).toHaveLength(1);
  });
});
