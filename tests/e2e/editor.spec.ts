/** The reporter's editor: formatting, shortcuts, links, paste, counters, autosave failures. */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

async function newArticle(page: Page, headline: string) {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill(headline);
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  return body;
}

async function paste(page: Page, data: Record<string, string>) {
  await page.evaluate((items) => {
    const dt = new DataTransfer();
    for (const [type, value] of Object.entries(items)) dt.setData(type, value);
    const target = document.querySelector('[aria-label="Body"]')!;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, data);
}

test('formats with the toolbar, keyboard and Markdown shortcuts; undo and redo', async ({ desk: page }) => {
  const body = await newArticle(page, 'Council approves new bike lanes');
  await page.keyboard.type('## What changes');
  await expect(body.locator('h2')).toHaveText('What changes');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The council voted ');
  await page.keyboard.press('Control+b');
  await expect(page.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('unanimously');
  await page.keyboard.press('Control+b');
  await page.keyboard.press('Control+i');
  await page.keyboard.type(' on Tuesday');
  await page.keyboard.press('Control+i');
  await page.keyboard.type('.');
  await expect(body.locator('strong, b, .ed-bold').first()).toHaveText('unanimously');
  await expect(body.locator('em, i, .ed-italic').first()).toHaveText('on Tuesday');
  await page.keyboard.press('Enter');
  await page.keyboard.type('> Streets are for everyone.');
  await expect(body.locator('blockquote')).toHaveText('Streets are for everyone.');
  await page.keyboard.press('Enter');
  // Enter leaves the quote for a new paragraph.
  await page.keyboard.type('- Main Street');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Harbor Road');
  await expect(body.locator('ul > li')).toHaveCount(2);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('1. First phase');
  await expect(body.locator('ol > li')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');

  // A link through Ctrl+K: unsafe addresses are refused, a vetted one applied.
  await page.keyboard.type('Read the plan');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+k');
  const address = page.getByLabel('Link address');
  await address.fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Apply link' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Links must start with' })).toBeVisible();
  await address.fill('https://city.example/bike-plan');
  await page.getByRole('button', { name: 'Apply link' }).click();
  await expect(body.locator('a[href="https://city.example/bike-plan"]')).toHaveText('Read the plan');

  // Undo and redo through history.
  await page.keyboard.press('End');
  await page.keyboard.type(' now');
  await expect(body).toContainText('Read the plan now');
  await page.keyboard.press('Control+z');
  await expect(body).not.toContainText('Read the plan now');
  await page.keyboard.press('Control+Shift+z');
  await expect(body).toContainText('Read the plan now');

  await expect(page.getByTestId('word-count')).toHaveText(/^\d+ words$/);
  await page.getByLabel('Target length in words').fill('10');
  await expect(page.getByText(/over$/)).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Body' }).locator('ol > li')).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'Body' }).locator('a[href="https://city.example/bike-plan"]')).toHaveCount(1);
});

