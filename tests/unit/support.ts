/** Helpers for tests that need a real store in a temporary data dir. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/main/store';
import { createServices } from '../../src/main/services';
import type { ApiHandlers } from '../../src/shared/api/contract';

export interface TestStore {
  dir: string;
  store: Store;
  handlers: ApiHandlers;
  /** Moves the services' clock. */
  setNow(iso: string): void;
  cleanup(): void;
}

export function testStore(now = '2026-11-05T09:00:00+09:00'): TestStore {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-test-'));
  const store = openStore(dir);
  let clock = now;
  const handlers = createServices(store, { now: () => clock });
  return {
    dir,
    store,
    handlers,
    setNow: (iso) => (clock = iso),
    cleanup: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
