/**
 * Locks and the one contended thing, the working draft: a lock race with exactly one winner each
 * round, a take-over that is logged and keeps the displaced work, and two laptops editing one story
 * through a cut link with every word they typed kept as the draft or as a version.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body, startDesk, type Laptop, type TestDesk } from './desk-harness';
import { HttpHubLink } from '../../src/main/sync/hub-link';
import { addPerson } from '../../src/main/hub/people';
import { bodyPlainText } from '../../src/shared/article/content';

let desk: TestDesk;
beforeAll(async () => {
  desk = await startDesk();
}, 60_000);
afterAll(async () => {
  await desk?.close();
});

async function type(laptop: Laptop, id: string, word: string): Promise<void> {
  const now = await laptop.api.getArticle({ id });
  const text = bodyPlainText(now).trim();
  await laptop.api.saveDraft({ id, baseRevision: now.revision, patch: { body: body(`${text} ${word}`.trim()) } });
}

/** Every text the hub holds for a story: its draft and every version. */
async function everythingOnTheHub(id: string): Promise<string> {
  const draft = await desk.pool.query('SELECT draft FROM articles WHERE id = $1', [id]);
  const versions = await desk.pool.query('SELECT content FROM versions WHERE article_id = $1', [id]);
  return [draft.rows[0].draft, ...versions.rows.map((r) => r.content)].join('\n');
}

describe('locks', () => {
  it('100 rounds of five people grabbing one story at once: exactly one holds it each round', async () => {
    const link = new HttpHubLink(desk.hub.url);
    const sessions: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { code } = await addPerson(desk.pool, `racer${i}`, 'editor');
      sessions.push((await link.call('sign-in', { user: `racer${i}`, code })).session);
    }
    const owner = await desk.laptop('racehost', 'editor');
    const ids: string[] = [];
    for (let round = 0; round < 100; round++) ids.push((await owner.api.createArticle({ headline: `Race ${round}` })).id);
    await owner.api.syncNow({});
    for (const id of ids) {
      const answers = await Promise.all(sessions.map((s) => link.call('lock/acquire', { articleId: id }, s)));
      const winners = answers.filter((a) => a.held);
      expect(winners).toHaveLength(1);
      // Everyone else is told who has it.
      for (const loser of answers.filter((a) => !a.held)) expect(loser.lock?.holder).toBe(winners[0]!.lock!.holder);
    }
  }, 120_000);

  it('the chief takes over a story: logged, and the displaced work lands as a version of its own', async () => {
    const ann = await desk.laptop('ann', 'reporter');
    const boss = await desk.laptop('boss', 'chief');
    const story = await ann.api.createArticle({ headline: 'Storm knocks out power' });
    await type(ann, story.id, 'Thousands');
    await ann.api.syncNow({});
    expect((await ann.api.lockStory({ id: story.id })).held).toBe(true);
    await boss.api.syncNow({});
    const refused = await boss.api.lockStory({ id: story.id });
    expect(refused).toMatchObject({ held: false, lock: { holder: 'ann' } });
    // Ann keeps typing; the chief takes over before her words reach the hub.
    await type(ann, story.id, 'lost-power-overnight');
    expect(await boss.api.takeOverStory({ id: story.id })).toMatchObject({ held: true, lock: { holder: 'boss' } });
    await type(boss, story.id, 'CHIEF-EDIT');
    await boss.api.syncNow({});
    const annRound = await ann.api.syncNow({});
    expect(annRound.conflicts).toBe(1);
    // Ann's draft is now the desk's; her words are in a version called an offline copy.
    const versions = await ann.api.listVersions({ id: story.id });
    const copy = versions.find((v) => v.kind === 'offline-copy');
    expect(copy?.label).toMatch(/^Offline copy by ann, \d\d:\d\d$/);
    expect(bodyPlainText((await ann.api.getVersion({ id: story.id, number: copy!.number })).content)).toContain('lost-power-overnight');
    expect(bodyPlainText(await ann.api.getArticle({ id: story.id }))).toContain('CHIEF-EDIT');
    await ann.api.syncNow({});
    expect(await everythingOnTheHub(story.id)).toContain('lost-power-overnight');
    const audit = await boss.api.readAudit({});
    expect(audit.entries.find((e) => e.action === 'take-over')).toMatchObject({
      actor: 'boss',
      articleId: story.id,
      detail: { from: 'ann' },
    });
  });

  it('a released lock lets the next person in; a silent holder is expired by the server clock', async () => {
    const a = await desk.laptop('ina', 'editor');
    const b = await desk.laptop('joe', 'editor');
    const story = await a.api.createArticle({ headline: 'Lock lifecycle' });
    await a.api.syncNow({});
    expect((await a.api.lockStory({ id: story.id })).held).toBe(true);
    await b.api.syncNow({});
    expect((await b.api.lockStory({ id: story.id })).held).toBe(false);
    await a.api.unlockStory({ id: story.id });
    expect((await b.api.lockStory({ id: story.id })).held).toBe(true);
    // Joe's laptop goes silent: age his lock past its expiry on the server's clock.
    await desk.pool.query(`UPDATE locks SET expires_at = now() - interval '1 second' WHERE article_id = $1`, [story.id]);
    expect((await a.api.lockStory({ id: story.id })).held).toBe(true);
  });
});

describe('two laptops on one story through a cut link', () => {
  it('every word typed on either side survives as the draft or as a version', async () => {
    const one = await desk.laptop('uno', 'editor');
    const two = await desk.laptop('dos', 'editor');
    const story = await one.api.createArticle({ headline: 'Bridge vote delayed' });
    await one.api.syncNow({});
    await two.api.syncNow({});
    const typed: string[] = [];
    one.link.cut = true;
    two.link.cut = true;
    for (let i = 0; i < 5; i++) {
      await type(one, story.id, `uno${i}`);
      await type(two, story.id, `dos${i}`);
      typed.push(`uno${i}`, `dos${i}`);
    }
    one.link.cut = false;
    await one.api.syncNow({});
    two.link.cut = false;
    const round = await two.api.syncNow({});
    expect(round.conflicts).toBe(1);
    await one.api.syncNow({});
    const everything = await everythingOnTheHub(story.id);
    for (const word of typed) expect(everything).toContain(word);
    // Both laptops now agree on the draft, and it is the hub's.
    const hubDraft = JSON.parse((await desk.pool.query('SELECT draft FROM articles WHERE id = $1', [story.id])).rows[0].draft);
    expect(bodyPlainText(await one.api.getArticle({ id: story.id }))).toBe(bodyPlainText(hubDraft));
    expect(bodyPlainText(await two.api.getArticle({ id: story.id }))).toBe(bodyPlainText(hubDraft));
    // The desk sees the kept copy in the History, and can compare it with the draft.
    const copy = (await one.api.listVersions({ id: story.id })).find((v) => v.kind === 'offline-copy')!;
    expect(copy.author.name).toBe('dos');
    const compared = await one.api.compareVersions({ id: story.id, from: copy.number, to: 'draft' });
    expect(compared.diff.stats.wordsRemoved + compared.diff.stats.wordsAdded).toBeGreaterThan(0);
  });
});
