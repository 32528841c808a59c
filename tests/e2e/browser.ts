/** Which Chromium the end-to-end tests drive, with a clear message when there is none. */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined; // Playwright's own browser: let it choose.
  } catch {
    // Not installed: fall through to the system browser.
  }
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) if (existsSync(path)) return path;
  throw new Error(
    'No Chromium for the end-to-end tests. Either run "npx playwright install chromium" (Playwright\'s own browser), ' +
      'or install the system one: "sudo apt-get install chromium" (/usr/bin/chromium). CHROMIUM_PATH may name another.',
  );
}
