/** The signature feature end to end: publish, revise, and publish an update with Copydesk's note. */
import { test, expect } from './fixtures';

test('Publish update proposes the note, lets the desk edit and switch it, and shows it at the end', async ({ desk: page }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('River ferry suspended after engine fire');
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.type('The river ferry between Alton and Greve was suspended on Monday after a small engine fire, the transit authority said.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Transit Authority spokesperson Maria Lindqvist said no passengers were on board when the fire started.');
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Publish update' })).toBeVisible();

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
  await expect(note).toHaveValue(/^Update, [A-Z][a-z]+\.? \d{1,2}: /);
  await expect(note).toHaveValue(/Lindqvist/);
  await expect(note).toHaveValue(/Ferry Workers Union/);
  await expect(dialog.getByRole('region', { name: 'Changes since the published version' })).toContainText('back in service by Friday');
  await page.screenshot({ path: 'docs/screenshots/publish-update.png' });

  // Switching the kind rewrites the label, keeps the words; the desk can edit them.
  await dialog.getByLabel('Correction (a fact was wrong)').check();
  await expect(note).toHaveValue(/^Correction, /);
  await dialog.getByLabel('Update (new material)').check();
  await expect(note).toHaveValue(/^Update, /);
  const text = await note.inputValue();
  await note.fill(text.replace(/\.$/, '') + ' and the expected return to service.');
  await dialog.getByRole('button', { name: 'Publish update' }).click();
  await expect(dialog).toBeHidden();

  const notes = page.getByRole('region', { name: 'Notes' });
  await expect(notes).toContainText(/Update, [A-Z][a-z]+\.? \d{1,2}:/);
  await expect(notes).toContainText('and the expected return to service.');
  await expect(notes).not.toContainText('Update, Update');

  // A second, cosmetic-only revision needs no note and can go out without one.
  await body.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('.');
  await page.getByRole('link', { name: 'Publish update' }).click();
  await expect(dialog.getByText(/only cosmetic changes/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Publish without a note' }).click();
  await expect(dialog).toBeHidden();
  await expect(notes.locator('p')).toHaveCount(1);
});
