/**
 * Each test starts its own `copydesk serve` on a free port with an empty data dir, and
 * each page opens the address it printed (token included), as a person would.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Host {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
}

/**
 * `dataDir` and `port` restart a host on the same folder and address (as a person restarting
 * `copydesk serve` would); `keepData` leaves the folder for that restart; `args` adds flags.
 */
export async function startHost(
  options: { dataDir?: string; port?: number; keepData?: boolean; args?: string[] } = {},
): Promise<{ host: Host; stop: () => Promise<void> }> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'copydesk-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    ['bin/copydesk.mjs', 'serve', '--data', dataDir, '--port', String(options.port ?? 0), ...(options.args ?? [])],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`copydesk serve did not start: ${err}`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`copydesk serve exited with ${code}: ${err}`)));
  });
  const parsed = new URL(url);
  const host = { url, origin: parsed.origin, token: parsed.searchParams.get('token')!, dataDir };
  return {
    host,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh host and an empty desk for every test, so tests never see each other's articles. */
export const test = base.extend<{ desk: Page; host: Host }>({
  host: async ({}, use) => {
    const { host, stop } = await startHost();
    await use(host);
    await stop();
  },
  desk: async ({ page, host }, use) => {
    await page.goto(host.url);
    await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
    await use(page);
  },
});

export { expect };
