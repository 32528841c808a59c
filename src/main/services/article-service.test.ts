import { afterEach, describe, expect, it } from 'vitest';
import { testStore, type TestStore } from '../../../tests/unit/support';
import { blocksToBody } from '../../shared/article/blocks';

let env: TestStore;
afterEach(() => env?.cleanup());

const body = (...paragraphs: string[]) =>
  blocksToBody(paragraphs.map((text, i) => ({ id: `p${i}`, type: 'paragraph' as const, runs: [{ text, format: 0 }] })));

describe('versions made by the services', () => {
  it('autosave alone makes no version; a checkpoint does, with its label and author', async () => {
    env = testStore();
    const h = env.handlers;
    await h.saveSettings({ author: { name: 'Dana Reyes', email: 'dana@news.example' } });
    const a = await h.createArticle({ headline: 'Snow closes mountain pass' });
    await h.saveDraft({ id: a.id, patch: { body: body('Crews cleared the road by noon.') } });
    expect(await h.listVersions({ id: a.id })).toEqual([]);
    const v = await h.checkpoint({ id: a.id, label: 'Filed' });
    expect(v).toMatchObject({
      number: 1,
      kind: 'checkpoint',
      label: 'Filed',
      author: { name: 'Dana Reyes', email: 'dana@news.example' },
      wordCount: 6,
      wordsAdded: 6,
    });
    // Closing with nothing new makes nothing; closing after an edit does.
    expect(await h.checkpoint({ id: a.id, kind: 'closed' })).toBeNull();
    await h.saveDraft({ id: a.id, patch: { body: body('Crews cleared the road by late afternoon.') } });
    const closed = await h.checkpoint({ id: a.id, kind: 'closed' });
    expect(closed).toMatchObject({ number: 2, kind: 'closed', wordsAdded: 2, wordsRemoved: 1 });
  });

  it('a status change, publishing and an update each make a version; the update carries its note', async () => {
    env = testStore('2024-11-06T11:43:00+09:00');
    const h = env.handlers;
    const a = await h.createArticle({ headline: 'Ferry fares rise' });
    await h.saveDraft({
      id: a.id,
      patch: { body: body('Fares rise by 50 cents.'), bylines: [{ name: 'Kim Sol', email: 'kim@news.example' }] },
    });
    const editing = await h.setStatus({ id: a.id, status: 'editing' });
    expect(editing.version).toMatchObject({ kind: 'status', status: 'editing' });
    const published = await h.publish({ id: a.id });
    expect(published.article.firstPublishedAt).toBe('2024-11-06T11:43:00+09:00');
    expect(published.version).toMatchObject({ kind: 'published', published: true });
    expect(() => h.publish({ id: a.id })).toThrow(/already published/);

    env.setNow('2024-11-06T17:36:00+09:00');
    await h.saveDraft({ id: a.id, patch: { body: body('Fares rise by 50 cents.', 'The mayor defended the increase.') } });
    const update = await h.publishUpdate({ id: a.id, note: { kind: 'update', text: 'Added comment from the mayor.' } });
    expect(update.article.updatedAt).toBe('2024-11-06T17:36:00+09:00');
    expect(update.article.notes).toEqual([{ kind: 'update', date: '2024-11-06T17:36:00+09:00', text: 'Added comment from the mayor.' }]);
    expect(update.version).toMatchObject({ kind: 'update', label: 'Update', published: true });
    const stored = await h.getVersion({ id: a.id, number: update.version.number });
    expect(stored.content.notes).toHaveLength(1);

    env.setNow('2024-11-07T09:00:00+09:00');
    const second = await h.publishUpdate({ id: a.id, note: { kind: 'correction', text: 'An earlier version misstated the fare.' } });
    expect(second.article.notes.map((n) => n.kind)).toEqual(['update', 'correction']);
  });

  it('restore brings the text back as a new version, keeping the draft it replaced', async () => {
    env = testStore();
    const h = env.handlers;
    const a = await h.createArticle({ headline: 'Original headline' });
    await h.saveDraft({ id: a.id, patch: { body: body('First text.') } });
    await h.checkpoint({ id: a.id, label: 'Filed' });
    await h.saveDraft({ id: a.id, patch: { headline: 'Rewritten headline', body: body('Second text.') } });
    const restored = await h.restoreVersion({ id: a.id, number: 1 });
    expect(restored.article.headline).toBe('Original headline');
    const list = await h.listVersions({ id: a.id });
    expect(list.map((v) => [v.number, v.kind])).toEqual([
      [3, 'restored'],
      [2, 'before-restore'],
      [1, 'checkpoint'],
    ]);
    expect((await h.getVersion({ id: a.id, number: 2 })).content.headline).toBe('Rewritten headline');
  });

  it('makes an automatic version after ten minutes of editing', async () => {
    env = testStore('2025-05-01T10:00:00Z');
    const h = env.handlers;
    const a = await h.createArticle({});
    await h.saveDraft({ id: a.id, patch: { headline: 'One' } });
    env.setNow('2025-05-01T10:09:00Z');
    await h.saveDraft({ id: a.id, patch: { headline: 'Two' } });
    expect(await h.listVersions({ id: a.id })).toHaveLength(0);
    env.setNow('2025-05-01T10:10:30Z');
    await h.saveDraft({ id: a.id, patch: { headline: 'Three' } });
    expect((await h.listVersions({ id: a.id })).map((v) => v.kind)).toEqual(['auto']);
  });

  it('refuses a save that started from an older draft instead of losing text', async () => {
    env = testStore();
    const h = env.handlers;
    const a = await h.createArticle({});
    await h.saveDraft({ id: a.id, patch: { headline: 'From window one' }, baseRevision: 0 });
    expect(() => h.saveDraft({ id: a.id, patch: { headline: 'From window two' }, baseRevision: 0 })).toThrow(/changed elsewhere/);
    expect((await h.getArticle({ id: a.id })).headline).toBe('From window one');
  });

  it('trash and restore without deleting', async () => {
    env = testStore();
    const h = env.handlers;
    const a = await h.createArticle({ headline: 'Council race tightens' });
    await h.trashArticle({ id: a.id });
    expect(await h.listArticles({})).toHaveLength(0);
    expect((await h.listArticles({ trashed: true })).map((x) => x.id)).toEqual([a.id]);
    await h.restoreArticle({ id: a.id });
    expect((await h.listArticles({})).map((x) => x.id)).toEqual([a.id]);
  });

  it('searches headline, deck and body, ranked, with escaped highlighted snippets', async () => {
    env = testStore();
    const h = env.handlers;
    const a = await h.createArticle({ headline: 'Wildfire forces evacuations' });
    await h.saveDraft({ id: a.id, patch: { body: body('Residents of <b>Pine Hollow</b> fled the wildfire overnight.') } });
    const b = await h.createArticle({ headline: 'School board meets' });
    await h.saveDraft({ id: b.id, patch: { body: body('The board discussed the wildfire season budget.') } });
    const hits = await h.listArticles({ query: 'wildfire' });
    expect(hits.map((x) => x.id)).toEqual([a.id, b.id]); // the headline hit ranks first
    const snippet = (await h.listArticles({ query: 'hollow' }))[0]!.snippet!;
    expect(snippet).toContain('<mark>Hollow</mark>');
    expect(snippet).toContain('&lt;b&gt;');
    expect(await h.listArticles({ query: '"); DROP TABLE articles; --' })).toEqual([]);
  });
});

