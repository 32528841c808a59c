/** The page loads without a single failed request: the favicon is the app icon from resources/. */
import { test, expect } from './fixtures';

test('no request of a page load fails, and the favicon is the app icon', async ({ page, host }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
  const icon = await page.evaluate(async () => {
    const href = document.querySelector<HTMLLinkElement>('link[rel="icon"]')!.href;
    const response = await fetch(href);
    return { status: response.status, type: response.headers.get('content-type'), text: (await response.text()).slice(0, 200) };
  });
  expect(icon).toMatchObject({ status: 200, type: 'image/svg+xml' });
  expect(icon.text).toContain('aria-label="Copydesk"');
  // Chromium asks for /favicon.ico only when the page names no icon; wait for any late request.
  await page.waitForTimeout(500);
  expect(failed).toEqual([]);
});
