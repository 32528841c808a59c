#!/usr/bin/env node
// Before the end-to-end tests: make sure a Chromium is there. Playwright's own browser or
// /usr/bin/chromium will do. On a fresh Debian/Ubuntu machine where we are root, install
// Debian's chromium; otherwise say exactly what to run.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
if (candidates.some((p) => existsSync(p))) process.exit(0);
try {
  const { chromium } = await import('@playwright/test');
  if (existsSync(chromium.executablePath())) process.exit(0);
} catch {
  // Playwright's browser is not installed; try the system one.
}
const isRoot = process.getuid?.() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  process.stderr.write("copydesk: no Chromium found; installing Debian's chromium for the end-to-end tests…\n");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let result = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  if (result.status !== 0) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    result = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  }
  if (result.status === 0 && existsSync('/usr/bin/chromium')) process.exit(0);
}
process.stderr.write(
  'copydesk: the end-to-end tests need Chromium and none was found.\n' +
    "  Either install Playwright's own browser:   npx playwright install chromium\n" +
    "  or Debian/Ubuntu's:                        sudo apt-get install chromium   (/usr/bin/chromium)\n" +
    '  CHROMIUM_PATH=/path/to/chrome names any other.\n',
);
process.exit(1);
