/**
 * Nothing acknowledged is lost when the process dies. A real writer process (writer.ts: the
 * store through the services) is SIGKILLed at random points, again and again on one data dir;
 * after every kill the store must be healthy (`copydesk check`, which also hashes every stored
 * photo and looks for every photo a draft or version names) and every write the writer
 * acknowledged before dying — drafts, versions and photos — must read back byte for byte.
 *
 * Fast mode (CI): 200 kills. More on demand: COPYDESK_CRASH_KILLS=2000. Reproduce a run with
 * COPYDESK_CRASH_SEED=N (the seed is printed).
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/main/store';
import { check } from '../../src/cli/commands/check';
import { bundleWriter } from './bundle-writer';
import { canonicalFor, photoFor, prng, sha256, type Ack } from './crash-content';
import { photoBytes } from '../../src/main/store/photo-store';

const KILLS = Math.max(1, Number(process.env.COPYDESK_CRASH_KILLS ?? 200));
const SEED = Number(process.env.COPYDESK_CRASH_SEED ?? Math.floor(Math.random() * 1e9));
/** The real CLI costs about a second to start: run it every CLI_EVERY kills and after the last. */
const CLI_EVERY = Number(process.env.COPYDESK_CRASH_CLI_EVERY ?? 20);
const ROOT = join(import.meta.dirname, '..', '..');
/**
 * SIGKILL ends the process, not the kernel: what reached the page cache survives whatever the
 * file system, so a RAM disk tests the same thing without waiting on a busy disk's fsync.
 * (Power loss is another matter: synchronous=FULL, see store/database.ts.)
 */
const CRASH_DIR = process.env.COPYDESK_CRASH_DIR ?? (existsSync('/dev/shm') ? '/dev/shm' : tmpdir());

interface Article {
  slot: number;
  /** The newest draft revision the writer acknowledged. */
  draft: number;
  /** Every acknowledged version: number → sha256 of its canonical bytes. */
  versions: Map<number, string>;
}

interface Run {
  acks: Ack[];
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
}

interface Writer {
  /** Lets the warmed-up writer open the store, and SIGKILLs it after a random delay. */
  go(rand: () => number): Promise<Run>;
}

/**
 * Starts a writer that loads its code and waits; go() lets it run and kills it after a random
 * delay: mostly mid-writing, sometimes while it is still opening the store.
 */
function startWriter(command: string[], dataDir: string, seed: number): Writer {
  const child = spawn(process.execPath, [...command, dataDir, String(seed), '--wait'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const acks: Ack[] = [];
  let pending = '';
  let stderr = '';
  let timer: NodeJS.Timeout | undefined;
  let onAck: (ack: Ack) => void = () => undefined;
  const killAfter = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => child.kill('SIGKILL'), ms);
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? ''; // a partial last line was cut by the kill: never an acknowledgement
    for (const line of lines) {
      const ack = JSON.parse(line) as Ack;
      acks.push(ack);
      onAck(ack);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const closed = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ acks, signal, code, stderr });
    });
  });
  return {
    go(rand) {
      const mode = rand();
      if (mode < 0.1) {
        killAfter(rand() * 60); // while it opens the store (recovery, integrity check, migration)
      } else {
        // Mostly after its first acknowledged write, so most runs leave something to check.
        const after = mode < 0.25 ? 'ready' : 'draft';
        let armed = false;
        onAck = (ack) => {
          if (armed || (ack.t !== after && !(after === 'draft' && ack.t === 'version'))) return;
          armed = true;
          killAfter(rand() * 300);
        };
      }
      child.stdin.end('go\n');
      return closed;
    },
  };
}

function record(articles: Map<string, Article>, photos: Map<string, Ack & { t: 'photo' }>, acks: Ack[]): void {
  for (const ack of acks) {
    if (ack.t === 'ready') continue;
    if (ack.t === 'photo') {
      photos.set(ack.hash, ack);
      continue;
    }
    const article = articles.get(ack.id) ?? { slot: ack.slot, draft: 0, versions: new Map() };
    articles.set(ack.id, article);
    if (ack.t === 'draft') article.draft = Math.max(article.draft, ack.revision);
    if (ack.t === 'version') article.versions.set(ack.number, ack.sha);
  }
}

