/**
 * The `-wal` file beside the store deleted or replaced while a process has the store open (a
 * cleanup or sync tool): SQLite would go on committing into the orphaned file, every save
 * answered OK and then lost at the next start. The next save must be refused instead, and what
 * was confirmed before must survive a kill of that process.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { openStore } from '../../src/main/store';
import { DATABASE_FILE, integrityProblems } from '../../src/main/store/database';
import { ROOT } from './processes';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const fn of cleanups.splice(0).reverse()) {
    try {
      fn();
    } catch {
      // keep cleaning
    }
  }
});

type Outcome = { ok: true; result: { id: string; revision: number } } | { ok: false; error: { code: string; message: string } };

/** A real process holding the store open, answering one API call per line. */
async function storeProcess(dir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'api-driver.ts'), dir], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  cleanups.push(() => child.kill('SIGKILL'));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  expect((await lines.next()).value).toBe('ready');
  return {
    child,
    call: async (method: string, args: unknown): Promise<Outcome> => {
      child.stdin.write(JSON.stringify({ method, args }) + '\n');
      return JSON.parse((await lines.next()).value as string) as Outcome;
    },
  };
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-wal-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('the -wal file taken away while the store is open', () => {
  for (const fault of ['deleted', 'replaced'] as const) {
    it(`${fault}: the next save is refused, and every save confirmed before survives a kill`, async () => {
      const dir = tempDir();
      const wal = join(dir, `${DATABASE_FILE}-wal`);
      const writer = await storeProcess(dir);
      const created = await writer.call('createArticle', { headline: 'Ferry strike' });
      if (!created.ok) throw new Error(created.error.message);
      const { id } = created.result;
      let revision = created.result.revision;
      for (const take of ['Ferry strike enters day two', 'Ferry strike ends']) {
        const saved = await writer.call('saveDraft', { id, patch: { headline: take }, baseRevision: revision });
        expect(saved.ok).toBe(true);
        if (saved.ok) revision = saved.result.revision;
      }
      expect(existsSync(wal)).toBe(true);

      if (fault === 'deleted') rmSync(wal);
      else {
        // Same bytes, another file: what a sync tool does when it "restores" a file it saw change.
        copyFileSync(wal, `${wal}.copy`);
        renameSync(`${wal}.copy`, wal);
      }
      const refused = await writer.call('saveDraft', {
        id,
        patch: { headline: 'Ferry strike ends; service resumes' },
        baseRevision: revision,
      });
      expect(refused.ok).toBe(false);
      if (!refused.ok) {
        expect(refused.error.message).toMatch(
          /^copydesk\.sqlite-wal beside .+ was deleted or replaced while Copydesk had it open \(by a cleanup or sync tool\?\), so this change was not confirmed\. Everything saved before is safe in .+\. Restart Copydesk to go on saving; your text stays on screen meanwhile\.$/,
        );
      }
      // Refused again on retry: the orphaned file is never trusted.
      expect(
        (await writer.call('saveDraft', { id, patch: { headline: 'Ferry strike ends; service resumes' }, baseRevision: revision })).ok,
      ).toBe(false);

      writer.child.kill('SIGKILL');
      await new Promise((done) => writer.child.once('close', done));
      const store = openStore(dir);
      cleanups.push(() => store.close());
      expect(integrityProblems(store.db)).toEqual([]);
      expect(store.articles.get(id)).toMatchObject({ headline: 'Ferry strike ends', revision });
    });
  }
});
