/** The link dialog and pasted links, under the one link policy. */
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

async function pasteInto(page: Page, selector: string, text: string) {
  await page.evaluate(
    ([sel, value]) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', value!);
      document.querySelector(sel!)!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    },
    [selector, text],
  );
}

test('a pasted address is taken as it is, shown, and applied once; credentials are refused with the reason', async ({ desk: page }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Library extends its hours');
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.type('Read the schedule');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+k');
  const address = page.getByLabel('Link address');
  await expect(address).toHaveValue('');
  await expect(address).toBeFocused();

  // The old trap: a typed "https://" prefix, then the whole address pasted after it.
  await address.pressSequentially('https://');
  await pasteInto(page, '.link-form input', 'https://library.example/hours');
  await expect(address).toHaveValue('https://library.example/hours');
  await expect(page.getByTestId('link-target')).toHaveText('Links to https://library.example/hours');

  await address.fill('https://https://library.example/hours');
  await page.getByRole('button', { name: 'Apply link' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'twice' })).toBeVisible();

  await address.fill('https://editor:secret@library.example/hours');
  await page.getByRole('button', { name: 'Apply link' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'user name or password' })).toBeVisible();

  await address.fill('library.example/hours');
  await expect(page.getByTestId('link-target')).toHaveText('Links to https://library.example/hours');
  await page.getByRole('button', { name: 'Apply link' }).click();
  await expect(body.locator('a')).toHaveAttribute('href', 'https://library.example/hours');
  await expect(body.locator('a')).toHaveText('Read the schedule');
});

test('a pasted link with credentials keeps its words and loses the link, like every other refused link', async ({ desk: page }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Museum reopens east wing');
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData(
      'text/html',
      '<p>See <a href="https://curator:pw@museum.example/wing">the plan</a> and <a href="https://museum.example/map">the map</a>.</p>',
    );
    dt.setData('text/plain', 'See the plan and the map.');
    document
      .querySelector('[aria-label="Body"]')!
      .dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  const body = page.getByRole('textbox', { name: 'Body' });
  await expect(body).toContainText('See the plan and the map.');
  await expect(body.locator('a')).toHaveCount(1);
  await expect(body.locator('a')).toHaveAttribute('href', 'https://museum.example/map');
});

test('a pasted table keeps its cells apart: one paragraph per row, one cell per line', async ({ desk: page }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('How the council voted');
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData(
      'text/html',
      '<p>The roll call:</p><table><caption>Vote on the budget</caption><thead><tr><th>Member</th><th>Vote</th></tr></thead><tbody><tr><td>Ana Ruiz</td><td>Yes</td></tr><tr><td><b>Ben Ode</b></td><td>No</td></tr></tbody></table>',
    );
    dt.setData('text/plain', 'x');
    document
      .querySelector('[aria-label="Body"]')!
      .dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  const body = page.getByRole('textbox', { name: 'Body' });
  await expect(body).toContainText('The roll call:');
  const paragraphs = await body.locator('p').evaluateAll((ps) => ps.map((p) => (p as HTMLElement).innerText.trim()).filter(Boolean));
  expect(paragraphs).toEqual(['The roll call:', 'Vote on the budget', 'Member\nVote', 'Ana Ruiz\nYes', 'Ben Ode\nNo']);
});
