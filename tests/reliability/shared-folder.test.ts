/**
 * One data folder, many processes, each made for real: two `copydesk serve` on one folder (the
 * second refused with the first one's name; the folder taken over once the first is killed), a
 * `copydesk import` while the web host autosaves continuously (it waits its turn and succeeds),
 * a restore refused while a server has the folder, and two writers saving at full speed into one
 * store (no save refused: write transactions are IMMEDIATE, so SQLITE_BUSY_SNAPSHOT cannot occur).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, copydesk, ensureBuilt, freePort, startServe, type RunningServe } from './processes';

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

beforeAll(() => ensureBuilt(), 300_000);

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-shared-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function serve(dir: string, port = 0): Promise<RunningServe> {
  const running = await startServe(dir, port);
  cleanups.push(() => running.child.kill('SIGKILL'));
  return running;
}

const FIXTURE = join(ROOT, 'src', 'main', 'import', 'fixtures', 'harbor-closure.txt');

describe('one data folder, one long-lived writer', () => {
  it("refuses a second copydesk serve with the holder's name, and takes over from a killed one", async () => {
    const dir = tempDir();
    const port = await freePort();
    const first = await serve(dir, port);

    const second = await copydesk('serve', '--data', dir, '--port', '0');
    expect(second.code).not.toBe(0);
    expect(second.out).not.toMatch(/Copydesk is serving/);
    const since = /since (\d\d:\d\d)\)/.exec(second.err)?.[1];
    expect(second.err.trim()).toBe(
      `copydesk: This data folder is open in copydesk serve on port ${port} (pid ${first.child.pid}, since ${since}). Close it first, or choose another folder with --data.`,
    );
    // The first server is unharmed.
    expect((await first.call('listArticles', {})).ok).toBe(true);

    // A holder that dies without a word (kill -9) leaves nothing that keeps the folder taken.
    first.child.kill('SIGKILL');
    await first.ended;
    const third = await serve(dir);
    expect((await third.call('createArticle', { headline: 'Night desk takes over' })).ok).toBe(true);
    third.child.kill('SIGTERM');
    expect(await third.ended).toBe(0);
  }, 120_000);

  it('refuses to restore a backup under a running server, leaving the store as it was', async () => {
    const dir = tempDir();
    const running = await serve(dir);
    const created = await running.call<{ id: string }>('createArticle', { headline: 'Harbor reopens' });
    expect(created.ok).toBe(true);
    const backup = join(dir, 'manual.sqlite');
    const made = await copydesk('backup', '-o', backup, '--data', dir);
    expect(made.code).toBe(0);
    const before = createHash('sha256').update(readFileSync(backup)).digest('hex');

    const restored = await copydesk('backup', '--restore', backup, '--data', dir);
    expect(restored.code).not.toBe(0);
    expect(restored.err).toMatch(
      new RegExp(
        `^copydesk: This data folder is open in copydesk serve \\(pid ${running.child.pid}, since \\d\\d:\\d\\d\\)\\. Close it first, or restore from its Backups view; the current store was not changed\\.`,
      ),
    );
    expect(createHash('sha256').update(readFileSync(backup)).digest('hex')).toBe(before);
    const list = await running.call<{ headline: string }[]>('listArticles', {});
    expect(list.ok && list.result.map((a) => a.headline)).toEqual(['Harbor reopens']);
  }, 120_000);
});

describe('short commands wait their turn', () => {
  it('imports from the command line 6 times of 6 while the web host autosaves without pause', async () => {
    const dir = tempDir();
    const running = await serve(dir);
    const created = await running.call<{ id: string; revision: number }>('createArticle', { headline: 'Storm live file' });
    if (!created.ok) throw new Error(created.error.message);
    let revision = created.result.revision;

    // Typing without pause: an autosave every 20 ms (the editor makes one a second), so the host is
    // always in or near a write when an import comes.
    let typing = true;
    const autosaveRefusals: string[] = [];
    let autosaves = 0;
    const autosaving = (async () => {
      for (let n = 0; typing; n++) {
        const saved = await running.call<{ revision: number }>('saveDraft', {
          id: created.result.id,
          patch: { headline: `Storm live file, update ${n}` },
          baseRevision: revision,
        });
        if (saved.ok) revision = saved.result.revision;
        else autosaveRefusals.push(saved.error.message);
        autosaves++;
        await new Promise((done) => setTimeout(done, 20));
      }
    })();

    const imports = [];
    for (let n = 0; n < 6; n++) imports.push(await copydesk('import', FIXTURE, '--data', dir, '--json'));
    typing = false;
    await autosaving;

    expect(imports.map((i) => [i.code, i.err.trim()])).toEqual(Array.from({ length: 6 }, () => [0, '']));
    expect(autosaves).toBeGreaterThan(20);
    expect(autosaveRefusals).toEqual([]);
    const list = await running.call<{ headline: string }[]>('listArticles', {});
    expect(list.ok && list.result.length).toBe(7);
  }, 300_000);

  it('two writers saving at full speed into one store: no save refused', async () => {
    const dir = tempDir();
    // The store exists before the writers race to open it.
    expect((await copydesk('list', '--data', dir)).code).toBe(0);
    const writers = [0, 1].map(() => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'stress-writer.ts'), dir, '300'], {
        cwd: ROOT,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      cleanups.push(() => child.kill('SIGKILL'));
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.stderr.on('data', (chunk) => (err += chunk));
      const ended = new Promise<{ code: number | null; out: string; err: string }>((done) =>
        child.on('close', (code) => done({ code, out, err })),
      );
      const ready = new Promise<void>((done, fail) => {
        child.stdout.on('data', () => out.startsWith('ready\n') && done());
        void ended.then(({ code }) => fail(new Error(`a writer stopped before it was ready (exit ${code}): ${err}`)));
      });
      return { child, ready, ended };
    });
    await Promise.all(writers.map((w) => w.ready));
    for (const w of writers) w.child.stdin.end('go\n');
    const results = await Promise.all(writers.map((w) => w.ended));
    for (const result of results) {
      expect(result.err).toBe('');
      expect(result.code).toBe(0);
      const report = JSON.parse(result.out.split('\n')[1]!) as { calls: number; refused: unknown[] };
      expect(report.calls).toBe(315);
      expect(report.refused).toEqual([]);
    }
  }, 180_000);
});
