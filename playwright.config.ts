/**
 * End-to-end tests drive the real UI, served by the real web host, in a real Chromium:
 * Playwright's own browser where installed, else Debian's /usr/bin/chromium (CHROMIUM_PATH
 * overrides). See tests/e2e/browser.ts.
 */
import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './tests/e2e/browser';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    },
  },
});
