/** "Delete forever" through the API's one entry: what it takes, and each refusal with its reason. */
import { afterEach, describe, expect, it } from 'vitest';
import { testStore, type TestStore } from '../../../tests/unit/support';
import { blocksToBody } from '../../shared/article/blocks';
import { dispatch } from '../api/dispatch';

let env: TestStore;
afterEach(() => env?.cleanup());

const body = (text: string) => blocksToBody([{ id: 'p0', type: 'paragraph' as const, runs: [{ text, format: 0 }] }]);

async function articleWithVersions(headline: string, versions: number): Promise<string> {
  const h = env.handlers;
  const a = await h.createArticle({ headline });
  for (let i = 1; i <= versions; i++) {
    await h.saveDraft({ id: a.id, patch: { body: body(`Draft ${i} of the story.`) } });
    await h.checkpoint({ id: a.id, label: `Draft ${i}` });
  }
  return a.id;
}

const call = (method: string, args: unknown) => dispatch(env.handlers, method, args);

describe('Delete forever (planErase, eraseArticle)', () => {
  it('names what goes, then erases a trashed draft with all its versions', async () => {
    env = testStore();
    const id = await articleWithVersions('Ferry timetable draft', 3);
    const other = await articleWithVersions('Harbor dredging plan', 2);
    await env.handlers.trashArticle({ id });
    expect(await call('planErase', { id })).toEqual({
      ok: true,
      result: { id, headline: 'Ferry timetable draft', versions: 3, photos: 0, refusal: null },
    });
    expect(await call('eraseArticle', { id })).toEqual({ ok: true, result: { erased: true, versions: 3, photos: 0 } });
    expect(await call('getArticle', { id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await env.handlers.listArticles({ trashed: true })).toEqual([]);
    expect((await env.handlers.listVersions({ id: other })).length).toBe(2);
  });

  it('refuses a published article, even unpublished and trashed: its record stays', async () => {
    env = testStore();
    const id = await articleWithVersions('Council passes budget', 1);
    await env.handlers.publish({ id });
    await env.handlers.unpublish({ id });
    await env.handlers.trashArticle({ id });
    const plan = await call('planErase', { id });
    expect(plan).toMatchObject({
      ok: true,
      result: {
        versions: 3,
        refusal: expect.stringMatching(/“Council passes budget” was published, so its record stays.*unpublish it instead/),
      },
    });
    expect(await call('eraseArticle', { id })).toEqual({
      ok: false,
      error: { code: 'conflict', message: (plan as { result: { refusal: string } }).result.refusal },
    });
    expect((await env.handlers.listVersions({ id })).length).toBe(3);
  });

  it('refuses an article outside the trash', async () => {
    env = testStore();
    const id = await articleWithVersions('Road works', 1);
    expect(await call('eraseArticle', { id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/not in the trash.*move it to the trash first/) },
    });
    expect((await env.handlers.listVersions({ id })).length).toBe(1);
  });

  it("refuses on a newsroom's shared desk, naming the hub that keeps the record, and erases once the folder is not joined", async () => {
    env = testStore();
    const id = await articleWithVersions('Tram strike', 2);
    await env.handlers.trashArticle({ id });
    env.store.db
      .prepare(
        `INSERT INTO newsroom (id, hub_url, hub_id, user_name, role, session, session_expires, joined_at) VALUES (1, 'https://hub.news.example', 'h1', 'kim', 'chief', 's', '2099-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
      )
      .run();
    const refused = await call('eraseArticle', { id });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: expect.stringMatching(
          /shared desk.*hub \(https:\/\/hub\.news\.example\) keeps the newsroom's record of “Tram strike”: deleting it here would be undone by the next pull/,
        ),
      },
    });
    expect((await env.handlers.listVersions({ id })).length).toBe(2);
    env.store.db.prepare('DELETE FROM newsroom').run();
    expect(await call('eraseArticle', { id })).toEqual({ ok: true, result: { erased: true, versions: 2, photos: 0 } });
  });

  it('refuses an id that is not an article id, and one that is not there', async () => {
    env = testStore();
    expect(await call('eraseArticle', { id: '../x' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await call('eraseArticle', { id: 'nosuch1' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'There is no article with the id nosuch1.' },
    });
  });
});