describe('house style', () => {
  it('the proposed note follows the label words and date style in settings', async () => {
    env = testStore('2024-11-06T09:00:00+09:00');
    const h = env.handlers;
    const a = await h.createArticle({ headline: 'Museum reopens' });
    await h.saveDraft({ id: a.id, patch: { body: body('The city museum reopened on Saturday after a two-year renovation.') } });
    await h.publish({ id: a.id });
    await h.saveDraft({
      id: a.id,
      patch: {
        body: body(
          'The city museum reopened on Saturday after a two-year renovation.',
          'Museum director Ana Costa said visitor numbers doubled in the first week.',
        ),
      },
    });
    env.setNow('2024-11-07T10:00:00+09:00');
    expect((await h.proposeNote({ id: a.id })).note).toMatch(/^Update, Nov\. 7: .*Costa/);
    await h.saveSettings({ houseStyle: { labels: { update: 'Editor’s note' }, dateStyle: 'long' } });
    expect((await h.proposeNote({ id: a.id })).note).toMatch(/^Editor’s note, November 7, 2024: /);
  });
});

describe('unpublishing', () => {
  it('takes a published article back to Draft with a version saying why; an update brings it back', async () => {
    env = testStore('2024-11-06T11:43:00+09:00');
    const h = env.handlers;
    const a = await h.createArticle({ headline: 'Council names new clerk' });
    await expect(Promise.resolve().then(() => h.unpublish({ id: a.id }))).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/not published/),
    });
    await h.publish({ id: a.id });
    const { article, version } = await h.unpublish({ id: a.id, reason: 'Legal hold' });
    expect(article.status).toBe('draft');
    expect(article.firstPublishedAt).not.toBeNull();
    expect(version).toMatchObject({ kind: 'status', label: 'Unpublished: Legal hold' });
    expect((await h.listVersions({ id: a.id })).map((v) => v.label)).toEqual(['Unpublished: Legal hold', 'Published']);
    const back = await h.publishUpdate({ id: a.id });
    expect(back.article.status).toBe('published');
  });
});
