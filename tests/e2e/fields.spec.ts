/** The article's fields as a reporter meets them: a long headline, bylines, placeholders. */
import { test, expect } from './fixtures';

const LONG = 'Regional water board approves emergency rationing plan for three coastal counties after driest summer on record';

for (const width of [800, 1366, 1920]) {
  test(`a ${LONG.split(' ').length}-word headline shows whole at ${width} px`, async ({ desk: page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.getByRole('button', { name: 'New article' }).click();
    const headline = page.getByLabel('Headline');
    await headline.fill(LONG);
    const fits = await headline.evaluate((el: HTMLTextAreaElement) => el.scrollHeight <= el.clientHeight + 1 && el.clientHeight > 40);
    expect(fits).toBe(true);
  });
}

test('Enter in the headline moves on to the deck and never doubles a space', async ({ desk: page }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  const headline = page.getByLabel('Headline');
  await headline.fill('Storm closes bridge ');
  await headline.press('End');
  await headline.press('Enter');
  await expect(page.getByLabel('Deck')).toBeFocused();
  await headline.focus();
  await headline.press('End');
  await page.keyboard.type('for a day');
  await expect(headline).toHaveValue('Storm closes bridge for a day');
  // A pasted line break is one space.
  await page.evaluate(() => {
    const el = document.querySelector<HTMLTextAreaElement>('textarea[aria-label="Headline"]')!;
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    setter.call(el, 'Storm closes bridge \n for a day');
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(headline).toHaveValue('Storm closes bridge for a day');
});

test('Add byline puts the cursor in the new name field', async ({ desk: page }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('button', { name: 'Add byline' }).click();
  const name = page.getByLabel('Byline 1 name');
  await expect(name).toBeFocused();
  await page.keyboard.type('Mara Quist');
  await expect(name).toHaveValue('Mara Quist');
  await page.getByRole('button', { name: 'Add byline' }).click();
  await expect(page.getByLabel('Byline 2 name')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.locator('.byline-row')).toHaveCount(2);
});

test('placeholders describe the field rather than look like a value', async ({ desk: page }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  for (const label of ['Dateline', 'Section']) {
    const placeholder = await page.getByLabel(label, { exact: true }).getAttribute('placeholder');
    expect(placeholder, label).toMatch(/^[A-Z][a-z]+( [a-z]+)+$/);
  }
});
