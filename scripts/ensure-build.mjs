#!/usr/bin/env node
// Builds the app (electron-vite: main, preload, renderer) when out/ is missing or older than the
// sources, so `npm test`, `npm start` and `copydesk serve` always serve what the sources say.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'out', 'renderer', 'index.html');

function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = 0;
  for (const name of readdirSync(path)) {
    if (name.endsWith('.test.ts')) continue;
    latest = Math.max(latest, newest(join(path, name)));
  }
  return latest;
}

const sources = ['src/renderer', 'src/shared', 'src/main', 'src/preload', 'electron.vite.config.ts', 'package.json']
  .map((p) => join(root, p))
  .filter(existsSync);
const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (built > 0 && Math.max(...sources.map(newest)) <= built && !process.argv.includes('--force')) process.exit(0);

process.stderr.write('copydesk: building the app…\n');
const bin = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
const result = spawnSync(process.execPath, [bin, 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
process.exit(result.status ?? 1);
