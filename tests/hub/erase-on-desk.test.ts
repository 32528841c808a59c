/**
 * "Delete forever" on a shared desk: the hub keeps the newsroom's record, so a laptop joined to it
 * refuses to erase (a local erase would come back with the next pull), and the story, its
 * versions and its trash state stay — locally and on the desk.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body, startDesk, type TestDesk } from './desk-harness';

let desk: TestDesk;
beforeAll(async () => {
  desk = await startDesk();
}, 60_000);
afterAll(async () => {
  await desk?.close();
});

describe('Delete forever on a shared desk', () => {
  it('is refused on a joined laptop, naming the hub that keeps the record; nothing is lost', async () => {
    const dana = await desk.laptop('dana', 'chief');
    const lee = await desk.laptop('lee', 'editor');
    const story = await dana.api.createArticle({ headline: 'Ferry timetable draft' });
    await dana.api.saveDraft({ id: story.id, patch: { body: body('The ferry will run every 40 minutes.') } });
    await dana.api.checkpoint({ id: story.id, label: 'Filed' });
    await dana.api.trashArticle({ id: story.id });
    await dana.api.syncNow({});

    const plan = await dana.api.planErase({ id: story.id });
    expect(plan.refusal).toMatch(
      /shared desk, and the desk's hub \(http:\/\/127\.0\.0\.1:\d+.*\) keeps the newsroom's record of “Ferry timetable draft”: deleting it here would be undone by the next pull/,
    );
    expect(() => dana.api.eraseArticle({ id: story.id })).toThrow(plan.refusal!);

    await dana.api.syncNow({});
    expect(await dana.api.listVersions({ id: story.id })).toHaveLength(1);
    expect((await dana.api.listArticles({ trashed: true })).map((a) => a.id)).toEqual([story.id]);
    // Everyone else on the desk still has it in the trash too.
    await lee.api.syncNow({});
    expect((await lee.api.listArticles({ trashed: true })).map((a) => a.id)).toEqual([story.id]);
    expect(() => lee.api.eraseArticle({ id: story.id })).toThrow(/keeps the newsroom's record/);
  });
});