/** Every acknowledged write reads back byte for byte; returns what was checked. */
function verify(
  dataDir: string,
  articles: Map<string, Article>,
  photos: Iterable<Ack & { t: 'photo' }>,
  onlyVersions?: Set<string>,
): { drafts: number; versions: number; photos: number } {
  const store = openStore(dataDir); // runs the integrity check: a damaged store throws here
  let drafts = 0;
  let versions = 0;
  let photoCount = 0;
  try {
    for (const photo of photos) {
      const stored = photoBytes(store.db, photo.hash); // hashes the bytes again: a half photo throws
      expect(stored, `photo ${photo.hash} (acknowledged) is missing`).toBeDefined();
      expect(
        Buffer.from(stored!.bytes).equals(photoFor(photo.slot, photo.revision)!.bytes),
        `photo of slot ${photo.slot} take ${photo.revision}`,
      ).toBe(true);
      photoCount++;
    }
    for (const [id, article] of articles) {
      const row = store.db.prepare('SELECT draft, revision FROM articles WHERE id = ?').get(id) as
        { draft: string; revision: number } | undefined;
      expect(row, `article ${id} (acknowledged) is missing`).toBeDefined();
      // The draft is the latest acknowledged revision or a later one that committed unannounced.
      expect(row!.revision).toBeGreaterThanOrEqual(article.draft);
      if (row!.revision > 0)
        expect(row!.draft === canonicalFor(article.slot, row!.revision), `draft of ${id} at revision ${row!.revision}`).toBe(true);
      drafts++;
      for (const [number, sha] of article.versions) {
        if (onlyVersions && !onlyVersions.has(`${id}@${number}`)) continue;
        expect(sha256(store.versions.readText(id, number)), `version ${number} of ${id}`).toBe(sha);
        versions++;
      }
    }
  } finally {
    store.close();
  }
  return { drafts, versions, photos: photoCount };
}

function cliCheck(dataDir: string): string {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'copydesk.mjs'), 'check', '--data', dataDir], {
    encoding: 'utf8',
    cwd: ROOT,
  });
  expect(result.status, `copydesk check failed: ${result.stderr}`).toBe(0);
  return result.stdout.trim();
}

describe('crash safety', () => {
  it(
    `keeps every acknowledged write through ${KILLS} SIGKILLs of a writing process (seed ${SEED})`,
    async () => {
      const work = mkdtempSync(join(CRASH_DIR, 'copydesk-crash-'));
      const dataDir = join(work, 'data');
      mkdirSync(dataDir);
      let command: string[];
      try {
        command = [await bundleWriter(work)];
      } catch {
        command = ['--import', 'tsx', join(import.meta.dirname, 'writer.ts')];
      }
      const rand = prng(SEED);
      const articles = new Map<string, Article>();
      const photos = new Map<string, Ack & { t: 'photo' }>();
      let survived = 0;
      let acknowledged = 0;
      let cliChecks = 0;
      let lastCli = '';
      let next = startWriter(command, dataDir, SEED);
      try {
        for (let kill = 0; kill < KILLS; kill++) {
          const running = next.go(rand);
          next = startWriter(command, dataDir, SEED + kill + 1); // warms up while this one runs
          const t0 = performance.now();
          const run = await running;
          const t1 = performance.now();
          expect(run.signal, `the writer stopped by itself (code ${run.code}): ${run.stderr}`).toBe('SIGKILL');
          record(articles, photos, run.acks);
          acknowledged += run.acks.filter((a) => a.t === 'draft' || a.t === 'version' || a.t === 'photo').length;
          // Versions acknowledged in this run are read back now; all of them at every CLI check.
          const fresh = new Set(run.acks.flatMap((a) => (a.t === 'version' ? [`${a.id}@${a.number}`] : [])));
          const full = (kill + 1) % CLI_EVERY === 0 || kill === KILLS - 1;
          const freshPhotos = run.acks.filter((a): a is Ack & { t: 'photo' } => a.t === 'photo');
          verify(dataDir, articles, full ? photos.values() : freshPhotos, full ? undefined : fresh);
          const lines: string[] = [];
          expect(check({ values: {}, positionals: [], dataDir, out: (t) => lines.push(t) })).toBe(0);
          if (full) {
            lastCli = cliCheck(dataDir);
            cliChecks++;
          }
          survived++;
          if (process.env.COPYDESK_CRASH_DEBUG)
            console.log(
              `kill ${kill}: run ${Math.round(t1 - t0)} ms, ${run.acks.length} acks, verify+check ${Math.round(performance.now() - t1)} ms`,
            );
        }
      } finally {
        await next.go(() => 0).catch(() => undefined); // the spare writer: killed at once
        const versions = [...articles.values()].reduce((n, a) => n + a.versions.size, 0);
        console.log(
          `crash test (seed ${SEED}): ${survived}/${KILLS} kills survived, ${acknowledged} acknowledged writes (${versions} versions, ${photos.size} photos) all read back; ${cliChecks} runs of copydesk check: ${lastCli}`,
        );
        rmSync(work, { recursive: true, force: true });
      }
      expect(survived).toBe(KILLS);
      expect(acknowledged).toBeGreaterThan(0);
      expect(photos.size, 'the writer committed photos for the kills to land among').toBeGreaterThan(0);
    },
    KILLS * 4000 + 60_000,
  );
});