test('paste from Google Docs, Word and web pages keeps structure and drops the rest', async ({ desk: page }) => {
  const body = await newArticle(page, 'Pasted copy');
  await paste(page, { 'text/html': readFileSync('src/main/import/fixtures/google-docs.html', 'utf8'), 'text/plain': 'fallback' });
  await expect(body.locator('h1, h2').first()).toContainText('Rail union calls off strike');
  await expect(body.locator('strong, b, .ed-bold').first()).toHaveText('called off');
  await expect(body.locator('em, i, .ed-italic').first()).toContainText('Thursday’s strike');
  await expect(body.locator('li').filter({ hasText: 'Pay rises by 4 percent' })).toHaveCount(1);
  await expect(body.locator('a[href="https://example.org/deal"]')).toHaveText('Full terms');
  await expect(body.locator('[style*="font-family"]')).toHaveCount(0);

  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await paste(page, {
    'text/html':
      '<p class="MsoNormal" style="mso-line-height:115%"><b><span style="font-family:Calibri">Word bold</span></b> and <a href="javascript:alert(1)" onclick="alert(2)">a bad link</a><script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"></p>',
  });
  await expect(body).toContainText('Word bold and a bad link');
  await expect(body.locator('a[href^="javascript"]')).toHaveCount(0);
  await expect(body.locator('script, img, [onclick], [onerror]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  await page.keyboard.press('Enter');
  await paste(page, { 'text/plain': 'Plain text paste line.' });
  await expect(body).toContainText('Plain text paste line.');
});

test('a 1 MB paste leaves the editor responsive', async ({ desk: page }) => {
  const body = await newArticle(page, 'Long wire copy');
  const paragraph =
    'Officials said the storm surge reached three meters along the coast, flooding roads and cutting power to thousands of homes. ';
  const big = Array.from({ length: 900 }, (_, i) => `${i + 1}. ${paragraph.repeat(9)}`).join('\n\n');
  expect(big.length).toBeGreaterThan(1_000_000);
  await paste(page, { 'text/plain': big });
  await expect(body).toContainText('900. Officials said', { timeout: 30_000 });
  await page.keyboard.type(' Still typing.');
  await expect(body).toContainText('Still typing.', { timeout: 10_000 });
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/, { timeout: 30_000 });
});

test('a failed save is loud, keeps the text and is retried', async ({ desk: page }) => {
  const body = await newArticle(page, 'Bridge inspection finds cracks');
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  await page.route('**/api/saveDraft', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'storage', message: 'The disk holding the store is full' } }),
    }),
  );
  await body.click();
  await page.keyboard.type('Engineers found cracks in two of the bridge supports.');
  await expect(page.getByTestId('save-state')).toHaveText('Not saved — The disk holding the store is full, retrying');
  await expect(page.getByRole('alert').filter({ hasText: 'Your latest changes are not saved' })).toBeVisible();
  await expect(body).toContainText('Engineers found cracks');
  await page.unroute('**/api/saveDraft');
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved \d\d:\d\d$/, { timeout: 15_000 });
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Body' })).toContainText('Engineers found cracks in two of the bridge supports.');
});

test('the desk searches, filters, sorts, trashes and restores', async ({ desk: page }) => {
  for (const [headline, text] of [
    ['Wildfire forces evacuations in the hills', 'Residents of Pine Hollow fled the wildfire overnight.'],
    ['School board adopts budget', 'The board set aside money for wildfire drills.'],
    ['Harbor dredging begins', 'Dredging will deepen the channel by two meters.'],
  ]) {
    await newArticle(page, headline!);
    await page.keyboard.type(text!);
    await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
    await page.getByRole('link', { name: '← Desk' }).click();
  }
  const table = page.getByRole('table', { name: 'Articles' });
  await expect(table.getByRole('row')).toHaveCount(4);

  await page.getByRole('searchbox', { name: 'Search articles' }).fill('wildfire');
  await expect(page).toHaveURL(/#\/\?q=wildfire/);
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row').nth(1)).toContainText('Wildfire forces evacuations'); // headline hit ranks first
  await expect(table.locator('mark').first()).toHaveText(/wildfire/i);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toHaveValue('wildfire');
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('');

  await page.getByLabel('Sort articles').selectOption('headline');
  await expect(table.getByRole('row').nth(1)).toContainText('Harbor dredging begins');
  await page.getByLabel('Filter by status').selectOption('published');
  await expect(page.getByText('No published articles.')).toBeVisible();
  await page.getByLabel('Filter by status').selectOption('draft');
  await expect(table.getByRole('row')).toHaveCount(4);
  await page.getByLabel('Filter by status').selectOption('');

  await table.getByRole('link', { name: 'Harbor dredging begins' }).click();
  await page.getByText('More', { exact: true }).click();
  await page.getByRole('menuitem', { name: 'Move to trash' }).click();
  await expect(table.getByRole('row')).toHaveCount(3);
  await page.getByRole('link', { name: 'Trash' }).click();
  const trash = page.getByRole('table', { name: 'Trashed articles' });
  await expect(trash).toContainText('Harbor dredging begins');
  await trash.getByRole('button', { name: 'Restore Harbor dredging begins' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to desk' }).click();
  await expect(table.getByRole('row')).toHaveCount(4);
});
