/** Version history in the browser: checkpoint with a label, preview, restore, publish. */
import { test, expect } from './fixtures';

test('checkpoint, label, preview, restore and publish', async ({ desk: page }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Tram line to the airport opens');
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.type('The first tram left the central station at 5:40 a.m.');
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);

  // Ctrl+S saves a version, with a label.
  await page.keyboard.press('Control+s');
  await page.getByLabel('Version label (optional)').fill('Filed');
  await page.getByRole('button', { name: 'Save version' }).last().click();
  await expect(page.getByText('Saved version 1 “Filed”')).toBeVisible();

  // Rewrite, then restore the filed text from the history panel.
  await body.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('A rewritten first paragraph that we will not keep.');
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page).toHaveURL(/\/history$/);
  const list = page.getByRole('list', { name: 'Versions' });
  // Leaving the article with unversioned changes kept them as a version of their own.
  await expect(list.getByRole('link')).toHaveCount(2);
  await expect(list.getByRole('listitem').first()).toContainText('On close');
  await expect(list).toContainText('“Filed”');
  await page.getByLabel('Named only').check();
  await expect(list.getByRole('link')).toHaveCount(1);
  await list.getByRole('link', { name: /Version 1/ }).click();
  const preview = page.getByRole('region', { name: 'Version preview' });
  await expect(preview).toContainText('The first tram left the central station at 5:40 a.m.');
  await page.getByRole('button', { name: 'Restore this version' }).click();
  await expect(page).toHaveURL(/#\/articles\/[a-z0-9]+$/);
  await expect(page.getByRole('textbox', { name: 'Body' })).toContainText('The first tram left the central station');

  // Publish marks the version.
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText(/Published: version \d+/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Publish update' })).toBeVisible();
  await page.getByRole('link', { name: 'History' }).click();
  await page.getByLabel('Named only').uncheck();
  const items = page.getByRole('list', { name: 'Versions' }).getByRole('listitem');
  // published, restored, on close, filed
  await expect(items).toHaveCount(4);
  await expect(items.first()).toContainText('Published');
  await expect(items.nth(1)).toContainText('Restored version 1');
  await expect(items.nth(2)).toContainText('On close');
  await page.screenshot({ path: 'docs/screenshots/history.png' });
});
