/** A headline rewritten after publishing is listed where the desk reads the changes, and needs no note. */
import { test, expect } from './fixtures';
import { publishedArticle } from './published';

test('a headline rewritten with no fact put right is listed as cosmetic, and publishing needs no note', async ({ desk: page }) => {
  await publishedArticle(page, 'Ferry resumes service after repairs', [
    'The river ferry between Alton and Greve resumed service on Friday after engine repairs, the transit authority said.',
  ]);

  await page.getByLabel('Headline').fill('Alton–Greve ferry back in service after engine repairs');
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  await page.getByRole('link', { name: 'Publish update' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish update' });
  const changes = dialog.getByRole('region', { name: 'Changes since the published version' });
  await expect(changes).toContainText('headline rewritten');
  await expect(changes.locator('.change-cosmetic')).toContainText('Alton–Greve ferry back in service after engine repairs');
  await expect(dialog).toContainText('Only cosmetic changes');
  await expect(dialog.getByRole('button', { name: 'Publish without a note' })).toBeVisible();
  for (const width of [800, 1366, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/publish-headline-${width}.png` });
  }
});

test('a headline rewritten to carry the news the body added is listed with the update', async ({ desk: page }) => {
  const body = await publishedArticle(page, 'Ferry halted after engine fire', [
    'The river ferry between Alton and Greve was halted on Friday after an engine fire, the transit authority said.',
  ]);

  await page.getByLabel('Headline').fill('Two crew treated for smoke after ferry engine fire');
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Two crew members were treated for smoke inhalation at Greve General Hospital, the transit authority said.');
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  await page.getByRole('link', { name: 'Publish update' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish update' });
  const changes = dialog.getByRole('region', { name: 'Changes since the published version' });
  await expect(changes.locator('.change-added').filter({ hasText: 'headline rewritten with the news' })).toContainText(
    'Two crew treated for smoke after ferry engine fire',
  );
  await expect(changes.locator('.change-cosmetic')).toHaveCount(0);
  await expect(dialog.getByTestId('note-preview')).toContainText('Update,');
  for (const width of [800, 1366, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/publish-headline-news-${width}.png` });
  }
});
