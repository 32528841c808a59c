/** The foundation slice: a newcomer creates an article, types, reloads, and finds it again. */
import { test, expect } from './fixtures';

test('a new article survives a reload', async ({ desk: page }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page).toHaveURL(/#\/articles\/[a-z0-9]+$/);
  await page.getByLabel('Headline').fill('Harbor ferry fares rise for the first time in a decade');
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.type('The city council voted 7-2 on Tuesday to raise ferry fares by 50 cents.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Commuters who ride daily will pay about $10 more a month, the transit office said.');
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved \d\d:\d\d$/, { timeout: 10_000 });

  await page.reload();
  await expect(page.getByLabel('Headline')).toHaveValue('Harbor ferry fares rise for the first time in a decade');
  await expect(page.getByRole('textbox', { name: 'Body' })).toContainText('raise ferry fares by 50 cents.');
  await expect(page.getByRole('textbox', { name: 'Body' }).locator('p')).toHaveCount(2);
  await page.screenshot({ path: 'docs/screenshots/editor.png' });

  await page.getByRole('link', { name: '← Desk' }).click();
  await expect(page.getByRole('link', { name: 'Harbor ferry fares rise for the first time in a decade' })).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/desk.png' });
});
