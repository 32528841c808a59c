/**
 * The copy editor's redline in the browser: two saved versions compared inline and side by side,
 * stepping through the changes with buttons and keys, a moved paragraph linked at both places,
 * the pickers changing the route, and the standalone export.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const body = (page: Page) => page.getByRole('textbox', { name: 'Body' });

/**
 * Selects `text` inside the editor the way a mouse drag would (Lexical follows the DOM
 * selection); with `caretAfter`, puts the caret right after it instead.
 */
async function selectInBody(page: Page, text: string, caretAfter = false): Promise<void> {
  await body(page).evaluate(
    (root, [wanted, after]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? '').indexOf(wanted);
        if (at >= 0) {
          const end = at + wanted.length;
          // Lexical takes the DOM selection on "selectionchange" and applies it in a frame: wait for
          // both, or a key pressed on a busy machine lands at the old caret.
          return new Promise<void>((resolve) => {
            const settle = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
            document.addEventListener('selectionchange', settle, { once: true });
            setTimeout(settle, 1000);
            getSelection()!.setBaseAndExtent(node, after ? end : at, node, end);
          });
        }
      }
      throw new Error(`“${wanted}” is not in the body`);
    },
    [text, caretAfter] as const,
  );
}

/** Empties a paragraph, then joins the empty line to the one above: the paragraph is gone. */
async function deleteParagraph(page: Page, text: string): Promise<void> {
  await selectInBody(page, text);
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(body(page)).not.toContainText(text);
}

async function newArticle(page: Page, headline: string, paragraphs: string[]): Promise<string> {
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page).toHaveURL(/#\/articles\/[a-z0-9]+$/);
  const id = /#\/articles\/([a-z0-9]+)$/.exec(page.url())![1]!;
  await page.getByLabel('Headline').fill(headline);
  await body(page).click();
  for (const [i, paragraph] of paragraphs.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(paragraph);
  }
  return id;
}

async function saveVersion(page: Page, number: number): Promise<void> {
  await body(page).click();
  await page.keyboard.press('Control+s');
  await page.getByRole('button', { name: 'Save version' }).last().click();
  await expect(page.getByText(`Saved version ${number}`, { exact: true })).toBeVisible();
}

const counter = (page: Page) => page.getByRole('status').filter({ hasText: /chang/i });

