/** A throwaway data dir with a real store (WAL, synchronous=FULL), removed when done. */
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/main/store/index';

export function tempDir(label: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `copydesk-bench-${label}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function withTempStore<T>(label: string, fn: (store: Store) => Promise<T> | T): Promise<T> {
  const temp = tempDir(label);
  const store = openStore(temp.dir, { skipIntegrityCheck: true });
  try {
    return await fn(store);
  } finally {
    store.close();
    temp.remove();
  }
}

/** Bytes of a sqlite file and its -wal (after the caller's checkpoint). */
export function sqliteBytes(file: string): number {
  let bytes = statSync(file).size;
  if (existsSync(`${file}-wal`)) bytes += statSync(`${file}-wal`).size;
  return bytes;
}

export const MB = 1024 * 1024;

/** A fixed clock that moves a second per call, so edited_at and version times differ. */
export function ticking(start = Date.parse('2026-03-02T09:00:00Z')): () => string {
  let t = start;
  return () => new Date((t += 1000)).toISOString();
}
