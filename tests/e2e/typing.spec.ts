/** Smart punctuation as you type (a house-style switch), and --- for a rule. */
import { test, expect } from './fixtures';

test('curly quotes and dashes as you type; --- and Enter make a rule; the switch in Settings turns it off', async ({
  desk: page,
  host,
}) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Mayor signs the budget');
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.type(`He said "it's done" -- and left. 'Fine,' she said.`);
  await expect(body).toContainText('He said “it’s done” — and left. ‘Fine,’ she said.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('---');
  await page.keyboard.press('Enter');
  await expect(body.locator('hr')).toHaveCount(1);
  await page.keyboard.type('After the rule.');
  await page.keyboard.press('Control+z');
  await expect(body).toContainText('He said “it’s done” — and left.');
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);

  await page.goto(`${host.origin}/#/settings`);
  const box = page.getByLabel(/Curly quotes and dashes as you type/);
  await expect(box).toBeChecked();
  await box.uncheck();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await page.getByRole('link', { name: '← Desk' }).click();
  await page.getByRole('link', { name: 'Mayor signs the budget' }).click();
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(`Plain "quotes" -- here.`);
  await expect(body).toContainText('Plain "quotes" -- here.');
});
