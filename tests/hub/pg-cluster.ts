/**
 * A throwaway PostgreSQL cluster for tests: Debian's postgresql binaries, initdb + pg_ctl in a temp
 * folder on a free port, stopped and removed afterwards. No mock of PostgreSQL anywhere: the hub is
 * tested against the real engine. As root (CI), the server runs as the `postgres` user.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) throw new Error('PostgreSQL is not installed: run "apt-get install postgresql" (bash .ci/run does it).');
  return join(root, versions[0], 'bin');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const asRoot = process.getuid?.() === 0;

function run(bin: string, args: string[]): string {
  const argv = asRoot ? ['-u', 'postgres', '--', join(postgresBin(), bin), ...args] : args;
  return execFileSync(asRoot ? 'runuser' : join(postgresBin(), bin), argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface TestCluster {
  dir: string;
  port: number;
  /** URL of a fresh database in this cluster. */
  createDatabase(name?: string): Promise<string>;
  /** PostgreSQL killed as a crash would (every backend at once, no clean shutdown). */
  crash(): void;
  start(): void;
  stop(): void;
}

let counter = 0;

export async function startCluster(): Promise<TestCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-pg-'));
  if (asRoot) {
    const pw = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim();
    const gid = execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim();
    chownSync(dir, Number(pw), Number(gid));
  }
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'copydesk', '-E', 'UTF8', '--no-sync', '--locale=C.UTF-8']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const start = () => run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  start();
  const admin = `postgres://copydesk@127.0.0.1:${port}/postgres`;
  const cluster: TestCluster = {
    dir,
    port,
    async createDatabase(name = `desk_${process.pid}_${++counter}`) {
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      return `postgres://copydesk@127.0.0.1:${port}/${name}`;
    },
    crash: () => {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    },
    start: () => {
      start();
    },
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return cluster;
}