test('a redline of two versions: marks, navigation, side by side, export', async ({ desk: page, host }) => {
  const commuters = 'Commuters who ride daily will pay about $10 more a month, the transit office said.';
  const id = await newArticle(page, 'Council approves ferry fare increase', [
    'The city council voted seven to two on Tuesday to raise ferry fares by 50 cents.',
    commuters,
    'The last increase came in 2014, when fares rose by a quarter.',
    'Council member Ana Ruiz said the money would repair the aging dock at Pier 9.',
  ]);
  await saveVersion(page, 1);

  // The copy desk's edits: a headline, changed words, a cut paragraph, a bolded word, a new paragraph.
  await page.getByLabel('Headline').fill('Council raises ferry fares by 50 cents');
  await body(page).click();
  await selectInBody(page, 'seven to two');
  await page.keyboard.type('six to three');
  await deleteParagraph(page, 'The last increase came in 2014, when fares rose by a quarter.');
  await selectInBody(page, 'aging');
  await page.keyboard.press('Control+b');
  await expect(body(page).locator('strong, .ed-bold', { hasText: 'aging' })).toBeVisible();
  await selectInBody(page, 'at Pier 9.', true);
  await page.keyboard.press('Enter');
  await page.keyboard.type('The new fares take effect on March 1.');
  // The commuters' paragraph goes to the end.
  await deleteParagraph(page, commuters);
  await selectInBody(page, 'on March 1.', true);
  await page.keyboard.press('Enter');
  await page.keyboard.type(commuters);
  await saveVersion(page, 2);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${host.origin}/#/articles/${id}/compare/1..2`);
  const redline = page.getByRole('region', { name: 'Redline' });
  await expect(redline).toBeVisible();

  // Words, paragraphs and formatting, each marked and said in words.
  await expect(redline.locator('del', { hasText: 'seven' }).first()).toBeVisible();
  await expect(redline.locator('ins', { hasText: 'six' }).first()).toBeVisible();
  const cut = redline.locator('del', { hasText: 'The last increase came in 2014' });
  await expect(cut).toBeVisible();
  await expect(cut).toContainText('deleted paragraph:');
  const added = redline.locator('ins', { hasText: 'The new fares take effect on March 1.' });
  await expect(added).toContainText('inserted paragraph:');
  await expect(added).toContainText('end inserted');
  const bolded = redline.getByTitle('bold added');
  await expect(bolded).toHaveText(/aging/);
  await expect(bolded.locator('strong')).toHaveText('aging');
  await expect(redline.locator('.change-moved-from')).toContainText(commuters);
  await expect(redline.locator('.change-moved-to')).toContainText(commuters);
  // Changed fields come first.
  const fields = redline.getByRole('region', { name: 'Changed fields' });
  await expect(fields).toContainText('Headline');
  await expect(fields.locator('ins', { hasText: 'raises ferry fares' })).toBeVisible();
  // The summary in words and counts.
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText(/1 deleted/);
  await expect(summary.getByRole('definition')).toHaveCount(7);

  // Step through the changes with the buttons and the keys.
  await expect(counter(page)).toHaveText(/^\d+ changes$/);
  const total = Number(/^(\d+)/.exec((await counter(page).textContent()) ?? '')![1]);
  expect(total).toBeGreaterThanOrEqual(5);
  await page.getByRole('button', { name: 'Next change' }).click();
  await expect(counter(page)).toContainText(`Change 1 of ${total}`);
  await expect(redline.locator('[data-change="1"].current').first()).toBeVisible();
  await page.getByRole('button', { name: 'Next change' }).click();
  await expect(counter(page)).toContainText(`Change 2 of ${total}`);
  await page.getByRole('button', { name: 'Previous change' }).click();
  await expect(counter(page)).toContainText(`Change 1 of ${total}`);
  await page.keyboard.press('n');
  await expect(counter(page)).toContainText(`Change 2 of ${total}`);
  await page.keyboard.press('j');
  await expect(counter(page)).toContainText(`Change 3 of ${total}`);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(counter(page)).toContainText(`Change 4 of ${total}`);
  await page.keyboard.press('p');
  await expect(counter(page)).toContainText(`Change 3 of ${total}`);
  await page.keyboard.press('Alt+ArrowUp');
  await expect(counter(page)).toContainText(`Change 2 of ${total}`);
  await expect(redline.locator('.current')).not.toHaveCount(0);
  // Keys typed into a field are the field's: the picker keeps them.
  await page.getByLabel('To (newer)').focus();
  await page.keyboard.press('k');
  await expect(counter(page)).toContainText(`Change 2 of ${total}`);
  await page.getByRole('button', { name: 'Next change' }).focus();

  // The change that bolded "aging": highlighted and in view. That is the screenshot.
  const bold = Number(await bolded.getAttribute('data-change'));
  for (let i = 2; i < bold; i++) await page.keyboard.press('n');
  await expect(counter(page)).toContainText(`Change ${bold} of ${total}: Bold added`);
  await expect(bolded).toHaveClass(/current/);
  await expect(bolded).toBeInViewport();
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.getByText('Saved version 2')).toHaveCount(0);
  await page.screenshot({ path: 'docs/screenshots/redline.png', fullPage: true });

  // To the last change, where Next stops.
  for (let i = bold; i < total; i++) await page.keyboard.press('n');
  await expect(counter(page)).toContainText(`Change ${total} of ${total}`);
  await expect(page.getByRole('button', { name: 'Next change' })).toBeDisabled();

  // Side by side: the old text on the left, the new on the right, rows facing each other.
  await page.getByRole('button', { name: 'Side by side' }).click();
  await expect(page.getByRole('button', { name: 'Side by side' })).toHaveAttribute('aria-pressed', 'true');
  const older = redline.getByRole('group', { name: /^Older/ });
  const newer = redline.getByRole('group', { name: /^Newer/ });
  await expect(older.locator('del', { hasText: 'seven' }).first()).toBeVisible();
  await expect(older.locator('ins')).toHaveCount(0);
  await expect(newer.locator('ins', { hasText: 'six' }).first()).toBeVisible();
  await expect(newer.locator('del')).toHaveCount(0);
  await expect(older).toContainText('The last increase came in 2014');
  await expect(newer).not.toContainText('The last increase came in 2014');
  const leftRow = await older.getByText('Council member Ana Ruiz').boundingBox();
  const rightRow = await newer.getByText('Council member Ana Ruiz').boundingBox();
  expect(Math.abs(leftRow!.y - rightRow!.y)).toBeLessThan(2);
  // A short window makes the columns scroll; scrolling one scrolls the other.
  await page.setViewportSize({ width: 1000, height: 480 });
  await expect.poll(() => older.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeGreaterThan(40);
  await older.evaluate((el) => (el.scrollTop = 40));
  await expect.poll(() => newer.evaluate((el) => el.scrollTop)).toBe(40);
  await newer.evaluate((el) => (el.scrollTop = 10));
  await expect.poll(() => older.evaluate((el) => el.scrollTop)).toBe(10);
  await page.setViewportSize({ width: 1280, height: 900 });
  // The count carries over; and back to inline.
  await expect(counter(page)).toContainText(`Change ${total} of ${total}`);
  await page.getByRole('button', { name: 'Inline' }).click();
  await expect(page.getByRole('button', { name: 'Inline' })).toHaveAttribute('aria-pressed', 'true');
  await expect(redline.getByRole('group', { name: /^Older/ })).toHaveCount(0);
  await expect(redline.locator('del', { hasText: 'seven' }).first()).toBeVisible();

  // The standalone redline, as a file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export redline' }).click()]);
  expect(download.suggestedFilename()).toBe('council-raises-ferry-fares-by-50-cents-redline-1-2.html');
  const html = readFileSync((await download.path())!, 'utf8');
  expect(html).toMatch(/^<!doctype html>/);
  expect(html).toContain('Content-Security-Policy');
  expect(html).toMatch(/<del[^>]*>.*seven/);
  expect(html).not.toContain('<script');

  // Printed, the redline keeps its marks and loses the controls.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Next change' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export redline' })).toBeHidden();
  await expect(redline.locator('del', { hasText: 'seven' }).first()).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
});

