/**
 * Issue 15 item 11: permissions taken away say "permission denied" — not "moved or deleted"
 * while running, not "no Copydesk store" for `check`. Tests run as root, whom chmod does not
 * stop, so as root the CLI runs as the unprivileged user `nobody`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/main/store';

const root = mkdtempSync(join(tmpdir(), 'copydesk-perm-'));
afterAll(() => {
  chmodSync(root, 0o755);
  rmSync(root, { recursive: true, force: true });
});

const isRoot = process.getuid?.() === 0;

describe('permissions taken away', () => {
  it('`copydesk check` on an unreadable folder says permission denied', () => {
    chmodSync(root, 0o755);
    const dir = join(root, 'data');
    openStore(dir).close();
    chmodSync(dir, 0o000);
    try {
      const run = spawnSync(process.execPath, ['bin/copydesk.mjs', 'check', '--data', dir], {
        encoding: 'utf8',
        ...(isRoot ? { uid: 65534, gid: 65534 } : {}),
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/Permission denied: Copydesk may not read/);
      expect(run.stderr).not.toMatch(/no Copydesk store/);
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});
