/**
 * A real shared desk for tests: a throwaway PostgreSQL cluster, the hub schema, a hub serving on a
 * free loopback port, and laptops — each a data folder of its own with the app's real services,
 * joined with a real one-time code. A laptop's link to the hub can be cut and restored.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCluster, type TestCluster } from './pg-cluster';
import { initHubSchema, openPool, type HubPool } from '../../src/main/hub/hub-db';
import { addPerson } from '../../src/main/hub/people';
import { startHub, type RunningHub } from '../../src/main/hub/hub-server';
import { openStore, type Store } from '../../src/main/store';
import { createServices } from '../../src/main/services';
import { NewsroomSync } from '../../src/main/sync/newsroom-sync';
import { HttpHubLink, HubUnreachable, type HubLink } from '../../src/main/sync/hub-link';
import type { ApiHandlers } from '../../src/shared/api/contract';
import type { Role } from '../../src/shared/newsroom/roles';
import { blocksToBody } from '../../src/shared/article/blocks';

/** A link that fails like a pulled network cable while cut. */
export class CuttableLink implements HubLink {
  cut = false;
  constructor(private readonly inner: HubLink) {}
  call: HubLink['call'] = async (endpoint, request, session, signal) => {
    if (this.cut) throw new HubUnreachable('The newsroom hub cannot be reached (network cut in test)');
    return this.inner.call(endpoint, request, session, signal);
  };
}

export interface Laptop {
  name: string;
  role: Role;
  dir: string;
  store: Store;
  api: ApiHandlers;
  sync: NewsroomSync;
  link: CuttableLink;
  setNow(iso: string): void;
  close(): void;
}

export interface TestDesk {
  cluster: TestCluster;
  databaseUrl: string;
  pool: HubPool;
  hub: RunningHub;
  laptop(name: string, role: Role, options?: { join?: boolean }): Promise<Laptop>;
  /** A data folder with the app's services (not joined). */
  close(): Promise<void>;
}

export const body = (...paragraphs: string[]) =>
  blocksToBody(paragraphs.map((text, i) => ({ id: `p${i}`, type: 'paragraph' as const, runs: [{ text, format: 0 }] })));

export async function startDesk(cluster?: TestCluster): Promise<TestDesk> {
  const own = !cluster;
  const c = cluster ?? (await startCluster());
  const databaseUrl = await c.createDatabase();
  const pool = openPool(databaseUrl, 4);
  await initHubSchema(pool);
  const hub = await startHub({ database: databaseUrl, port: 0 });
  const laptops: Laptop[] = [];
  const desk: TestDesk = {
    cluster: c,
    databaseUrl,
    pool,
    hub,
    async laptop(name, role, options = {}) {
      const dir = mkdtempSync(join(tmpdir(), `copydesk-${name}-`));
      const store = openStore(dir);
      let clock = '2026-11-06T09:00:00.000Z';
      const link = new CuttableLink(new HttpHubLink(hub.url));
      const sync = new NewsroomSync(store, { linkFor: () => link, now: () => clock });
      const api = createServices(store, { sync, now: () => clock });
      const laptop: Laptop = {
        name,
        role,
        dir,
        store,
        api,
        sync,
        link,
        setNow: (iso) => (clock = iso),
        close: () => {
          void sync.stop();
          store.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
      laptops.push(laptop);
      if (options.join !== false) {
        const { code } = await addPerson(pool, name, role);
        await api.joinNewsroom({ hubUrl: hub.url, user: name, code });
      }
      return laptop;
    },
    async close() {
      for (const l of laptops) l.close();
      await hub.close();
      await pool.end();
      if (own) c.stop();
    },
  };
  return desk;
}
