/**
 * Every shortcut the page shows works in the browser too: each command in the one shortcut
 * table is pressed with the keys the shortcuts sheet shows for the web host, and does its job.
 */
import { test, expect } from './fixtures';
import { COMMAND_SHORTCUTS, EDITOR_SHORTCUTS, shownKeys } from '../../src/shared/api/shortcuts';

const keys = (command: keyof typeof COMMAND_SHORTCUTS) => shownKeys(COMMAND_SHORTCUTS[command]!, 'web').replace('Ctrl', 'Control');

test('the shortcuts sheet lists every shortcut with the keys that work here', async ({ desk: page }) => {
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  for (const shortcut of [...Object.values(COMMAND_SHORTCUTS), ...EDITOR_SHORTCUTS]) {
    await expect(sheet.getByRole('row', { name: shortcut!.label, exact: false }).first()).toContainText(shownKeys(shortcut!, 'web'));
  }
  await expect(sheet).toContainText('Alt+N');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});

test('each command’s keys do their job in the browser', async ({ desk: page }) => {
  // On the desk.
  await page.keyboard.press(keys('find'));
  await expect(page.locator('#desk-search')).toBeFocused();
  await page.locator('#desk-search').blur();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press(keys('import'));
  await chooser;
  await page.keyboard.press(keys('new-article'));
  const headline = page.getByLabel('Headline');
  await expect(headline).toBeVisible();
  await headline.fill('Tram line opens to riders');
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  const articleUrl = page.url();

  // In the article, typing in the body.
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.type('Riders lined up before dawn.');
  await page.keyboard.press(keys('checkpoint'));
  await expect(page.getByRole('dialog', { name: 'Save a version' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press(keys('export'));
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press(keys('history'));
  await expect(page).toHaveURL(/\/history/);
  await page.goto(articleUrl);
  await expect(headline).toHaveValue('Tram line opens to riders');
  await page.keyboard.press(keys('compare'));
  await expect(page).toHaveURL(/\/compare\//);
  await page.keyboard.press(keys('desk'));
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
});

test('tooltips show the keys of this shell', async ({ desk: page }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByRole('button', { name: 'Export…' })).toHaveAttribute('title', 'Export (Ctrl+E)');
});
