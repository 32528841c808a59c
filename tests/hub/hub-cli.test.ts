/**
 * The hub and joining from a terminal, through the real `copydesk` command: init and its refusal of a
 * newer schema, people with one-time codes, the plain-HTTP refusal, connect (and its refusal to
 * switch hubs silently), sync's JSON.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCluster, freePort, type TestCluster } from './pg-cluster';
import { openPool } from '../../src/main/hub/hub-db';

const CLI = join(import.meta.dirname, '..', '..', 'bin', 'copydesk.mjs');
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, COPYDESK_HUB_DATABASE: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

let cluster: TestCluster;
let url: string;
const folders: string[] = [];
beforeAll(async () => {
  cluster = await startCluster();
  url = await cluster.createDatabase();
}, 60_000);
afterAll(() => {
  cluster?.stop();
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

describe('copydesk hub', () => {
  it('init creates the schema once, and refuses a database of a newer one', async () => {
    expect(cli('hub', 'init', '--database', url)).toMatchObject({ code: 0, out: expect.stringMatching(/ready \(version 0 → 2\)/) });
    expect(cli('hub', 'init', '--database', url)).toMatchObject({ code: 0, out: expect.stringMatching(/up to date/) });
    const other = await cluster.createDatabase();
    expect(cli('hub', 'init', '--database', other)).toMatchObject({ code: 0 });
    const pool = openPool(other, 1);
    await pool.query(`UPDATE hub_meta SET value = '99' WHERE key = 'schema_version'`);
    await pool.end();
    expect(cli('hub', 'init', '--database', other)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/hub schema 99; this Copydesk knows 2\. Update Copydesk/),
    });
    expect(cli('hub', 'init')).toMatchObject({ code: 2, err: expect.stringMatching(/Name the newsroom database/) });
    expect(cli('hub', 'init', '--database', 'postgres://copydesk@127.0.0.1:1/none')).toMatchObject({
      code: 1,
      err: expect.stringMatching(/not accepting connections/),
    });
    expect(cli('hub', '--help')).toMatchObject({ code: 0, out: expect.stringMatching(/Usage: copydesk hub init\|serve/) });
  });

  it('adds people with one-time codes, lists and disables them', () => {
    const added = cli('hub', 'user', 'add', 'kim', '--role', 'reporter', '--database', url, '--json');
    expect(added.code).toBe(0);
    expect(JSON.parse(added.out)).toEqual({ user: 'kim', role: 'reporter', code: expect.stringMatching(/^[A-Z0-9-]{17}$/) });
    expect(cli('hub', 'user', 'add', 'kim', '--role', 'editor', '--database', url)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/already a user named kim/),
    });
    expect(cli('hub', 'user', 'add', 'x', '--role', 'boss', '--database', url)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/"boss" is not a role/),
    });
    cli('hub', 'user', 'add', 'gone', '--role', 'editor', '--database', url);
    expect(cli('hub', 'user', 'disable', 'gone', '--database', url)).toMatchObject({ code: 0 });
    const list = JSON.parse(cli('hub', 'user', 'list', '--database', url, '--json').out);
    expect(list.map((p: { name: string; disabledAt: string | null }) => [p.name, !!p.disabledAt])).toEqual([
      ['gone', true],
      ['kim', false],
    ]);
    const audit = JSON.parse(cli('hub', 'audit', '--database', url, '--json').out);
    expect(audit.intact).toBe(true);
    expect(audit.entries.map((e: { action: string }) => e.action)).toEqual(['user-disabled', 'user-added', 'user-added']);
  });

  it('refuses plain HTTP off this machine unless told, and serves one line with its URL', async () => {
    const url = await cluster.createDatabase();
    expect(cli('hub', 'init', '--database', url).code).toBe(0);
    expect(cli('hub', 'user', 'add', 'kim', '--role', 'chief', '--database', url).code).toBe(0);
    expect(cli('hub', 'serve', '--database', url, '--host', '0.0.0.0')).toMatchObject({
      code: 1,
      err: expect.stringMatching(/plain HTTP.*--insecure-http/),
    });
    const port = await freePort();
    const hub = spawn(process.execPath, [CLI, 'hub', 'serve', '--database', url, '--port', String(port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const line = await new Promise<string>((resolve) => hub.stdout.once('data', (d) => resolve(String(d))));
      expect(line).toBe(`Copydesk hub at http://127.0.0.1:${port} (database ${url})\n`);
      const data = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
      folders.push(data);
      const code = JSON.parse(cli('hub', 'user', 'code', 'kim', '--database', url, '--json').out).code;
      expect(cli('connect', `127.0.0.1:${port}`, '--user', 'kim', '--code', 'WRONG-WRONG', '--data', data)).toMatchObject({
        code: 1,
        err: expect.stringMatching(/not valid for kim/),
      });
      expect(cli('connect', `http://127.0.0.1:${port}`, '--user', 'kim', '--code', code, '--data', data)).toMatchObject({
        code: 0,
        out: expect.stringMatching(/as kim \(chief\)/),
      });
      expect(
        cli('import', join(import.meta.dirname, '..', '..', 'src', 'main', 'import', 'fixtures', 'harbor-closure.txt'), '--data', data)
          .code,
      ).toBe(0);
      const synced = cli('sync', '--data', data, '--json');
      expect(synced.code, synced.err).toBe(0);
      // The story's draft and its first version (a published article: the chief's to put on record).
      expect(JSON.parse(synced.out), cli('versions', '--data', data).out).toEqual({ pushed: 2, pulled: 0, conflicts: 0, photosWaiting: 0 });
      expect(cli('connect', 'http://127.0.0.1:1', '--user', 'kim', '--code', code, '--data', data)).toMatchObject({
        code: 1,
        err: expect.stringMatching(/joined to the hub at http:\/\/127\.0\.0\.1:\d+ \(as kim\).*--switch/),
      });
    } finally {
      hub.kill();
    }
  }, 120_000);
});
