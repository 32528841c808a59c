/**
 * The shared desk under load, on a real PostgreSQL (a throwaway cluster) and a real hub process.
 * - hub.save_ms_p95, hub.lost_or_doubled: 50 simulated people autosaving once a second through the
 *   hub for HUB_BENCH_SECONDS (60): each save is what a laptop's sync sends after an autosave (the
 *   draft, and every tenth time a version too), followed by the pull a laptop makes when the hub's
 *   long poll wakes it. Lost = a save the hub did not take or that is not the hub's draft after;
 *   doubled = a version stored twice. Goals: p95 ≤ 50 ms, 0 lost or doubled.
 * - hub.first_sync_s: a desk of 10,000 stories and 50,000 versions (HUB_BENCH_STORIES /
 *   HUB_BENCH_VERSIONS) onto an empty data folder: joining and the first round. Goal ≤ 60 s.
 * - hub.idle_round_ms_p95: a sync round with nothing new on either side. Goal ≤ 20 ms.
 * - hub.photo_put_ms_p50, hub.photo_get_ms_p50: one photo of hub.photo_mb (an 8 MB press photo,
 *   pixels that do not compress) up to the hub and back down over loopback HTTP, five photos.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { BenchSuite, Figures } from '../run';
import { startCluster, freePort } from '../../tests/hub/pg-cluster';
import { initHubSchema, openPool, type HubPool } from '../../src/main/hub/hub-db';
import { addPerson } from '../../src/main/hub/people';
import { HttpHubLink } from '../../src/main/sync/hub-link';
import { versionUid } from '../../src/main/sync/version-uid';
import { canonicalJson } from '../../src/main/store/article-store';
import { openStore } from '../../src/main/store';
import { NewsroomSync } from '../../src/main/sync/newsroom-sync';
import { syncRound } from '../../src/main/sync/sync-round';
import { contentOf, draftOf, headlineOf, Writer } from '../lib/newsroom-text';
import { tempDir } from '../lib/temp-store';
import { percentile } from '../stats';
import type { ArticleContent } from '../../src/shared/article/article';
import { bodyWordCount } from '../../src/shared/article/content';
import { png } from '../../tests/photos/images';
import { sha256Hex as sha256 } from '../../src/main/store/photo-store';

const ROOT = join(import.meta.dirname, '..', '..');
const SECONDS = Number(process.env.HUB_BENCH_SECONDS ?? 60);
const USERS = Number(process.env.HUB_BENCH_USERS ?? 50);
const STORIES = Number(process.env.HUB_BENCH_STORIES ?? 10_000);
const VERSIONS = Number(process.env.HUB_BENCH_VERSIONS ?? 50_000);

async function startHubProcess(url: string): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'copydesk.mjs'), 'hub', 'serve', '--database', url, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('Copydesk hub at')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`the hub exited (${code})`)));
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

async function autosaveLoad(pool: HubPool, hubUrl: string): Promise<Figures> {
  const link = new HttpHubLink(hubUrl);
  const writer = new Writer(2026_12_04);
  interface Person {
    session: string;
    id: string;
    revision: number;
    content: ArticleContent;
    cursor: number;
    saves: number;
    versions: string[];
  }
  const people: Person[] = [];
  for (let i = 0; i < USERS; i++) {
    const { code } = await addPerson(pool, `load${i}`, 'reporter');
    const session = (await link.call('sign-in', { user: `load${i}`, code })).session;
    const content = contentOf(draftOf(writer, 800), headlineOf(writer));
    const id = createHash('sha256').update(`load${i}`).digest('hex').slice(0, 16);
    const first = await link.call(
      'push',
      { drafts: [{ articleId: id, baseRevision: 0, content, createdAt: new Date().toISOString() }], versions: [], trash: [] },
      session,
    );
    people.push({ session, id, revision: first.drafts[0]!.revision, content, cursor: 0, saves: 0, versions: [] });
  }
  const samples: number[] = [];
  let lost = 0;
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    people.map(async (p, i) => {
      // Spread the people across the second, as real typing would be.
      await new Promise((r) => setTimeout(r, (1000 / USERS) * i));
      while (Date.now() < end) {
        const tick = Date.now();
        p.saves++;
        const paragraph = p.content.body.root.children[p.saves % p.content.body.root.children.length] as unknown as {
          children: { text: string }[];
        };
        paragraph.children[0]!.text += ` ${writer.word()}`;
        const content = structuredClone(p.content);
        const versions = [];
        if (p.saves % 10 === 0) {
          const v = {
            articleId: p.id,
            createdAt: new Date().toISOString(),
            author: { name: `load${i}`, email: '' },
            kind: 'auto' as const,
            label: null,
            content,
          };
          const uid = versionUid(v);
          versions.push({ ...v, uid, wordCount: bodyWordCount(content), wordsAdded: 1, wordsRemoved: 0, status: content.status });
          p.versions.push(uid);
        }
        const started = performance.now();
        const answer = await link.call(
          'push',
          {
            drafts: [
              { articleId: p.id, baseRevision: p.revision, content, createdAt: content.firstPublishedAt ?? new Date().toISOString() },
            ],
            versions,
            trash: [],
          },
          p.session,
        );
        samples.push(performance.now() - started);
        const outcome = answer.drafts[0]!;
        if (outcome.outcome !== 'accepted') lost++;
        else p.revision = outcome.revision;
        // The long poll wakes the laptop: it reads what changed on the desk since last time.
        // Fifty laptops would each check the page they pull on their own processor; one load
        // generator doing it for all fifty would time its own backlog, not the hub. So the page
        // is fetched whole and only its cursor read.
        const page = await fetch(`${hubUrl}/v1/pull`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${p.session}` },
          body: JSON.stringify({ after: p.cursor, limit: 500 }),
        });
        const text = await page.text();
        p.cursor = Number([...text.matchAll(/"cursor":(\d+)/g)].pop()?.[1] ?? p.cursor);
        const wait = 1000 - (Date.now() - tick);
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
    }),
  );
  // Every person's last save is the hub's draft, and every version is there once.
  let doubled = 0;
  for (const p of people) {
    const row = await pool.query('SELECT draft FROM articles WHERE id = $1', [p.id]);
    if (row.rows[0].draft !== canonicalJson(p.content)) lost++;
    const v = await pool.query('SELECT uid, count(*)::int AS n FROM versions WHERE article_id = $1 GROUP BY uid', [p.id]);
    if (v.rows.length !== p.versions.length) lost += Math.abs(p.versions.length - v.rows.length);
    for (const r of v.rows) if (r.n > 1) doubled++;
  }
  return {
    'hub.save_ms_p50': percentile(samples, 50),
    'hub.save_ms_p95': percentile(samples, 95),
    'hub.saves': samples.length,
    'hub.lost_or_doubled': lost + doubled,
  };
}

/** Fills the hub straight through SQL (setup, not measured): stories with their versions. */
async function seedDesk(pool: HubPool): Promise<void> {
  const writer = new Writer(10_000_50_000);
  const perStory = Math.max(1, Math.round(VERSIONS / STORIES));
  let seq = 0;
  for (let start = 0; start < STORIES; start += 200) {
    const ids: string[] = [],
      drafts: string[] = [],
      seqs: number[] = [];
    const vUid: string[] = [],
      vArticle: string[] = [],
      vSeq: number[] = [],
      vAt: string[] = [],
      vContent: string[] = [],
      vWords: number[] = [];
    for (let s = start; s < Math.min(STORIES, start + 200); s++) {
      const id = createHash('sha256').update(`story${s}`).digest('hex').slice(0, 20);
      const draft = draftOf(writer, 250);
      const headline = headlineOf(writer);
      for (let v = 0; v < perStory; v++) {
        draft[v % draft.length]!.words.push(writer.word());
        const content = contentOf(draft, headline);
        const at = new Date(Date.UTC(2026, 10, 1, 9, 0, s % 60, v)).toISOString();
        const record = { articleId: id, createdAt: at, author: { name: 'seed', email: '' }, kind: 'checkpoint', label: null, content };
        vUid.push(versionUid(record));
        vArticle.push(id);
        vSeq.push(++seq);
        vAt.push(at);
        vContent.push(canonicalJson(content));
        vWords.push(bodyWordCount(content));
      }
      ids.push(id);
      drafts.push(canonicalJson(contentOf(draft, headline)));
      seqs.push(++seq);
    }
    await pool.query(
      `INSERT INTO articles (id, revision, draft, created_at, edited_at, edited_by, created_by, seq)
       SELECT id, 1, draft, now(), now(), 'seed', 'seed', seq FROM unnest($1::text[], $2::text[], $3::bigint[]) AS t(id, draft, seq)`,
      [ids, drafts, seqs],
    );
    await pool.query(
      `INSERT INTO versions (uid, article_id, seq, created_at, author_name, author_email, pushed_by, kind, label, word_count, words_added, words_removed, status, content)
       SELECT uid, article_id, seq, at::timestamptz, 'seed', '', 'seed', 'checkpoint', NULL, words, 1, 0, 'draft', content
       FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::int[]) AS t(uid, article_id, seq, at, content, words)`,
      [vUid, vArticle, vSeq, vAt, vContent, vWords],
    );
  }
  await pool.query(`SELECT setval('change_seq', $1)`, [seq]);
}

