#!/usr/bin/env node
// Makes a better-sqlite3 build for Electron's ABI in native/electron-<version>/, beside (never
// instead of) the Node build in node_modules that tests, the CLI and the web host use.
// Needs the network once (Electron's headers or a prebuilt binary); exits non-zero when it
// cannot, so npm start falls back to the web host.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, copyFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const target = join(root, 'native', `electron-${electronVersion}`, 'better_sqlite3.node');
if (existsSync(target)) process.exit(0);

const work = mkdtempSync(join(tmpdir(), 'copydesk-native-'));
try {
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  cpSync(source, join(work, 'better-sqlite3'), { recursive: true, filter: (p) => !p.includes(`${join('better-sqlite3', 'build')}`) });
  const cwd = join(work, 'better-sqlite3');
  // A prebuilt binary first (fast); compiling against Electron's headers if there is none.
  const prebuilt = spawnSync(
    process.execPath,
    [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', electronVersion],
    { cwd, stdio: 'inherit' },
  );
  if (prebuilt.status !== 0) {
    // node-gyp ships inside npm; npx finds it either way.
    const npmGyp = join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    const gyp = existsSync(npmGyp) ? [process.execPath, npmGyp] : ['npx', '--yes', 'node-gyp'];
    const built = spawnSync(
      gyp[0],
      [
        ...gyp.slice(1),
        'rebuild',
        '--release',
        `--target=${electronVersion}`,
        '--dist-url=https://electronjs.org/headers',
        '--runtime=electron',
      ],
      { cwd, stdio: 'inherit' },
    );
    if (built.status !== 0) process.exit(1);
  }
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(cwd, 'build', 'Release', 'better_sqlite3.node'), target);
  process.stderr.write(`copydesk: built better-sqlite3 for Electron ${electronVersion}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
