/**
 * Photos through a real hub on a real PostgreSQL: stored once each by the hash of their bytes,
 * which the hub computes again; refused when tampered with, when not a photo, or when the sender
 * may not change the story; never half-stored when an upload is cut off; and never missing behind
 * text that shows them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import { connect, createServer, type AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { startDesk, type Laptop, type TestDesk } from './desk-harness';
import { png, pngWith, exifBlock } from '../photos/images';
import { sha256Hex as sha256 } from '../../src/main/store/photo-store';
import { HttpHubLink } from '../../src/main/sync/hub-link';
import { blocksToBody, type Block } from '../../src/shared/article/blocks';
import type { PhotoFields } from '../../src/shared/article/media';
import { HUB_MIGRATIONS } from '../../src/main/hub/hub-schema';
import { initHubSchema, openPool } from '../../src/main/hub/hub-db';
import { addPerson } from '../../src/main/hub/people';
import { openStore } from '../../src/main/store';

const CLI = join(import.meta.dirname, '..', '..', 'bin', 'copydesk.mjs');

let desk: TestDesk;
beforeAll(async () => {
  desk = await startDesk();
}, 60_000);
afterAll(async () => {
  await desk?.close();
});

/** A photo block as the editor makes it, for a photo whose bytes are `bytes`. */
export function photoOf(bytes: Buffer, width = 40, height = 30, caption = 'The harbor bridge at dawn.'): PhotoFields {
  return { hash: sha256(bytes), mime: 'image/png', width, height, caption, credit: 'Kim Lee / Copydesk', alt: 'A bridge over water' };
}

export function bodyWith(photos: PhotoFields[], ...paragraphs: string[]) {
  const blocks: Block[] = paragraphs.map((text, i) => ({ id: `p${i}`, type: 'paragraph', runs: [{ text, format: 0 }] }));
  photos.forEach((photo, i) => blocks.splice(1 + i, 0, { id: `ph${i}`, type: 'photo', runs: [], photo }));
  return blocksToBody(blocks);
}

const sessionOf = (laptop: Laptop) => laptop.store.newsroom.link()!.session;
const photoRows = async (hash: string) =>
  (await desk.pool.query('SELECT count(*)::int AS n FROM photos WHERE hash = $1', [hash])).rows[0].n as number;

