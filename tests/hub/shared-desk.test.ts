/**
 * Three people on one story through a real hub on a real PostgreSQL: a reporter drafting offline,
 * an editor comparing and editing, the chief publishing an update with its note — and everyone
 * seeing all of it. Then what the desk refuses, and to whom it says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body, startDesk, type TestDesk } from './desk-harness';
import { HttpHubLink } from '../../src/main/sync/hub-link';
import { addPerson } from '../../src/main/hub/people';
import { readAudit } from '../../src/main/hub/audit';
import { bodyPlainText } from '../../src/shared/article/content';

let desk: TestDesk;
beforeAll(async () => {
  desk = await startDesk();
}, 60_000);
afterAll(async () => {
  await desk?.close();
});

describe('a newsroom on one hub', () => {
  it('reporter drafts offline, editor edits, chief publishes an update, reporter sees it all', async () => {
    const kim = await desk.laptop('kim', 'reporter');
    const lee = await desk.laptop('lee', 'editor');
    const dana = await desk.laptop('dana', 'chief');

    // Kim in the field: no link, and the work still lands on the laptop.
    kim.link.cut = true;
    const story = await kim.api.createArticle({ headline: 'Harbor bridge closes for repairs' });
    await kim.api.saveDraft({ id: story.id, patch: { body: body('The harbor bridge will close for six weeks starting Monday.') } });
    await kim.api.checkpoint({ id: story.id, label: 'Filed' });
    await expect(kim.api.syncNow({})).rejects.toThrow(/cannot be reached/);
    const offline = await kim.api.newsroomStatus({});
    expect(offline).toMatchObject({ state: 'offline', joined: true, user: 'kim', role: 'reporter' });
    expect(offline.waiting).toBeGreaterThanOrEqual(2);
    expect((await kim.api.listArticles({}))[0]).toMatchObject({ id: story.id, waiting: true, createdBy: 'kim' });

    // Back in coverage.
    kim.link.cut = false;
    const first = await kim.api.syncNow({});
    expect(first.pushed).toBeGreaterThanOrEqual(2);
    expect(first.status).toMatchObject({ state: 'synced', waiting: 0 });

    // The editor sees the story and Kim's version, takes the lock, edits.
    await lee.api.syncNow({});
    const onDesk = await lee.api.listArticles({});
    expect(onDesk.map((a) => a.headline)).toContain('Harbor bridge closes for repairs');
    const leeVersions = await lee.api.listVersions({ id: story.id });
    expect(leeVersions).toHaveLength(1);
    expect(leeVersions[0]).toMatchObject({ label: 'Filed', author: { name: 'kim' } });
    expect(await lee.api.lockStory({ id: story.id })).toMatchObject({ held: true, lock: { holder: 'lee' } });
    // Kim sees who is on it.
    await kim.api.syncNow({});
    expect((await kim.api.listArticles({}))[0]).toMatchObject({ lockHolder: 'lee' });
    const opened = await lee.api.getArticle({ id: story.id });
    await lee.api.saveDraft({
      id: story.id,
      baseRevision: opened.revision,
      patch: { body: body('The harbor bridge will close for six weeks starting Monday, the transportation department said.') },
    });
    await lee.api.checkpoint({ id: story.id, label: 'Copy-edited' });
    const compared = await lee.api.compareVersions({ id: story.id, from: 1, to: 2 });
    expect(compared.diff.stats.wordsAdded).toBeGreaterThan(0);
    await lee.api.unlockStory({ id: story.id });
    await lee.api.syncNow({});

    // The chief publishes, then publishes an update with its note.
    await dana.api.syncNow({});
    expect(bodyPlainText(await dana.api.getArticle({ id: story.id }))).toContain('transportation department said');
    expect((await dana.api.lockStory({ id: story.id })).held).toBe(true);
    await dana.api.publish({ id: story.id });
    const current = await dana.api.getArticle({ id: story.id });
    await dana.api.saveDraft({
      id: story.id,
      baseRevision: current.revision,
      patch: {
        body: body(
          'The harbor bridge will close for six weeks starting Monday, the transportation department said.',
          '"We know this is hard on commuters," Mayor Ana Ruiz said.',
        ),
      },
    });
    await dana.api.publishUpdate({ id: story.id, note: { kind: 'update', text: 'Adds comment from Mayor Ana Ruiz.' } });
    await dana.api.unlockStory({ id: story.id });
    await dana.api.syncNow({});

    // Kim sees all of it: the text, the note, every version with its author.
    await kim.api.syncNow({});
    const seen = await kim.api.getArticle({ id: story.id });
    expect(seen.status).toBe('published');
    expect(seen.notes).toEqual([expect.objectContaining({ kind: 'update', text: 'Adds comment from Mayor Ana Ruiz.' })]);
    expect(bodyPlainText(seen)).toContain('hard on commuters');
    const history = await kim.api.listVersions({ id: story.id });
    expect(history.map((v) => `${v.kind}:${v.author.name}`).reverse()).toEqual([
      'checkpoint:kim',
      'checkpoint:lee',
      'published:dana',
      'update:dana',
    ]);

    // The chief's audit log has both publications, the update with its note.
    const audit = await dana.api.readAudit({});
    expect(audit.intact).toBe(true);
    const actions = audit.entries.map((e) => e.action);
    expect(actions).toContain('publish');
    const update = audit.entries.find((e) => e.action === 'publish-update');
    expect(update).toMatchObject({
      actor: 'dana',
      articleId: story.id,
      detail: { note: { kind: 'update', text: 'Adds comment from Mayor Ana Ruiz.' } },
    });
  });

  it('refuses what a role may not do, on the laptop and on the hub, and says who may', async () => {
    const ria = await desk.laptop('ria', 'reporter');
    const ed = await desk.laptop('ed', 'editor');
    await desk.laptop('chiefsam', 'chief');
    await ria.api.syncNow({});
    const mine = await ria.api.createArticle({ headline: 'School board race tightens' });
    await expect(Promise.resolve().then(() => ria.api.publish({ id: mine.id }))).rejects.toThrow(
      /Only the desk chief publishes\. Ask chiefsam( or dana)? \(chief\)\./,
    );
    await expect(ria.api.assignStory({ id: mine.id, user: 'ria' })).rejects.toThrow(/Only the desk chief assigns/);
    await expect(ria.api.readAudit({})).rejects.toThrow(/Only the desk chief reads the audit log/);
    await ria.api.syncNow({});

    // The editor's story: a reporter may read it, not change it.
    const theirs = await ed.api.createArticle({ headline: 'Council adopts budget' });
    await ed.api.syncNow({});
    await ria.api.syncNow({});
    expect(() => ria.api.saveDraft({ id: theirs.id, patch: { deck: 'mine now' } })).toThrow(/Reporters edit their own stories.*by ed/);
    // Nor may she keep the editor out of it by taking its lock.
    await expect(ria.api.lockStory({ id: theirs.id })).rejects.toThrow(/Reporters edit their own stories/);
    expect((await ed.api.lockStory({ id: theirs.id })).held).toBe(true);
    await ed.api.unlockStory({ id: theirs.id });

    // Past the laptop's check, the hub says no too: a hand-made push and a version.
    const kimLink = new HttpHubLink(desk.hub.url);
    const session = ria.store.newsroom.link()!.session;
    const edDraft = ed.store.newsroom.draftForPush(theirs.id)!;
    const pushed = await kimLink.call(
      'push',
      {
        drafts: [{ articleId: theirs.id, baseRevision: 1, content: { ...edDraft.content, deck: 'forced' }, createdAt: edDraft.createdAt }],
        versions: [],
        trash: [],
      },
      session,
    );
    expect(pushed.drafts[0]).toMatchObject({ outcome: 'refused', reason: expect.stringMatching(/Reporters edit their own stories/) });
    const edSession = ed.store.newsroom.link()!.session;
    await ed.api.checkpoint({ id: theirs.id, label: 'Ready' });
    const version = ed.store.newsroom.versionForPush(theirs.id, 1)!;
    const forged = { ...version, kind: 'published' as const };
    const { versionUid } = await import('../../src/main/sync/version-uid');
    forged.uid = versionUid(forged);
    const answer = await kimLink.call('push', { drafts: [], versions: [forged], trash: [] }, edSession);
    expect(answer.versions[0]).toMatchObject({ outcome: 'refused', reason: expect.stringMatching(/Only the desk chief publishes/) });
    // A version whose id does not match what it records is refused whatever the role.
    const tampered = { ...version, label: 'changed after the fact' };
    expect((await kimLink.call('push', { drafts: [], versions: [tampered], trash: [] }, edSession)).versions[0]).toMatchObject({
      outcome: 'refused',
    });
    await expect(kimLink.call('assign', { articleId: theirs.id, user: 'ria' }, edSession)).rejects.toThrow(/Only the desk chief assigns/);
    await expect(kimLink.call('pull', { after: 0 }, 'nobody.fake')).rejects.toThrow(/not valid|no longer signed in/);
    await expect(kimLink.call('pull', { after: 0 })).rejects.toThrow(/Sign in/);
  });

  it("a reporter's import of an already published story stays on the laptop, refused and explained", async () => {
    const rex = await desk.laptop('rex', 'reporter');
    const text = 'Ferry service resumes\n\nPublished: 2 March 2025, 09:00\n\nThe ferry runs again from Monday, the port said.\n';
    await rex.api.importFiles({ files: [{ name: 'ferry.txt', base64: Buffer.from(text).toString('base64') }] });
    const round = await rex.api.syncNow({});
    expect(round.status.refused[0]).toMatchObject({
      headline: 'Ferry service resumes',
      reason: expect.stringMatching(/Only the desk chief publishes/),
    });
    expect(round.status.waiting).toBe(0);
    // Not retried forever, not lost: the next round sends nothing, the story is still here.
    expect((await rex.api.syncNow({})).pushed).toBe(0);
    expect((await rex.api.listArticles({})).map((a) => a.headline)).toContain('Ferry service resumes');
    const onHub = await desk.pool.query(`SELECT count(*)::int AS n FROM articles WHERE draft LIKE '%Ferry service resumes%'`);
    expect(onHub.rows[0].n).toBe(0);
  });

  it('sign-in codes work once, wrong codes are rate-limited, a disabled person is signed out', async () => {
    const link = new HttpHubLink(desk.hub.url);
    const { code } = await addPerson(desk.pool, 'tess', 'reporter');
    const session = await link.call('sign-in', { user: 'tess', code: code.toLowerCase() });
    expect(session.user).toEqual({ name: 'tess', role: 'reporter' });
    await expect(link.call('sign-in', { user: 'tess', code })).rejects.toThrow(/not valid for tess/);
    for (let i = 0; i < 4; i++) await expect(link.call('sign-in', { user: 'tess', code: 'WRONG-CODE' })).rejects.toThrow(/not valid/);
    await expect(link.call('sign-in', { user: 'tess', code })).rejects.toThrow(/Too many failed sign-ins for tess/);
    // The code and session secret are stored only as scrypt hashes.
    const stored = await desk.pool.query(
      `SELECT u.code_hash, s.secret_hash FROM users u JOIN sessions s ON s.user_id = u.id WHERE u.name = 'tess'`,
    );
    expect(stored.rows[0].secret_hash).toMatch(/^scrypt\$/);
    expect(stored.rows[0].secret_hash).not.toContain(session.session.split('.')[1]);
    await link.call('pull', { after: 0 }, session.session);
    const { disablePerson } = await import('../../src/main/hub/people');
    await disablePerson(desk.pool, 'tess');
    await expect(link.call('pull', { after: 0 }, session.session)).rejects.toThrow(/no longer signed in/);
    const audit = await readAudit(desk.pool);
    expect(audit.entries.map((e) => e.action)).toEqual(expect.arrayContaining(['user-added', 'user-disabled']));
  });

  it("the chief manages the desk's people from the app; everyone else is refused; all of it is logged", async () => {
    const chief = await desk.laptop('maria', 'chief');
    const editor = await desk.laptop('omar', 'editor');
    const added = await chief.api.managePeople({ action: 'add', name: 'newbie', role: 'reporter' });
    expect(added.code).toMatchObject({
      user: 'newbie',
      role: 'reporter',
      code: expect.stringMatching(/^[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}$/),
    });
    expect(added.people.find((p) => p.name === 'newbie')).toMatchObject({ role: 'reporter', codePending: true });
    // The code works on a new laptop.
    const newbie = await desk.laptop('newbie', 'reporter', { join: false });
    const status = await newbie.api.joinNewsroom({ hubUrl: desk.hub.url, user: 'newbie', code: added.code!.code });
    expect(status).toMatchObject({ joined: true, user: 'newbie', role: 'reporter', state: 'synced' });
    const promoted = await chief.api.managePeople({ action: 'role', name: 'newbie', role: 'editor' });
    expect(promoted.people.find((p) => p.name === 'newbie')?.role).toBe('editor');
    await expect(chief.api.managePeople({ action: 'disable', name: 'maria' })).rejects.toThrow(/cannot disable yourself/);
    await expect(editor.api.managePeople({})).rejects.toThrow(/Only the desk chief manages/);
    await chief.api.managePeople({ action: 'disable', name: 'newbie' });
    await expect(newbie.api.syncNow({})).rejects.toThrow(/no longer signed in/);
    expect((await newbie.api.newsroomStatus({})).state).toBe('signed-out');
    const log = await chief.api.readAudit({});
    const mine = log.entries.filter((e) => e.actor === 'maria').map((e) => e.action);
    expect(mine).toEqual(expect.arrayContaining(['user-added', 'role-changed', 'user-disabled']));
  });
});
