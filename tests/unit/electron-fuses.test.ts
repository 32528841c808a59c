/**
 * Issue 15 item 12: the fuses the packaging step flips, read through the same function the
 * packaging hook uses (scripts/electron-fuses.mjs), so a weakened setting fails here.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
// @ts-expect-error — a plain .mjs script without type declarations
import { fuseSettings } from '../../scripts/electron-fuses.mjs';

describe('Electron fuses at package time', () => {
  const fuses = fuseSettings() as Record<string, boolean>;

  it.each([
    ['RunAsNode', false],
    ['EnableCookieEncryption', true],
    ['EnableNodeOptionsEnvironmentVariable', false],
    ['EnableNodeCliInspectArguments', false],
    ['EnableEmbeddedAsarIntegrityValidation', true],
    ['OnlyLoadAppFromAsar', true],
    ['GrantFileProtocolExtraPrivileges', false],
  ])('%s is %s', (name, value) => {
    expect(fuses[name]).toBe(value);
  });

  it('the script says plainly what it needs when @electron/fuses is missing', () => {
    const run = spawnSync(process.execPath, ['scripts/electron-fuses.mjs', '/nonexistent/electron'], { encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    // Either the package is missing (named), or it is there and the binary is not.
    expect(run.stderr).toMatch(/@electron\/fuses|ENOENT|no such file/i);
  });
});
