/** Find and replace in the body: Ctrl+F, Ctrl+H, match case, whole word, replace one and all, undo. */
import { test, expect } from './fixtures';

test('finds, steps, replaces one and all, and Undo takes a replacement back', async ({ desk: page }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Budget talks stall');
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.type('The budget vote slipped. Budgets for parks are ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('budget');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' items.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The BUDGET office said the budget is late.');

  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search', { name: 'Find in the body' });
  await bar.getByLabel('Find', { exact: true }).fill('budget');
  await expect(page.getByTestId('find-count')).toHaveText('1 of 5');
  await bar.getByLabel('Whole word').check();
  await expect(page.getByTestId('find-count')).toHaveText('1 of 4');
  await bar.getByLabel('Match case').check();
  await expect(page.getByTestId('find-count')).toHaveText('1 of 3');
  await bar.getByRole('button', { name: 'Next match' }).click();
  await expect(page.getByTestId('find-count')).toHaveText('2 of 3');
  await bar.getByLabel('Find', { exact: true }).press('Enter');
  await expect(page.getByTestId('find-count')).toHaveText('3 of 3');

  await bar.getByRole('button', { name: 'Replace…' }).click();
  await bar.getByLabel('Replace with').fill('spending plan');
  await bar.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(body).toContainText('the spending plan is late');
  await expect(page.getByTestId('find-count')).toHaveText(/of 2$/);
  await bar.getByRole('button', { name: 'Replace all' }).click();
  await expect(page.getByTestId('find-count')).toHaveText('No matches');
  await expect(body).toContainText('The spending plan vote slipped. Budgets for parks are spending plan items.');
  await expect(body.locator('strong, b, .ed-bold').first()).toHaveText('spending plan');
  await expect(body).toContainText('The BUDGET office');

  await bar.getByRole('button', { name: 'Close find' }).click();
  await expect(bar).toBeHidden();
  await page.keyboard.press('Control+z');
  await expect(body).toContainText('The budget vote slipped');

  // Ctrl+H opens the bar with replace showing.
  await body.click();
  await page.keyboard.press('Control+h');
  await expect(page.getByRole('search', { name: 'Find in the body' }).getByLabel('Replace with')).toBeVisible();
});
