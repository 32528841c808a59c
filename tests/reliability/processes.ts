/**
 * Real Copydesk processes for the tests that share one data folder between programs: the
 * `copydesk` command as a user runs it (serve, import, backup), and a web host's API called the
 * way its page calls it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'copydesk.mjs');

/** serve builds the page when it is missing; do it once up front rather than inside a timed step. */
export function ensureBuilt(): void {
  if (existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) return;
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'ensure-build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('the app could not be built');
}

/** A port free right now (the OS picks it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

export interface CommandResult {
  code: number | null;
  out: string;
  err: string;
}

/** Runs `copydesk ARGS...` to the end, without blocking the test's own event loop. */
export function copydesk(...args: string[]): Promise<CommandResult> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('close', (code) => done({ code, out, err }));
  });
}

export interface RunningServe {
  child: ChildProcess;
  url: URL;
  token: string;
  call<T = unknown>(
    method: string,
    args: unknown,
  ): Promise<{ ok: true; result: T } | { ok: false; error: { code: string; message: string } }>;
  /** Waits for the process to end (after a signal). */
  ended: Promise<number | null>;
}

/** Starts `copydesk serve` and resolves once it prints its address; rejects with its stderr if it stops first. */
export function startServe(dataDir: string, port: number): Promise<RunningServe> {
  const child = spawn(process.execPath, [BIN, 'serve', '--data', dataDir, '--port', String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ended = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (chunk) => (err += chunk));
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/at (http:\/\/\S+)/);
      if (!match) return;
      const url = new URL(match[1]!);
      const token = url.searchParams.get('token')!;
      resolve({
        child,
        url,
        token,
        ended,
        call: async (method, args) => {
          const response = await fetch(new URL(`/api/${method}`, url), {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-copydesk-token': token },
            body: JSON.stringify(args),
          });
          return response.json();
        },
      });
    });
    void ended.then((code) => reject(Object.assign(new Error(`copydesk serve stopped (exit ${code}): ${err.trim()}`), { code, err })));
  });
}
