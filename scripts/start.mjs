#!/usr/bin/env node
// `npm start`: the desktop app. Electron downloads its binary on first run and needs a
// better-sqlite3 built for its ABI; where either cannot be had (no internet, as on CI
// machines), say so in one line and serve the same app in the browser instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

const build = spawnSync(process.execPath, [join(root, 'scripts', 'ensure-build.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

function electronBinary() {
  const electronDir = dirname(require.resolve('electron/package.json'));
  if (process.env.ELECTRON_EXEC_PATH && existsSync(process.env.ELECTRON_EXEC_PATH)) return process.env.ELECTRON_EXEC_PATH;
  const pathFile = join(electronDir, 'path.txt');
  const installed = () => existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
  if (!installed()) {
    // Electron >= 42 fetches its binary lazily; run its installer once, quietly.
    const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: electronDir, encoding: 'utf8', timeout: 300_000 });
    if (!installed()) {
      const why =
        `${result.stderr ?? ''}${result.stdout ?? ''}`
          .split('\n')
          .find((l) => /error|fail/i.test(l))
          ?.trim() || 'the download did not complete';
      throw new Error(`Electron's binary could not be downloaded (${why})`);
    }
  }
  return join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
}

function startWebHost(reason) {
  process.stdout.write(`Copydesk: the desktop app cannot start here — ${reason}. Serving the same app in your browser instead.\n`);
  const child = spawn(process.execPath, [join(root, 'bin', 'copydesk.mjs'), 'serve', ...args], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

let binary;
try {
  binary = electronBinary();
} catch (error) {
  startWebHost(error.message);
}
if (binary) {
  const native = spawnSync(process.execPath, [join(root, 'scripts', 'electron-native.mjs')], { cwd: root, stdio: 'inherit' });
  if (native.status !== 0) {
    startWebHost('better-sqlite3 could not be built for Electron (its headers could not be downloaded)');
  } else {
    const started = Date.now();
    const child = spawn(binary, [root, ...args], { cwd: root, stdio: 'inherit', env: { ...process.env, ELECTRON_RUN_AS_NODE: undefined } });
    child.on('error', (error) => startWebHost(`Electron failed to start (${error.message})`));
    child.on('exit', (code, signal) => {
      // Failing within seconds (no display, missing system libraries) means it cannot run here.
      if (code !== 0 && signal === null && Date.now() - started < 15_000) {
        startWebHost(`Electron exited with code ${code} as it started (no display or missing libraries?)`);
        return;
      }
      if (code !== 0 && signal === null) process.stderr.write(`Copydesk: Electron exited with code ${code}.\n`);
      process.exit(code ?? 0);
    });
  }
}
