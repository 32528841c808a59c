/** The signature feature end to end: publish, revise, and publish an update with Copydesk's note. */
import { test, expect } from './fixtures';
import { publishedArticle } from './published';

const suspended = 'The river ferry between Alton and Greve was suspended on Monday after a small engine fire, the transit authority said.';

test("Publish update proposes the note, re-proposes it for the other kind, keeps the desk's words and date, and shows it at the end", async ({
  desk: page,
}) => {
  const body = await publishedArticle(page, 'River ferry suspended after engine fire', [
    suspended,
    'Transit Authority spokesperson Maria Lindqvist said no passengers were on board when the fire started.',
  ]);

  // New material: a quote from the spokesperson already introduced, and a union statement.
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('“We expect the ferry to be back in service by Friday,” Lindqvist said on Tuesday.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('In a statement, the Ferry Workers Union said crews had reported overheating twice in October.');

  await page.getByRole('link', { name: 'Publish update' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish update' });
  const note = dialog.getByLabel('Update note');
  const preview = dialog.getByTestId('note-preview');
  await expect(note).toHaveValue(/Lindqvist/);
  await expect(note).toHaveValue(/Ferry Workers Union/);
  // The label is printed by the one note formatter, with the desk's local date.
  await expect(preview).toHaveText(/^Update, [A-Z][a-z]+\.? \d{1,2}: Additional comments/);
  // Printed as written: no word that the house style prints the field otherwise.
  await expect(dialog.getByTestId('note-printed-hint')).toBeHidden();
  await expect(dialog.getByRole('region', { name: 'Changes since the published version' })).toContainText('back in service by Friday');
  await expect(dialog.getByRole('region', { name: 'Changes since the published version' })).toContainText(/words? added/);
  await page.screenshot({ path: 'docs/screenshots/publish-update.png' });
  for (const width of [800, 1366, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/publish-update-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // Switching the kind re-proposes the words for that kind while the desk has not edited them.
  await dialog.getByLabel('Correction (a fact was wrong)').check();
  const correction = dialog.getByLabel('Correction note');
  await expect(correction).toHaveValue(/^An earlier version of this article/);
  await expect(preview).toHaveText(/^Correction, /);
  await dialog.getByLabel('Update (new material)').check();
  await expect(note).toHaveValue(/^Additional comments from/);

  // The desk's own words stand: a kind switch offers the proposal instead of replacing them.
  const text = await note.inputValue();
  await note.fill(text.replace(/\.$/, '') + ' and the expected return to service.');
  await dialog.getByLabel('Correction (a fact was wrong)').check();
  await expect(correction).toHaveValue(/and the expected return to service\.$/);
  await expect(dialog.getByRole('button', { name: 'Use the proposed correction note instead' })).toBeVisible();
  await dialog.getByLabel('Update (new material)').check();

  // The date is the desk's to set, and it stands.
  await dialog.getByLabel('Date', { exact: true }).fill('2026-01-15');
  await expect(preview).toHaveText(/^Update, Jan\. 15: /);
  await dialog.getByRole('button', { name: 'Publish update' }).click();
  await expect(dialog).toBeHidden();

  const notes = page.getByRole('region', { name: 'Notes' });
  await expect(notes).toContainText('Update, Jan. 15:');
  await expect(notes).toContainText('and the expected return to service.');
  await expect(notes).not.toContainText('Update, Update');

  // A second, cosmetic-only revision needs no note and can go out without one.
  // A comma after "The river ferry": where it lands does not depend on how the line wraps.
  await body.click();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 'The river ferry'.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.type(',');
  await expect(body).toContainText('The river ferry, between Alton');
  await page.getByRole('link', { name: 'Publish update' }).click();
  await expect(dialog.getByText(/Only cosmetic changes/)).toBeVisible();
  // One message, not two: "only cosmetic" and "nothing has changed" never stand together.
  await expect(dialog).not.toContainText('Nothing has changed');
  await dialog.getByRole('button', { name: 'Publish without a note' }).click();
  await expect(dialog).toBeHidden();
  await expect(notes.locator('.note')).toHaveCount(1);

  // Editing a published note's words, then withdrawing it, each makes a version.
  await notes.getByRole('button', { name: 'Edit note' }).click();
  await notes.getByLabel('Words of the update note').fill('Adds comments from Lindqvist and the Ferry Workers Union.');
  await notes.getByRole('button', { name: 'Save note' }).click();
  await expect(notes).toContainText('Update, Jan. 15: Adds comments from Lindqvist and the Ferry Workers Union.');
  await expect(page.getByText(/Note edited: version \d+/)).toBeVisible();
  for (const width of [800, 1366, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await notes.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/notes-actions-${width}.png` });
  }
  await notes.getByRole('button', { name: 'Withdraw note' }).click();
  await notes.getByRole('button', { name: 'Withdraw', exact: true }).click();
  await expect(page.getByText(/Note withdrawn: version \d+/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Notes' })).toBeHidden();
});

test('A development told as news: the field holds its words, the preview prints them as the sentence readers see, and says so', async ({
  desk: page,
}) => {
  const body = await publishedArticle(page, 'River ferry suspended after engine fire', [suspended]);

  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The ferry resumed service on Wednesday after inspectors cleared the engine.');
  await page.getByRole('link', { name: 'Publish update' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish update' });
  const note = dialog.getByLabel('Update note');
  const preview = dialog.getByTestId('note-preview');
  await expect(note).toHaveValue(/^The news that the ferry resumed service on Wednesday/);
  await expect(preview).toHaveText(/: This article has been updated with news that the ferry resumed service on Wednesday/);
  await expect(dialog.getByTestId('note-printed-hint')).toBeVisible();
  for (const width of [800, 1366, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/publish-news-sentence-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // A desk that writes the sentence itself gets it printed as written, and the hint goes.
  await note.fill('This article has been updated with news that the ferry is running again.');
  await expect(dialog.getByTestId('note-printed-hint')).toBeHidden();
  await dialog.getByRole('button', { name: 'Publish update' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Notes' })).toContainText(
    ': This article has been updated with news that the ferry is running again.',
  );
});