test('a moved paragraph is marked and linked at both places; the pickers change the route', async ({ desk: page, host }) => {
  const moved = 'The bridge will close for repairs from June to August.';
  const id = await newArticle(page, 'Harbor bridge to close for the summer', [
    'Drivers will need to take the long way around the bay this summer.',
    moved,
    'Ferries will add two extra crossings each morning, the port said.',
    'Cyclists may still use the footpath on the east side.',
  ]);
  await saveVersion(page, 1);
  await deleteParagraph(page, moved);
  await selectInBody(page, 'on the east side.', true);
  await page.keyboard.press('Enter');
  await page.keyboard.type(moved);
  await saveVersion(page, 2);

  await page.goto(`${host.origin}/#/articles/${id}/compare/1..2`);
  const redline = page.getByRole('region', { name: 'Redline' });
  const oldPlace = redline.locator('.change-moved-from');
  const newPlace = redline.locator('.change-moved-to');
  await expect(oldPlace).toContainText(moved);
  await expect(oldPlace).toContainText('paragraph moved from here to further down');
  await expect(newPlace).toContainText(moved);
  await expect(newPlace).toContainText('paragraph moved from further up');
  await expect(redline.locator('ins, del')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('1 paragraph moved');

  // The two places link to each other, and the navigator follows.
  await oldPlace.getByRole('link', { name: 'Moved down ↓' }).click();
  await expect(newPlace).toBeFocused();
  await expect(newPlace).toHaveClass(/current/);
  await expect(counter(page)).toContainText('Change 2 of 2');
  await expect(page).toHaveURL(/\/compare\/1\.\.2$/);
  await newPlace.getByRole('link', { name: 'Moved here from above ↑' }).click();
  await expect(oldPlace).toBeFocused();
  await expect(counter(page)).toContainText('Change 1 of 2');

  // Side by side: the old place on the left, the new place on the right.
  await page.getByRole('button', { name: 'Side by side' }).click();
  await expect(redline.getByRole('group', { name: /^Older/ }).locator('.change-moved-from')).toContainText(moved);
  await expect(redline.getByRole('group', { name: /^Newer/ }).locator('.change-moved-to')).toContainText(moved);
  await page.getByRole('button', { name: 'Inline' }).click();

  // The pickers and the swap button change the route.
  await page.getByLabel('To (newer)').selectOption('draft');
  await expect(page).toHaveURL(/\/compare\/1\.\.draft$/);
  await expect(redline.locator('.change-moved-to')).toContainText(moved);
  await page.getByRole('button', { name: 'Swap sides' }).click();
  await expect(page).toHaveURL(/\/compare\/draft\.\.1$/);
  await expect(redline.locator('.change-moved-from')).toContainText(moved);
  await page.getByLabel('From (older)').selectOption('2');
  await expect(page).toHaveURL(/\/compare\/2\.\.1$/);
});
