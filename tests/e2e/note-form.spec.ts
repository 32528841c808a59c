/** The form of update and correction notes (AP, wire, UK) is a house-style setting, shown by the one formatter. */
import { test, expect } from './fixtures';

test('Settings chooses the note form; the example is printed by the note formatter, and the choice is kept', async ({
  desk: page,
  host,
}) => {
  await page.goto(`${host.origin}/#/settings`);
  const form = page.getByLabel('Form of the note');
  const example = page.getByTestId('note-example');
  await expect(form).toHaveValue('ap');
  await expect(example).toHaveText('Update, Nov. 6: Additional comments from Rutte.');
  await form.selectOption('uk');
  await expect(example).toHaveText('This article was amended on 6 November 2024 to add comments from Rutte.');
  await expect(page.getByLabel('Label for new material')).toBeDisabled();
  await form.selectOption('wire');
  await expect(example).toHaveText('(Updates with comments from Rutte)');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Form of the note')).toHaveValue('wire');
  await expect(page.getByTestId('note-example')).toHaveText('(Updates with comments from Rutte)');
  // Back to AP: its labels and date style are the desk's again.
  await page.getByLabel('Form of the note').selectOption('ap');
  await expect(page.getByLabel('Label for new material')).toBeEnabled();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
});