async function firstSync(pool: HubPool, hubUrl: string): Promise<Figures> {
  await seedDesk(pool);
  const { code } = await addPerson(pool, 'newcomer', 'editor');
  const folder = tempDir('hub-first-sync');
  const store = openStore(folder.dir);
  try {
    const sync = new NewsroomSync(store);
    const started = performance.now();
    const status = await sync.connect({ hubUrl, user: 'newcomer', code });
    const firstSyncS = (performance.now() - started) / 1000;
    if (status.state !== 'synced') throw new Error(`first sync failed: ${status.error}`);
    const stories = store.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    const versions = store.db.prepare('SELECT count(*) FROM versions').pluck().get() as number;
    const link = new HttpHubLink(hubUrl);
    const idle: number[] = [];
    for (let i = 0; i < 60; i++) {
      const t = performance.now();
      await syncRound(store, link);
      if (i >= 10) idle.push(performance.now() - t);
    }
    return {
      'hub.first_sync_s': firstSyncS,
      'hub.first_sync_stories': stories,
      'hub.first_sync_versions': versions,
      'hub.idle_round_ms_p50': percentile(idle, 50),
      'hub.idle_round_ms_p95': percentile(idle, 95),
    };
  } finally {
    store.close();
    folder.remove();
  }
}

/** Photos up to the hub and back: what a round spends on one large photo each way. */
async function photoTraffic(pool: HubPool, hubUrl: string): Promise<Figures> {
  const link = new HttpHubLink(hubUrl);
  const { code } = await addPerson(pool, 'photographer', 'editor');
  const session = (await link.call('sign-in', { user: 'photographer', code })).session;
  const put: number[] = [];
  const get: number[] = [];
  let size = 0;
  for (let i = 0; i < 5; i++) {
    const bytes = png(1640, 1700, 900 + i);
    size = bytes.length;
    const hash = sha256(bytes);
    let t = performance.now();
    await link.call('photos/put', { articleId: `photobench${i}`, hash, base64: bytes.toString('base64') }, session);
    put.push(performance.now() - t);
    t = performance.now();
    const back = await link.call('photos/get', { hash }, session);
    get.push(performance.now() - t);
    if (back.base64.length !== Math.ceil(size / 3) * 4) throw new Error('the photo came back another size');
  }
  return { 'hub.photo_mb': size / 1048576, 'hub.photo_put_ms_p50': percentile(put, 50), 'hub.photo_get_ms_p50': percentile(get, 50) };
}

const suite: BenchSuite = {
  name: 'hub',
  async run() {
    const cluster = await startCluster();
    try {
      const loadDb = await cluster.createDatabase('bench_load');
      const loadPool = openPool(loadDb, 4);
      await initHubSchema(loadPool);
      const loadHub = await startHubProcess(loadDb);
      const load = await autosaveLoad(loadPool, loadHub.url).finally(() => loadHub.child.kill());
      await loadPool.end();
      const deskDb = await cluster.createDatabase('bench_desk');
      const deskPool = openPool(deskDb, 4);
      await initHubSchema(deskPool);
      const deskHub = await startHubProcess(deskDb);
      let first: Figures, photos: Figures;
      try {
        first = await firstSync(deskPool, deskHub.url);
        photos = await photoTraffic(deskPool, deskHub.url);
      } finally {
        deskHub.child.kill();
      }
      await deskPool.end();
      return { ...load, ...first, ...photos };
    } finally {
      cluster.stop();
    }
  },
};
export default suite;
