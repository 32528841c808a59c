/**
 * Random schedules on a real hub: two laptops typing into one story, syncing, having their link cut
 * and restored, and being killed (mid-sync or between steps) and started again. Whatever the order,
 * once everyone is back online and synced: every word typed is on the hub as the draft or in a
 * version, both laptops hold the hub's draft, and no version exists twice anywhere.
 * fast-check with a fixed seed, so a failure replays exactly (COPYDESK_HUB_SEED changes it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startCluster, type TestCluster } from './pg-cluster';
import { body, CuttableLink } from './desk-harness';
import { initHubSchema, openPool } from '../../src/main/hub/hub-db';
import { addPerson } from '../../src/main/hub/people';
import { startHub } from '../../src/main/hub/hub-server';
import { openStore, type Store } from '../../src/main/store';
import { createServices } from '../../src/main/services';
import { NewsroomSync } from '../../src/main/sync/newsroom-sync';
import { HttpHubLink } from '../../src/main/sync/hub-link';
import { bodyPlainText } from '../../src/shared/article/content';
import type { ApiHandlers } from '../../src/shared/api/contract';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SEED = Number(process.env.COPYDESK_HUB_SEED ?? 4242);
const RUNS = Number(process.env.COPYDESK_HUB_RUNS ?? 12);

let cluster: TestCluster;
beforeAll(async () => {
  cluster = await startCluster();
}, 60_000);
afterAll(() => cluster?.stop());

type Step = { op: 'type' | 'sync' | 'cut' | 'restore' | 'kill' | 'kill-mid-sync'; who: 0 | 1 };

const step: fc.Arbitrary<Step> = fc.record({
  op: fc.constantFrom<Step['op']>('type', 'type', 'type', 'sync', 'sync', 'cut', 'restore', 'kill', 'kill-mid-sync'),
  who: fc.constantFrom<0 | 1>(0, 1),
});

interface Machine {
  dir: string;
  link: CuttableLink;
  store: Store;
  sync: NewsroomSync;
  api: ApiHandlers;
}

function boot(dir: string, link: CuttableLink): Machine {
  const store = openStore(dir);
  const sync = new NewsroomSync(store, { linkFor: () => link });
  return { dir, link, store, sync, api: createServices(store, { sync }) };
}

describe('random schedules of edit, sync, cut and kill', () => {
  it('lose no word and double no version', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 24 }), async (steps) => {
        run++;
        const url = await cluster.createDatabase(`schedule_${process.pid}_${run}_${Math.floor(Math.random() * 1e6)}`);
        const pool = openPool(url, 2);
        await initHubSchema(pool);
        const hub = await startHub({ database: url, port: 0 });
        const machines: Machine[] = [];
        try {
          for (const name of ['ana', 'ben']) {
            const dir = mkdtempSync(join(tmpdir(), `copydesk-prop-${name}-`));
            const m = boot(dir, new CuttableLink(new HttpHubLink(hub.url)));
            const { code } = await addPerson(pool, name, 'editor');
            await m.api.joinNewsroom({ hubUrl: hub.url, user: name, code });
            machines.push(m);
          }
          const story = await machines[0]!.api.createArticle({ headline: 'Schedules' });
          await machines[0]!.api.syncNow({});
          await machines[1]!.api.syncNow({});
          const typed: string[] = [];
          let n = 0;
          for (const s of steps) {
            const m = machines[s.who]!;
            switch (s.op) {
              case 'type': {
                const word = `w${s.who}x${n++}`;
                const now = await m.api.getArticle({ id: story.id });
                await m.api.saveDraft({
                  id: story.id,
                  baseRevision: now.revision,
                  patch: { body: body(`${bodyPlainText(now).trim()} ${word}`.trim()) },
                });
                if (n % 3 === 0) await m.api.checkpoint({ id: story.id, label: `after ${word}` });
                typed.push(word);
                break;
              }
              case 'sync':
                await Promise.resolve()
                  .then(() => m.api.syncNow({}))
                  .catch(() => undefined);
                break;
              case 'cut':
                m.link.cut = true;
                break;
              case 'restore':
                m.link.cut = false;
                break;
              case 'kill':
              case 'kill-mid-sync': {
                const dying = s.op === 'kill-mid-sync' ? m.sync.syncNow().catch(() => undefined) : Promise.resolve();
                if (s.op === 'kill-mid-sync') await new Promise((r) => setTimeout(r, n % 7));
                m.store.close();
                await dying;
                machines[s.who] = boot(m.dir, m.link);
                break;
              }
            }
          }
          for (const m of machines) m.link.cut = false;
          for (let round = 0; round < 2; round++) for (const m of machines) await m.api.syncNow({});

          const draft = (await pool.query('SELECT draft FROM articles WHERE id = $1', [story.id])).rows[0].draft as string;
          const versions = (await pool.query('SELECT content FROM versions WHERE article_id = $1', [story.id])).rows.map(
            (r) => r.content as string,
          );
          const everything = [draft, ...versions].join('\n');
          for (const word of typed) expect(everything, `word ${word} of ${JSON.stringify(steps)}`).toContain(word);
          for (const m of machines) {
            expect(bodyPlainText(await m.api.getArticle({ id: story.id }))).toBe(bodyPlainText(JSON.parse(draft)));
            expect(m.store.newsroom.waitingCount()).toBe(0);
            const local = m.store.db.prepare('SELECT count(*) FROM versions WHERE article_id = ?').pluck().get(story.id);
            expect(local).toBe(versions.length);
          }
        } finally {
          for (const m of machines) {
            m.store.close();
            rmSync(m.dir, { recursive: true, force: true });
          }
          await hub.close();
          await pool.end();
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  }, 600_000);
});