describe('photos on the hub', () => {
  it('stores a photo once by its hash, answers which are missing, and hands the bytes back', async () => {
    const ana = await desk.laptop('ana', 'editor');
    const link = new HttpHubLink(desk.hub.url);
    const bytes = png(40, 30, 1);
    const hash = sha256(bytes);
    const other = sha256(png(40, 30, 2));
    expect(await link.call('photos/missing', { hashes: [hash, other, hash] }, sessionOf(ana))).toEqual({ missing: [hash, other] });
    const story = await ana.api.createArticle({ headline: 'Bridge photos' });
    expect(await link.call('photos/put', { articleId: story.id, hash, base64: bytes.toString('base64') }, sessionOf(ana))).toEqual({
      hash,
      stored: true,
    });
    // Again (a retried round, another laptop): nothing changes.
    expect(await link.call('photos/put', { articleId: story.id, hash, base64: bytes.toString('base64') }, sessionOf(ana))).toEqual({
      hash,
      stored: false,
    });
    expect(await photoRows(hash)).toBe(1);
    const row = (
      await desk.pool.query('SELECT mime, width, height, added_by, length(bytes)::int AS size FROM photos WHERE hash = $1', [hash])
    ).rows[0];
    expect(row).toEqual({ mime: 'image/png', width: 40, height: 30, added_by: 'ana', size: bytes.length });
    expect(await link.call('photos/missing', { hashes: [hash, other] }, sessionOf(ana))).toEqual({ missing: [other] });
    const back = await link.call('photos/get', { hash }, sessionOf(ana));
    expect(back).toMatchObject({ hash, mime: 'image/png' });
    expect(sha256(Buffer.from(back.base64, 'base64'))).toBe(hash);
    await expect(link.call('photos/get', { hash: other }, sessionOf(ana))).rejects.toThrow(/The desk has no photo [0-9a-f]{12}/);
    // Only people signed in to the desk see its photos.
    await expect(link.call('photos/get', { hash })).rejects.toThrow(/Sign in/);
    // Stored photos never change and never go.
    await expect(desk.pool.query('UPDATE photos SET mime = $2 WHERE hash = $1', [hash, 'image/gif'])).rejects.toThrow(/append-only/);
    await expect(desk.pool.query('DELETE FROM photos WHERE hash = $1', [hash])).rejects.toThrow(/append-only/);
  });

  it('refuses a tampered upload, bytes that are not a photo, and a story the sender may not change', async () => {
    const bo = await desk.laptop('bo', 'reporter');
    const cy = await desk.laptop('cy', 'reporter');
    const link = new HttpHubLink(desk.hub.url);
    const story = await bo.api.createArticle({ headline: 'Ferry timetable' });
    const real = png(40, 30, 3);
    const tampered = Buffer.from(real);
    const at = tampered.length - 20;
    tampered.writeUInt8(tampered.readUInt8(at) ^ 0xff, at);
    await expect(
      link.call('photos/put', { articleId: story.id, hash: sha256(real), base64: tampered.toString('base64') }, sessionOf(bo)),
    ).rejects.toThrow(
      /The photo's bytes do not match its name \([0-9a-f]{12}\): it was changed after it was stored or on the way\. Nothing was stored\./,
    );
    expect(await photoRows(sha256(real))).toBe(0);
    expect(await photoRows(sha256(tampered))).toBe(0);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    await expect(
      link.call('photos/put', { articleId: story.id, hash: sha256(svg), base64: svg.toString('base64') }, sessionOf(bo)),
    ).rejects.toThrow(/The file is an SVG drawing, which is refused.*Nothing was stored\./);
    const text = Buffer.from('just some words, no picture at all');
    await expect(
      link.call('photos/put', { articleId: story.id, hash: sha256(text), base64: text.toString('base64') }, sessionOf(bo)),
    ).rejects.toThrow(/JPEG, PNG, WebP or GIF.*Nothing was stored\./);
    await expect(
      link.call('photos/put', { articleId: story.id, hash: sha256(real), base64: 'not base64!' }, sessionOf(bo)),
    ).rejects.toThrow(/The photo did not arrive whole \(its base64 text is malformed\); nothing was stored\./);
    // A photo still carrying where it was taken never reaches the desk (Copydesk takes it out on adding).
    const located = pngWith({ exif: exifBlock({ location: { latitude: 48.8584, longitude: 2.2945 } }) }, 7);
    await expect(
      link.call('photos/put', { articleId: story.id, hash: sha256(located), base64: located.toString('base64') }, sessionOf(bo)),
    ).rejects.toThrow(/still carries its location/);
    expect(await photoRows(sha256(located))).toBe(0);
    // Bo's story reaches the desk; Cy, another reporter, may not add photos to it.
    await bo.api.syncNow({});
    await expect(
      link.call('photos/put', { articleId: story.id, hash: sha256(real), base64: real.toString('base64') }, sessionOf(cy)),
    ).rejects.toThrow(/Reporters edit their own stories.*by bo/);
    expect(await photoRows(sha256(real))).toBe(0);
    // A story not on the desk yet is its sender's to start.
    expect(
      await link.call('photos/put', { articleId: 'notyetpushed1', hash: sha256(real), base64: real.toString('base64') }, sessionOf(cy)),
    ).toMatchObject({ stored: true });
  });

  it('refuses text that shows a photo the desk lacks, in plain words', async () => {
    const di = await desk.laptop('di', 'editor');
    const link = new HttpHubLink(desk.hub.url);
    const unsent = png(40, 30, 4);
    const story = await di.api.createArticle({ headline: 'Storm damage' });
    await di.api.saveDraft({ id: story.id, patch: { body: bodyWith([photoOf(unsent)], 'Trees fell across Harbor Road.') } });
    await di.api.checkpoint({ id: story.id, label: 'With photo' });
    const draft = di.store.newsroom.draftForPush(story.id)!;
    const version = di.store.newsroom.versionForPush(story.id, 1)!;
    const answer = await link.call(
      'push',
      {
        drafts: [{ articleId: story.id, baseRevision: 0, content: draft.content, createdAt: draft.createdAt }],
        versions: [version],
        trash: [],
      },
      sessionOf(di),
    );
    const reason = /This text shows a photo the desk does not have yet \([0-9a-f]{12}\); the photo is sent first, then the text\./;
    expect(answer.drafts[0]).toMatchObject({ outcome: 'refused', reason: expect.stringMatching(reason) });
    expect(answer.versions[0]).toMatchObject({ outcome: 'refused', reason: expect.stringMatching(reason) });
    expect((await desk.pool.query('SELECT count(*)::int AS n FROM articles WHERE id = $1', [story.id])).rows[0].n).toBe(0);
    // Photo first, then the same push lands.
    await link.call('photos/put', { articleId: story.id, hash: sha256(unsent), base64: unsent.toString('base64') }, sessionOf(di));
    const again = await link.call(
      'push',
      {
        drafts: [{ articleId: story.id, baseRevision: 0, content: draft.content, createdAt: draft.createdAt }],
        versions: [version],
        trash: [],
      },
      sessionOf(di),
    );
    expect(again.drafts[0]).toMatchObject({ outcome: 'accepted' });
    expect(again.versions[0]).toMatchObject({ outcome: 'stored' });
  });

  it('an upload cut off half way leaves no half photo, and the hub goes on serving', async () => {
    const ed = await desk.laptop('ed', 'editor');
    const story = await ed.api.createArticle({ headline: 'Night shift' });
    const big = png(600, 400, 5);
    const hash = sha256(big);
    const body = Buffer.from(JSON.stringify({ articleId: story.id, hash, base64: big.toString('base64') }));
    const url = new URL(`${desk.hub.url}/v1/photos/put`);
    await new Promise<void>((resolve) => {
      const req = httpRequest({
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': body.length, authorization: `Bearer ${sessionOf(ed)}` },
      });
      req.on('error', () => resolve());
      req.write(body.subarray(0, Math.floor(body.length / 2)), () =>
        setTimeout(() => {
          req.destroy();
          resolve();
        }, 100),
      );
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(await photoRows(hash)).toBe(0);
    const link = new HttpHubLink(desk.hub.url);
    expect(await link.call('photos/missing', { hashes: [hash] }, sessionOf(ed))).toEqual({ missing: [hash] });
    expect(await link.call('photos/put', { articleId: story.id, hash, base64: big.toString('base64') }, sessionOf(ed))).toEqual({
      hash,
      stored: true,
    });
    const stored = (await desk.pool.query('SELECT bytes FROM photos WHERE hash = $1', [hash])).rows[0].bytes as Buffer;
    expect(sha256(stored)).toBe(hash);
  });

  it('a hub of schema 1 is migrated to 2 with its stories kept', async () => {
    const url = await desk.cluster.createDatabase();
    const pool = openPool(url, 1);
    try {
      await pool.query(`CREATE TABLE hub_meta (key text PRIMARY KEY, value text NOT NULL)`);
      await pool.query(HUB_MIGRATIONS[0]!.sql);
      await pool.query(`INSERT INTO hub_meta VALUES ('schema_version', '1')`);
      await pool.query(
        `INSERT INTO articles (id, revision, draft, created_at, edited_at, edited_by, created_by, seq) VALUES ('old1', 1, '{}', now(), now(), 'kim', 'kim', nextval('change_seq'))`,
      );
      expect(await initHubSchema(pool)).toEqual({ from: 1, to: 2 });
      expect((await pool.query('SELECT id FROM articles')).rows).toEqual([{ id: 'old1' }]);
      expect((await pool.query('SELECT count(*)::int AS n FROM photos')).rows[0].n).toBe(0);
    } finally {
      await pool.end();
    }
  });
});

/** Counts a laptop's calls to the hub, by endpoint. */
function countCalls(laptop: Laptop): Map<string, number> {
  const counts = new Map<string, number>();
  const inner = laptop.link.call;
  laptop.link.call = (async (endpoint, request, session, signal) => {
    counts.set(endpoint, (counts.get(endpoint) ?? 0) + 1);
    return inner(endpoint, request, session, signal);
  }) as Laptop['link']['call'];
  return counts;
}

async function addPhoto(laptop: Laptop, bytes: Buffer, name = 'bridge.png') {
  return laptop.api.addPhoto({ fileName: name, base64: bytes.toString('base64') });
}

describe('photos between laptops', () => {
  it('laptop A adds a photo to a story and syncs; B pulls the story and has the same bytes', async () => {
    const fay = await desk.laptop('fay', 'editor');
    const gus = await desk.laptop('gus', 'editor');
    const bytes = png(120, 80, 10);
    const added = await addPhoto(fay, bytes);
    const story = await fay.api.createArticle({ headline: 'Harbor bridge reopens' });
    await fay.api.saveDraft({
      id: story.id,
      patch: {
        body: bodyWith(
          [{ ...photoOf(bytes, 120, 80), hash: added.hash }],
          'Traffic crossed the bridge again on Friday.',
          'Repairs took six weeks.',
        ),
      },
    });
    await fay.api.checkpoint({ id: story.id, label: 'With photo' });
    const sent = await fay.sync.syncNow();
    expect(sent).toMatchObject({ photosSent: 1 });
    expect(await photoRows(added.hash)).toBe(1);

    const pulled = await gus.sync.syncNow();
    expect(pulled).toMatchObject({ photosFetched: 1, photosWaiting: 0 });
    const mine = await fay.api.readPhoto({ hash: added.hash });
    const theirs = await gus.api.readPhoto({ hash: added.hash });
    expect(theirs).toEqual(mine);
    expect(sha256(Buffer.from(theirs.base64, 'base64'))).toBe(added.hash);
    const article = await gus.api.getArticle({ id: story.id });
    expect(article.body.root.children.find((n) => n.type === 'photo')).toMatchObject({
      hash: added.hash,
      caption: 'The harbor bridge at dawn.',
    });
    // Nothing more to fetch or send.
    expect(await gus.sync.syncNow()).toMatchObject({ photosFetched: 0, photosSent: 0, photosWaiting: 0 });
  });

  it('the same photo in 3 stories and 10 versions goes up once and comes down once', async () => {
    const hal = await desk.laptop('hal', 'editor');
    const ivy = await desk.laptop('ivy', 'editor');
    const bytes = png(200, 150, 11);
    const added = await addPhoto(hal, bytes);
    const photo = { ...photoOf(bytes, 200, 150), hash: added.hash };
    let made = 0;
    for (let s = 0; s < 3; s++) {
      const story = await hal.api.createArticle({ headline: `Flood story ${s}` });
      for (let v = 0; v < (s === 0 ? 4 : 3); v++) {
        await hal.api.saveDraft({
          id: story.id,
          patch: { body: bodyWith([{ ...photo, caption: `Flooded street, take ${v}` }], `Water rose on Tuesday (${s}.${v}).`) },
        });
        await hal.api.checkpoint({ id: story.id, label: `Take ${v}` });
        made++;
      }
    }
    expect(made).toBe(10);
    const halCalls = countCalls(hal);
    // Small batches: every batch asks which photos the hub lacks; only the first finds one.
    const { syncRound } = await import('../../src/main/sync/sync-round');
    const round = await syncRound(hal.store, hal.link, { batch: 4 });
    expect(round.photosSent).toBe(1);
    expect(halCalls.get('photos/put')).toBe(1);
    expect(halCalls.get('photos/missing')).toBeGreaterThanOrEqual(4);
    expect(hal.store.newsroom.waitingCount()).toBe(0);
    expect(await photoRows(added.hash)).toBe(1);
    const onHub = await desk.pool.query(`SELECT count(*)::int AS n FROM versions WHERE content LIKE '%' || $1 || '%'`, [added.hash]);
    expect(onHub.rows[0].n).toBe(10);
    // Another round with more versions: still no second upload.
    const first = (await hal.api.listArticles({}))[0]!;
    await hal.api.checkpoint({ id: first.id, label: 'Final' });
    await hal.sync.syncNow();
    expect(halCalls.get('photos/put')).toBe(1);

    const ivyCalls = countCalls(ivy);
    expect(await ivy.sync.syncNow()).toMatchObject({ photosFetched: 1, photosWaiting: 0 });
    expect(ivyCalls.get('photos/get')).toBe(1);
    expect(sha256(Buffer.from((await ivy.api.readPhoto({ hash: added.hash })).base64, 'base64'))).toBe(added.hash);
  });

  it('copydesk sync SIGKILLed mid-upload leaves no half photo and no text on the hub; the next round finishes', async () => {
    // The laptop reaches the hub through a relay that counts the bytes it passes on. Half way
    // through the photo's upload (the only request of megabytes) it stops passing them and the
    // laptop is killed: the hub has half a photo in flight, whatever the machine's speed.
    let sent = 0;
    let halfWay = Infinity;
    let onHalfWay = () => undefined as void;
    const relay = createServer((client) => {
      const upstream = connect(desk.hub.port, '127.0.0.1');
      client.on('data', (chunk: Buffer) => {
        if (sent >= halfWay) return;
        sent += chunk.length;
        upstream.write(chunk);
        if (sent >= halfWay) onHalfWay();
      });
      upstream.pipe(client);
      const end = () => (client.destroy(), upstream.destroy());
      client.on('error', end).on('close', end);
      upstream.on('error', end).on('close', end);
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const relayUrl = `http://127.0.0.1:${(relay.address() as AddressInfo).port}`;
    try {
      const jo = await desk.laptop('jo', 'editor', { join: false });
      const { code } = await addPerson(desk.pool, 'jo', 'editor');
      await jo.api.joinNewsroom({ hubUrl: relayUrl, user: 'jo', code });
      const bytes = png(800, 800, 12);
      const added = await addPhoto(jo, bytes, 'noise.png');
      const story = await jo.api.createArticle({ headline: 'Night fire' });
      await jo.api.saveDraft({
        id: story.id,
        patch: { body: bodyWith([{ ...photoOf(bytes, 800, 800), hash: added.hash }], 'A warehouse burned overnight.') },
      });
      await jo.api.checkpoint({ id: story.id, label: 'Filed' });
      await jo.sync.stop();
      jo.store.close();

      const killed = spawn(process.execPath, [CLI, 'sync', '--data', jo.dir], { stdio: 'ignore' });
      // The photo travels as base64, 4/3 of its bytes: stop at half of that.
      halfWay = sent + Math.floor((bytes.length * 2) / 3);
      onHalfWay = () => killed.kill('SIGKILL');
      const signal = await new Promise<NodeJS.Signals | null>((resolve) => killed.on('exit', (_code, sig) => resolve(sig)));
      expect(signal).toBe('SIGKILL');
      expect(sent).toBeGreaterThanOrEqual(halfWay);
      expect(sent).toBeLessThan(halfWay + 256 * 1024);
      await new Promise((r) => setTimeout(r, 200));
      expect(await photoRows(added.hash)).toBe(0);
      expect((await desk.pool.query('SELECT count(*)::int AS n FROM articles WHERE id = $1', [story.id])).rows[0].n).toBe(0);

      // Started again, the laptop's next round sends the whole photo, then the text.
      const after = openStore(jo.dir);
      const { syncRound } = await import('../../src/main/sync/sync-round');
      expect(await syncRound(after, new HttpHubLink(desk.hub.url))).toMatchObject({ photosSent: 1 });
      expect(after.newsroom.waitingCount()).toBe(0);
      const stored = (await desk.pool.query('SELECT bytes FROM photos WHERE hash = $1', [added.hash])).rows[0].bytes as Buffer;
      expect(sha256(stored)).toBe(added.hash);
      expect((await desk.pool.query('SELECT count(*)::int AS n FROM versions WHERE article_id = $1', [story.id])).rows[0].n).toBe(1);
      after.close();
    } finally {
      relay.close();
    }
  }, 60_000);

  it('a photo fetch that fails keeps the text, waits, and arrives with a later round', async () => {
    const kit = await desk.laptop('kit', 'editor');
    const lou = await desk.laptop('lou', 'editor');
    const bytes = png(64, 64, 13);
    const added = await addPhoto(kit, bytes);
    const story = await kit.api.createArticle({ headline: 'Market day' });
    await kit.api.saveDraft({
      id: story.id,
      patch: { body: bodyWith([{ ...photoOf(bytes, 64, 64), hash: added.hash }], 'Stalls filled the square.') },
    });
    await kit.sync.syncNow();

    const inner = lou.link.call;
    lou.link.call = (async (endpoint, request, session, signal) => {
      if (endpoint === 'photos/get') {
        const { HubUnreachable } = await import('../../src/main/sync/hub-link');
        throw new HubUnreachable('The newsroom hub cannot be reached (network cut in test)');
      }
      return inner(endpoint, request, session, signal);
    }) as Laptop['link']['call'];
    await expect(lou.sync.syncNow()).rejects.toThrow(/cannot be reached/);
    // The text is here; the photo is awaited, not lost.
    expect((await lou.api.getArticle({ id: story.id })).headline).toBe('Market day');
    await expect(Promise.resolve().then(() => lou.api.readPhoto({ hash: added.hash }))).rejects.toThrow(
      /^Waiting for the photo from the desk; it arrives with the next sync\.$/,
    );
    const { photoWant } = await import('../../src/main/store/photo-wants');
    expect(photoWant(lou.store.db, added.hash)).toMatchObject({ articleId: story.id, givenUp: false });
    const offline = await lou.api.newsroomStatus({});
    expect(offline).toMatchObject({ state: 'offline', photosWaiting: 1 });
    const { describeSync } = await import('../../src/shared/newsroom/status');
    expect(describeSync(offline, () => '')).toBe('Offline — 1 photo waiting from the desk');

    const { awaitedPhotoNotice } = await import('../../src/main/store/photo-wants');
    expect(awaitedPhotoNotice(lou.store.db, added.hash)).toBe('Waiting for the photo from the desk; it arrives with the next sync.');
    // Reopened (a kill, a closed laptop): the want is still there, and a photo on its way is not
    // damage to copydesk check.
    lou.store.db.close();
    const { check } = await import('../../src/cli/commands/check');
    const said: string[] = [];
    expect(check({ values: {}, positionals: [], dataDir: lou.dir, out: (t) => said.push(t) })).toBe(0);
    expect(said.join('\n')).toMatch(/^healthy: /);
    const { openStore } = await import('../../src/main/store');
    lou.store = openStore(lou.dir);
    expect(photoWant(lou.store.db, added.hash)).toMatchObject({ articleId: story.id });

    lou.link.call = inner;
    const { syncRound } = await import('../../src/main/sync/sync-round');
    expect(await syncRound(lou.store, lou.link)).toMatchObject({ photosFetched: 1, photosWaiting: 0 });
    expect(photoWant(lou.store.db, added.hash)).toBeUndefined();
    expect(awaitedPhotoNotice(lou.store.db, added.hash)).toBeUndefined();
    const { photoBytes } = await import('../../src/main/store/photo-store');
    expect(sha256(photoBytes(lou.store.db, added.hash)!.bytes)).toBe(added.hash);

    // `copydesk sync --json` says how many photos are still to come: here one the hub has not got yet.
    const { wantPhotosOf } = await import('../../src/main/store/photo-wants');
    const unsent = png(8, 8, 99);
    lou.store.db.transaction(() =>
      wantPhotosOf(lou.store.db, [{ articleId: story.id, content: { body: bodyWith([photoOf(unsent, 8, 8)], 'Later.') } }]),
    )();
    lou.store.close();
    const { syncCommand } = await import('../../src/cli/commands/newsroom');
    const printed: string[] = [];
    const run = (json: boolean) =>
      syncCommand({ values: json ? { json: true } : {}, positionals: [], dataDir: lou.dir, out: (t) => printed.push(t) });
    expect(await run(true)).toBe(0);
    expect(JSON.parse(printed.pop()!)).toEqual({ pushed: 0, pulled: 0, conflicts: 0, photosWaiting: 1 });
    expect(await run(false)).toBe(0);
    expect(printed.at(-1)).toBe('1 photo waiting from the desk.');
    const reopened = openStore(lou.dir);
    expect((await import('../../src/main/store/photo-wants')).waitingPhotoCount(reopened.db)).toBe(1);
    reopened.close();
  });

  it('text showing a photo neither the laptop nor the desk has waits in the outbox; the rest goes, and it follows the photo', async () => {
    const max = await desk.laptop('max', 'editor');
    const bytes = png(48, 36, 14);
    const hash = sha256(bytes);
    const story = await max.api.createArticle({ headline: 'Parade route' });
    await max.api.saveDraft({ id: story.id, patch: { body: bodyWith([], 'The parade starts at noon.') } });
    await max.api.checkpoint({ id: story.id, label: 'Before the photo' });
    // Then the article names a photo whose file has not been added here yet (an import whose image came apart).
    await max.api.saveDraft({
      id: story.id,
      patch: { body: bodyWith([{ ...photoOf(bytes, 48, 36), hash }], 'The parade starts at noon.') },
    });
    const plain = await max.api.createArticle({ headline: 'Road works' });
    const first = await max.sync.syncNow();
    // The story's earlier version waits with its draft: without the story on the desk it would be refused for good.
    expect(first).toMatchObject({ photosSent: 0, refused: [] });
    expect(max.store.newsroom.waitingCount()).toBe(2);
    expect(max.store.newsroom.refusedChanges()).toEqual([]);
    expect((await desk.pool.query('SELECT id FROM articles WHERE id = ANY($1)', [[story.id, plain.id]])).rows).toEqual([{ id: plain.id }]);
    // The photo is added: the next round sends it, then the text.
    expect((await addPhoto(max, bytes)).hash).toBe(hash);
    expect(await max.sync.syncNow()).toMatchObject({ photosSent: 1 });
    expect(max.store.newsroom.waitingCount()).toBe(0);
    expect((await desk.pool.query('SELECT count(*)::int AS n FROM articles WHERE id = $1', [story.id])).rows[0].n).toBe(1);
    expect((await desk.pool.query('SELECT label FROM versions WHERE article_id = $1', [story.id])).rows).toEqual([
      { label: 'Before the photo' },
    ]);
  });

  it('a hub from before photos: text without photos still goes, text with photos waits, and the laptop says why', async () => {
    const ned = await desk.laptop('ned', 'editor');
    const bytes = png(30, 20, 15);
    const added = await addPhoto(ned, bytes);
    const withPhoto = await ned.api.createArticle({ headline: 'Regatta' });
    await ned.api.saveDraft({
      id: withPhoto.id,
      patch: { body: bodyWith([{ ...photoOf(bytes, 30, 20), hash: added.hash }], 'Boats left at dawn.') },
    });
    const plain = await ned.api.createArticle({ headline: 'Tide tables' });
    const inner = ned.link.call;
    const { HubRefusal } = await import('../../src/main/sync/hub-link');
    ned.link.call = (async (endpoint, request, session, signal) => {
      if (endpoint.startsWith('photos/')) throw new HubRefusal(404, `The hub has no POST /v1/${endpoint}.`);
      return inner(endpoint, request, session, signal);
    }) as Laptop['link']['call'];
    await expect(ned.api.syncNow({})).rejects.toThrow(/The newsroom hub is older than this Copydesk and cannot take or hand out photos/);
    expect((await ned.api.newsroomStatus({})).state).toBe('failed');
    expect((await desk.pool.query('SELECT id FROM articles WHERE id = ANY($1)', [[withPhoto.id, plain.id]])).rows).toEqual([
      { id: plain.id },
    ]);
    expect(ned.store.newsroom.waitingCount()).toBe(1);
    ned.link.call = inner;
    expect(await ned.api.syncNow({})).toMatchObject({ status: { state: 'synced', waiting: 0 } });
  });

  it('a photo garbled on the way is refused by the hub; the text waits and both go with the next round', async () => {
    const oz = await desk.laptop('oz', 'editor');
    const bytes = png(50, 50, 16);
    const added = await addPhoto(oz, bytes);
    const story = await oz.api.createArticle({ headline: 'Lighthouse' });
    await oz.api.saveDraft({
      id: story.id,
      patch: { body: bodyWith([{ ...photoOf(bytes, 50, 50), hash: added.hash }], 'The light turned 150.') },
    });
    await oz.api.checkpoint({ id: story.id, label: 'Filed' });
    const inner = oz.link.call;
    let garbled = 0;
    oz.link.call = (async (endpoint, request, session, signal) => {
      if (endpoint === 'photos/put' && garbled++ === 0) {
        const sent = request as { base64: string };
        const flipped = sent.base64.slice(0, 100) + (sent.base64[100] === 'A' ? 'B' : 'A') + sent.base64.slice(101);
        return inner(endpoint, { ...sent, base64: flipped } as typeof request, session, signal);
      }
      return inner(endpoint, request, session, signal);
    }) as Laptop['link']['call'];
    const round = await oz.sync.syncNow();
    expect(round).toMatchObject({ photosSent: 0, refused: [] });
    expect(garbled).toBe(1);
    expect(await photoRows(added.hash)).toBe(0);
    expect((await desk.pool.query('SELECT count(*)::int AS n FROM articles WHERE id = $1', [story.id])).rows[0].n).toBe(0);
    expect(oz.store.newsroom.waitingCount()).toBe(2);
    expect(await oz.sync.syncNow()).toMatchObject({ photosSent: 1 });
    expect(oz.store.newsroom.waitingCount()).toBe(0);
    expect(sha256((await desk.pool.query('SELECT bytes FROM photos WHERE hash = $1', [added.hash])).rows[0].bytes)).toBe(added.hash);
  });

  it('a reporter whose story went to someone else keeps her photo: her draft becomes an offline copy, photo and all, on the desk', async () => {
    const pia = await desk.laptop('pia', 'reporter');
    const quinn = await desk.laptop('quinn', 'reporter');
    const cal = await desk.laptop('cal', 'chief');
    const story = await quinn.api.createArticle({ headline: 'Bridge vote' });
    await quinn.api.saveDraft({ id: story.id, patch: { body: bodyWith([], 'The council votes on Tuesday.') } });
    await quinn.sync.syncNow();
    await cal.sync.syncNow();
    await cal.api.assignStory({ id: story.id, user: 'pia' });
    await pia.sync.syncNow();
    // The chief hands it back to Quinn while Pia is out of touch.
    await cal.api.assignStory({ id: story.id, user: 'quinn' });
    // Pia has not heard yet: she adds a photo on her laptop.
    const bytes = png(60, 40, 17);
    const added = await addPhoto(pia, bytes);
    await pia.api.saveDraft({
      id: story.id,
      patch: { body: bodyWith([{ ...photoOf(bytes, 60, 40), hash: added.hash }], 'The council votes on Tuesday.', 'Pia adds the scene.') },
    });
    const round = await pia.sync.syncNow();
    expect(round.conflicts).toBe(1);
    expect(round.refused.join(' ')).toMatch(/Reporters edit their own stories.*assigned to quinn/);
    expect(round.photosSent).toBe(1);
    expect(pia.store.newsroom.waitingCount()).toBe(0);
    expect(pia.store.newsroom.refusedChanges()).toEqual([]);
    // Her text and photo are on the desk as an offline copy; the desk's draft is unchanged.
    const copies = await desk.pool.query(`SELECT content FROM versions WHERE article_id = $1 AND kind = 'offline-copy'`, [story.id]);
    expect(copies.rows).toHaveLength(1);
    expect(copies.rows[0].content).toContain(added.hash);
    expect(await photoRows(added.hash)).toBe(1);
    expect((await desk.pool.query('SELECT draft FROM articles WHERE id = $1', [story.id])).rows[0].draft).not.toContain(added.hash);
    // Quinn, now on the story, gets the copy and its photo.
    expect(await quinn.sync.syncNow()).toMatchObject({ photosWaiting: 0 });
    expect(sha256(Buffer.from((await quinn.api.readPhoto({ hash: added.hash })).base64, 'base64'))).toBe(added.hash);
  });
});
