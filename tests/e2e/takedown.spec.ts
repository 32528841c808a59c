/** Taking an article down: trash with undo, trash of a published article asks first, unpublish makes a version. */
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { publishedArticle } from './published';

const confirmed = ['The agency confirmed the figures on Friday.'];

const more = (page: Page) => page.getByText('More', { exact: true }).click();

test('a draft goes to the trash at once, with Undo', async ({ desk: page }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Pool closes for repairs');
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  await more(page);
  await page.getByRole('menuitem', { name: 'Move to trash' }).click();
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('Pool closes for repairs');
});

test('trashing a published article asks first; Cancel keeps it', async ({ desk: page }) => {
  await publishedArticle(page, 'Agency revises jobless figures', confirmed);
  await more(page);
  await page.getByRole('menuitem', { name: 'Move to trash…' }).click();
  const ask = page.getByRole('dialog', { name: /Move “Agency revises jobless figures” to the trash\?/ });
  await expect(ask).toContainText('It is published');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByLabel('Headline')).toHaveValue('Agency revises jobless figures');
  await more(page);
  await page.getByRole('menuitem', { name: 'Move to trash…' }).click();
  await ask.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
  await page.getByRole('link', { name: 'Trash' }).click();
  await expect(page.getByRole('table', { name: 'Trashed articles' })).toContainText('Agency revises jobless figures');
});

test('Unpublish takes it back to Draft with a version that says why', async ({ desk: page }) => {
  await publishedArticle(page, 'Council delays vote on stadium', confirmed);
  await more(page);
  await page.getByRole('menuitem', { name: 'Unpublish…' }).click();
  const ask = page.getByRole('dialog', { name: /Unpublish/ });
  await ask.getByLabel('Reason (kept with the version)').fill('Legal review');
  await ask.getByRole('button', { name: 'Unpublish' }).click();
  await expect(page.getByLabel('Status')).toHaveValue('draft');
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByText('Unpublished: Legal review')).toBeVisible();
});

for (const width of [800, 1366, 1920]) {
  test(`the article bar of a published article is one row at ${width} px`, async ({ desk: page }) => {
    await page.setViewportSize({ width, height: 900 });
    await publishedArticle(page, 'Harbor tolls rise in spring', confirmed);
    const bar = page.locator('.article-bar');
    // One row: every item's middle lies within the tallest item's height of the first one's.
    const spread = await bar.evaluate((el) => {
      const boxes = [...el.querySelectorAll(':scope > :not(.actions), .actions > *')]
        .map((c) => c.getBoundingClientRect())
        .filter((r) => r.height > 0);
      const middles = boxes.map((r) => (r.top + r.bottom) / 2);
      return { spread: Math.max(...middles) - Math.min(...middles), tallest: Math.max(...boxes.map((r) => r.height)) };
    });
    expect(spread.spread).toBeLessThan(spread.tallest / 2);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByTestId('save-state')).toHaveText(/^Saved \d\d:\d\d$/);
  });
}

test('Back up now adds a checked backup to the list', async ({ desk: page, host }) => {
  await page.goto(`${host.origin}/#/backups`);
  const list = page.getByRole('list', { name: 'Backups' });
  // Count only manual backups: the day's start-up backup may arrive after the page opens, so a count of
  // the whole list taken before it loads would be one short.
  const manual = list.getByRole('listitem').filter({ hasText: 'copydesk-manual-' });
  await expect(manual).toHaveCount(0);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/^Backed up: copydesk-manual-/)).toBeVisible();
  await expect(manual).toHaveCount(1);
});
