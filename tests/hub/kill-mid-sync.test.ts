/**
 * Kills in the middle of a sync, for real: the laptop's `copydesk sync` process SIGKILLed at random
 * points of a large push, and the hub process and PostgreSQL killed and restarted while a laptop
 * syncs. Afterwards every version is on the hub exactly once, nothing is doubled on the laptop,
 * every draft is the same on both sides, and the store is healthy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { startCluster, freePort, type TestCluster } from './pg-cluster';
import { body, startDesk, type Laptop, type TestDesk } from './desk-harness';
import { openStore } from '../../src/main/store';
import { NewsroomSync } from '../../src/main/sync/newsroom-sync';
import { HttpHubLink } from '../../src/main/sync/hub-link';
import { initHubSchema, openPool } from '../../src/main/hub/hub-db';
import { addPerson } from '../../src/main/hub/people';
import { integrityProblems } from '../../src/main/store/database';
import type { Pool } from 'pg';
import { prng } from '../support/prng';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'copydesk.mjs');
const SEED = Number(process.env.COPYDESK_HUB_SEED ?? 20261204);

let cluster: TestCluster;
beforeAll(async () => {
  cluster = await startCluster();
}, 60_000);
afterAll(() => cluster?.stop());

/** Fills a laptop with stories and versions the hub has not seen. */
async function writeALot(laptop: Laptop, stories: number, versionsEach: number, tag: string): Promise<void> {
  for (let s = 0; s < stories; s++) {
    const a = await laptop.api.createArticle({ headline: `${tag} story ${s}` });
    for (let v = 0; v < versionsEach; v++) {
      const paragraphs = Array.from(
        { length: 6 + v },
        (_, p) => `${tag} paragraph ${p} of story ${s}, revision ${v}: the council met again on Tuesday to weigh the budget.`,
      );
      await laptop.api.saveDraft({ id: a.id, patch: { body: body(...paragraphs) } });
      await laptop.api.checkpoint({ id: a.id, label: `Take ${v}` });
    }
  }
}

/** What the laptop holds against what the hub holds: versions once each, drafts equal. */
async function expectInStep(dir: string, pool: Pool): Promise<void> {
  const store = openStore(dir);
  try {
    expect(integrityProblems(store.db)).toEqual([]);
    expect(store.newsroom.waitingCount()).toBe(0);
    const local = store.db.prepare('SELECT article_id, count(*) AS n FROM versions GROUP BY article_id').all() as {
      article_id: string;
      n: number;
    }[];
    const hub = await pool.query('SELECT article_id, count(*)::int AS n, count(DISTINCT uid)::int AS u FROM versions GROUP BY article_id');
    const onHub = new Map(hub.rows.map((r) => [r.article_id as string, r]));
    for (const row of local) {
      expect(onHub.get(row.article_id)?.n, `versions of ${row.article_id} on the hub`).toBe(row.n);
      expect(onHub.get(row.article_id)?.u).toBe(row.n);
    }
    // No version is doubled locally (a pulled-back copy of a version it pushed).
    const uids = store.db.prepare('SELECT count(*) AS n, count(DISTINCT uid) AS u FROM version_uids').get() as { n: number; u: number };
    expect(uids.n).toBe(uids.u);
    const drafts = await pool.query('SELECT id, draft FROM articles');
    for (const row of drafts.rows) {
      const mine = store.db.prepare('SELECT draft FROM articles WHERE id = ?').pluck().get(row.id) as string | undefined;
      expect(mine, `draft of ${row.id}`).toBe(row.draft);
    }
  } finally {
    store.close();
  }
}

function runCli(args: string[]): { child: ChildProcess; done: Promise<number | null> } {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const done = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, done };
}

