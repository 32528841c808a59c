#!/usr/bin/env node
// Runs after `npm install` in the project: builds the app so `npm start` and `npx copydesk
// serve` work at once. Skipped where the build tools are absent (a production install).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'node_modules', 'electron-vite'))) process.exit(0);
const result = spawnSync(process.execPath, [join(root, 'scripts', 'ensure-build.mjs')], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
