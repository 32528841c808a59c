/**
 * One way to put a published article on the desk, as a reporter would: type the headline and the
 * paragraphs, wait for the save, press Publish. Tests of revisions start from here.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Publishes a new article and returns its body, ready for the revision the test makes. */
export async function publishedArticle(page: Page, headline: string, paragraphs: string[]): Promise<Locator> {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill(headline);
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  for (const [i, paragraph] of paragraphs.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(paragraph);
  }
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Publish update' })).toBeVisible();
  return body;
}
