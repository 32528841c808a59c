/**
 * Random schedules with photos on a real hub: two laptops adding photos to one story and typing,
 * syncing, having their link cut and restored, and being killed (mid-sync or between steps). After
 * every step the hub holds every photo any of its texts shows; once everyone is back and synced,
 * each photo is on the hub once with its own bytes, and each laptop holds every photo its drafts
 * and versions show, with nothing still awaited. fast-check with a fixed seed (COPYDESK_HUB_SEED).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { startCluster, type TestCluster } from './pg-cluster';
import { CuttableLink } from './desk-harness';
import { png } from '../photos/images';
import { initHubSchema, openPool } from '../../src/main/hub/hub-db';
import { addPerson } from '../../src/main/hub/people';
import { startHub } from '../../src/main/hub/hub-server';
import { openStore, type Store } from '../../src/main/store';
import { createServices } from '../../src/main/services';
import { NewsroomSync } from '../../src/main/sync/newsroom-sync';
import { HttpHubLink } from '../../src/main/sync/hub-link';
import { sha256Hex } from '../../src/main/store/photo-store';
import { waitingPhotoCount } from '../../src/main/store/photo-wants';
import { check } from '../../src/cli/commands/check';
import { bodyToBlocks, blocksToBody } from '../../src/shared/article/blocks';
import { photosNamedBy } from '../../src/shared/newsroom/photos-named';
import type { ApiHandlers } from '../../src/shared/api/contract';
import type { ArticleContent } from '../../src/shared/article/article';

const SEED = Number(process.env.COPYDESK_HUB_SEED ?? 1414);
const RUNS = Number(process.env.COPYDESK_HUB_RUNS ?? 6);

let cluster: TestCluster;
beforeAll(async () => {
  cluster = await startCluster();
}, 60_000);
afterAll(() => cluster?.stop());

type Step = { op: 'photo' | 'type' | 'sync' | 'cut' | 'restore' | 'kill' | 'kill-mid-sync'; who: 0 | 1 };

const step: fc.Arbitrary<Step> = fc.record({
  op: fc.constantFrom<Step['op']>('photo', 'photo', 'type', 'sync', 'sync', 'sync', 'cut', 'restore', 'kill', 'kill-mid-sync'),
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

/** Photos the hub's texts show that the hub does not hold (must always be none). */
async function photosLackingOnHub(pool: Pool): Promise<string[]> {
  const texts = await pool.query('SELECT draft AS text FROM articles UNION ALL SELECT content FROM versions');
  const named = photosNamedBy(texts.rows.map((r) => JSON.parse(r.text as string) as ArticleContent));
  const held = new Set((await pool.query('SELECT hash FROM photos')).rows.map((r) => r.hash as string));
  return named.filter((hash) => !held.has(hash));
}

describe('random schedules with photos', () => {
  it('the hub never shows a photo it lacks; everyone ends with every photo, each stored once', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 18 }), async (steps) => {
        run++;
        const url = await cluster.createDatabase(`photos_${process.pid}_${run}_${Math.floor(Math.random() * 1e6)}`);
        const pool = openPool(url, 2);
        await initHubSchema(pool);
        const hub = await startHub({ database: url, port: 0 });
        const machines: Machine[] = [];
        try {
          for (const name of ['ana', 'ben']) {
            const dir = mkdtempSync(join(tmpdir(), `copydesk-photoprop-${name}-`));
            const m = boot(dir, new CuttableLink(new HttpHubLink(hub.url)));
            const { code } = await addPerson(pool, name, 'editor');
            await m.api.joinNewsroom({ hubUrl: hub.url, user: name, code });
            machines.push(m);
          }
          const story = await machines[0]!.api.createArticle({ headline: 'Photo schedules' });
          await machines[0]!.api.syncNow({});
          await machines[1]!.api.syncNow({});
          const added = new Set<string>();
          let n = 0;
          for (const s of steps) {
            const m = machines[s.who]!;
            switch (s.op) {
              case 'photo':
              case 'type': {
                n++;
                const now = await m.api.getArticle({ id: story.id });
                const blocks = bodyToBlocks(now.body);
                if (s.op === 'photo') {
                  const photo = await m.api.addPhoto({ fileName: `p${n}.png`, base64: png(24, 16, run * 100 + n).toString('base64') });
                  added.add(photo.hash);
                  blocks.push({
                    id: `ph${s.who}x${n}`,
                    type: 'photo',
                    runs: [],
                    photo: {
                      hash: photo.hash,
                      mime: photo.mime,
                      width: photo.width,
                      height: photo.height,
                      caption: `Photo ${n}`,
                      credit: '',
                      alt: '',
                    },
                  });
                } else blocks.push({ id: `p${s.who}x${n}`, type: 'paragraph', runs: [{ text: `word ${n}`, format: 0 }] });
                await m.api.saveDraft({ id: story.id, baseRevision: now.revision, patch: { body: blocksToBody(blocks) } });
                if (n % 2 === 0) await m.api.checkpoint({ id: story.id, label: `take ${n}` });
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
            expect(await photosLackingOnHub(pool), `after ${s.op} of ${JSON.stringify(steps)}`).toEqual([]);
          }
          for (const m of machines) m.link.cut = false;
          for (let round = 0; round < 2; round++) for (const m of machines) await m.api.syncNow({});

          expect(await photosLackingOnHub(pool)).toEqual([]);
          const onHub = await pool.query('SELECT hash, bytes FROM photos');
          for (const row of onHub.rows) expect(sha256Hex(row.bytes as Buffer)).toBe(row.hash);
          // Every photo a text on the desk shows came from a laptop that added it, and is there once (primary key).
          const hubHashes = new Set(onHub.rows.map((r) => r.hash as string));
          for (const hash of hubHashes) expect(added.has(hash)).toBe(true);
          for (const m of machines) {
            expect(m.store.newsroom.waitingCount()).toBe(0);
            expect(waitingPhotoCount(m.store.db)).toBe(0);
            // copydesk check: every photo a draft or version shows is here, every stored photo whole.
            m.store.close();
            const said: string[] = [];
            expect(check({ values: {}, positionals: [], dataDir: m.dir, out: (t) => said.push(t) }), JSON.stringify(steps)).toBe(0);
            expect(said.join('\n')).toMatch(/^healthy: /);
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
