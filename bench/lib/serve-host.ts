/**
 * `copydesk serve` on a free port with a throwaway data dir, for the browser benchmarks, and
 * API calls to it the way the web client makes them (token header, JSON).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './temp-store';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ServeHost {
  url: string;
  origin: string;
  token: string;
  call<T>(method: string, args: unknown): Promise<T>;
  stop(): Promise<void>;
}

export async function startServe(): Promise<ServeHost> {
  const temp = tempDir('serve');
  const child: ChildProcess = spawn(process.execPath, ['bin/copydesk.mjs', 'serve', '--data', temp.dir, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`copydesk serve did not start within 60 s: ${err}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`copydesk serve exited with ${code}: ${err}`));
    });
  });
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token')!;
  return {
    url,
    origin: parsed.origin,
    token,
    async call<T>(method: string, args: unknown): Promise<T> {
      const response = await fetch(`${parsed.origin}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-copydesk-token': token },
        body: JSON.stringify(args),
      });
      const outcome = (await response.json()) as { ok: true; result: T } | { ok: false; error: { message: string } };
      if (!outcome.ok) throw new Error(`${method} failed: ${outcome.error.message}`);
      return outcome.result;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      temp.remove();
    },
  };
}
