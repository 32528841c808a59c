/**
 * A save the host refuses for its content (a body nested thousands deep: "too deeply nested",
 * an invalid argument) is said once and not retried forever, and offers no conflict buttons;
 * the text stays on screen.
 */
import { test, expect } from './fixtures';

test('a refused save is said plainly and not retried', async ({ desk: page }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Budget vote delayed');
  const body = page.getByRole('textbox', { name: 'Body' });
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  let attempts = 0;
  const message =
    'saveDraft: patch.body is too deeply nested (more than 200 levels of lists or blocks inside each other); no article is built like that';
  await page.route('**/api/saveDraft', (route) => {
    attempts++;
    return route.fulfill({
      status: 400,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'invalid-argument', message } }),
    });
  });
  await body.click();
  await page.keyboard.type('The council put off the vote until March.');
  await expect(page.getByTestId('save-state')).toHaveText(`Not saved — ${message}`);
  const banner = page.getByRole('alert').filter({ hasText: 'Your latest changes are not saved' });
  await expect(banner).toContainText('too deeply nested');
  await expect(banner).not.toContainText('keeps trying');
  await expect(banner.getByRole('button', { name: 'Keep my version' })).toHaveCount(0);
  await expect(body).toContainText('The council put off the vote until March.');
  // A retry would come after 1 s, 2 s, 4 s…: none comes.
  const refused = attempts;
  await page.waitForTimeout(3500);
  expect(attempts).toBe(refused);
});