describe('kills mid-sync', () => {
  it('a laptop SIGKILLed again and again mid-push lands every version exactly once', async () => {
    const desk: TestDesk = await startDesk(cluster);
    try {
      const kay = await desk.laptop('kay', 'editor');
      await writeALot(kay, 8, 12, 'kay');
      const localVersions = kay.store.db.prepare('SELECT count(*) FROM versions').pluck().get() as number;
      const dir = kay.dir;
      kay.store.close();
      const rand = prng(SEED);
      let kills = 0;
      let finished = false;
      for (let attempt = 0; attempt < 25 && !finished; attempt++) {
        const run = runCli(['sync', '--data', dir, '--json']);
        // Starting the CLI takes a second or more on a busy machine: later kills come later, so the
        // kills fall across the whole push, from its first request to its last answer.
        // The first kill comes while the command is still starting or opening the store.
        const delay = attempt === 0 ? 300 : 600 + Math.floor(rand() * 2000) + attempt * 150;
        const timer = setTimeout(() => run.child.kill('SIGKILL'), delay);
        const code = await run.done;
        clearTimeout(timer);
        if (code === 0) finished = true;
        else kills++;
      }
      if (!finished) expect(await runCli(['sync', '--data', dir]).done).toBe(0);
      expect(kills).toBeGreaterThan(0);
      console.log(`kill-mid-sync: ${kills} SIGKILLs of copydesk sync before one finished (seed ${SEED}), ${localVersions} versions`);
      await expectInStep(dir, desk.pool);
      const after = openStore(dir);
      expect(after.db.prepare('SELECT count(*) FROM versions').pluck().get()).toBe(localVersions);
      after.close();
    } finally {
      await desk.close().catch(() => undefined);
    }
  }, 300_000);

  it('the hub process and PostgreSQL killed and restarted while a laptop syncs: nothing lost, nothing doubled', async () => {
    const url = await cluster.createDatabase();
    const pool = openPool(url, 2);
    await initHubSchema(pool);
    const port = await freePort();
    const running: { hub: ChildProcess | null } = { hub: null };
    const startHubProcess = async () => {
      const run = runCli(['hub', 'serve', '--database', url, '--port', String(port)]);
      running.hub = run.child;
      run.child.stderr!.on('data', (d) => process.stderr.write(`[hub] ${d}`));
      await new Promise<void>((resolve, reject) => {
        let out = '';
        run.child.stdout!.on('data', (d) => {
          out += d;
          if (out.includes('Copydesk hub at')) resolve();
        });
        run.done.then((code) => reject(new Error(`hub exited ${code}`)));
      });
    };
    await startHubProcess();
    const hubUrl = `http://127.0.0.1:${port}`;
    const desk = await startDesk(cluster);
    try {
      // A laptop joined to the child hub, its sync in this process.
      const { code } = await addPerson(pool, 'max', 'editor');
      const max = await desk.laptop('max', 'editor', { join: false });
      const sync = new NewsroomSync(max.store, { linkFor: () => new HttpHubLink(hubUrl) });
      await sync.connect({ hubUrl, user: 'max', code });
      await writeALot(max, 10, 10, 'max');
      const rand = prng(SEED + 1);
      let failures = 0;
      for (let round = 0; round < 6; round++) {
        const syncing = sync.syncNow().then(
          () => 'done',
          () => 'failed',
        );
        // The first kill lands while the round's first request is in flight; the others at random
        // moments of a round that has a story's worth of work (a quiet machine finishes one in tens of ms).
        await new Promise((r) => setTimeout(r, round === 0 ? 0 : Math.floor(rand() * 40)));
        if (round % 2 === 0) {
          running.hub!.kill('SIGKILL');
          await new Promise((r) => setTimeout(r, 100));
          await startHubProcess();
        } else {
          cluster.crash();
          cluster.start();
        }
        if ((await syncing) === 'failed') failures++;
        // More work while the desk was down.
        const a = await max.api.createArticle({ headline: `written during outage ${round}` });
        await max.api.checkpoint({ id: a.id, label: 'Filed' });
      }
      // Back to normal: rounds until one succeeds (PostgreSQL may still be in recovery).
      let ok = false;
      let lastError = '';
      for (let i = 0; i < 20 && !ok; i++)
        ok = await sync.syncNow().then(
          () => true,
          async (e: Error) => ((lastError = e.message), await new Promise((r) => setTimeout(r, 500)), false),
        );
      expect(lastError && !ok ? lastError : '').toBe('');
      expect(ok).toBe(true);
      const dir = max.dir;
      await sync.stop();
      max.store.close();
      await expectInStep(dir, pool);
      // At least one round was cut short by a kill (the first has a hundred versions to send).
      expect(failures).toBeGreaterThanOrEqual(1);
      console.log(`kill-mid-sync: ${failures} of 6 rounds cut short by killing the hub or PostgreSQL`);
      const hubDrafts = await pool.query('SELECT count(*)::int AS n FROM articles');
      expect(hubDrafts.rows[0].n).toBe(16);
    } finally {
      running.hub?.kill('SIGKILL');
      await pool.end().catch(() => undefined);
      await desk.close().catch(() => undefined);
    }
  }, 300_000);
});
