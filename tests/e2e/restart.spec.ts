/**
 * What the page says when the web host goes away and comes back, and when a refusal has a real
 * reason: an open tab keeps saving across a restart (the token is kept per data folder); after
 * `serve --new-token` it says plainly that the host restarted, keeps the text and stops retrying;
 * a file over the import limit is refused by its size, not as "cannot be reached"; a Word file
 * with full-size photos, over the text limit, still comes in, and one over its own 100 MB limit
 * is refused naming that limit.
 */
import { test as base, expect } from '@playwright/test';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, ImageRun, Packer, Paragraph } from 'docx';
import { startHost } from './fixtures';
import { photoOfSize } from '../photos/images';

const test = base;

test('an open article keeps saving across a restart of copydesk serve', async ({ page }) => {
  const first = await startHost({ keepData: true });
  await page.goto(first.host.url);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Ferry service resumes');
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  const port = Number(new URL(first.host.url).port);
  await first.stop();

  const second = await startHost({ dataDir: first.host.dataDir, port });
  try {
    expect(second.host.token).toBe(first.host.token);
    await page.getByLabel('Headline').fill('Ferry service resumes after storm');
    await expect(page.getByTestId('save-state')).toHaveText(/^Saved/, { timeout: 20_000 });
    await page.reload();
    await expect(page.getByLabel('Headline')).toHaveValue('Ferry service resumes after storm');
  } finally {
    await second.stop();
  }
});

test('after serve --new-token the page says the host restarted, keeps the text and stops retrying', async ({ page }) => {
  const first = await startHost({ keepData: true });
  await page.goto(first.host.url);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Water main breaks downtown');
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  const articleUrl = new URL(page.url());
  const port = Number(new URL(first.host.url).port);
  await first.stop();

  const second = await startHost({ dataDir: first.host.dataDir, port, args: ['--new-token'] });
  try {
    expect(second.host.token).not.toBe(first.host.token);
    await page.getByLabel('Headline').fill('Water main breaks downtown, closing Elm Street');
    const banner = page.getByRole('alert').filter({ hasText: 'restarted with a new key' });
    await expect(banner).toBeVisible({ timeout: 20_000 });
    await expect(banner).not.toContainText('keeps trying');
    await expect(banner).not.toContainText('..');
    await expect(page.getByTestId('save-state')).not.toContainText('retrying');
    await expect(page.getByLabel('Headline')).toHaveValue('Water main breaks downtown, closing Elm Street');

    // Opening the new address brings the unsaved words back, from this browser.
    await page.goto(second.host.url);
    await page.goto(`${second.host.origin}/${articleUrl.hash}`);
    await expect(page.getByLabel('Headline')).toHaveValue('Water main breaks downtown, closing Elm Street');
  } finally {
    await second.stop();
  }
});

test('a file over the import limit is refused by its size', async ({ page }) => {
  const { host, stop } = await startHost();
  try {
    await page.goto(host.url);
    await page
      .locator('input[type=file][aria-label="Import files"]')
      .setInputFiles([{ name: 'archive.txt', mimeType: 'text/plain', buffer: Buffer.alloc(21 * 1024 * 1024, 0x61) }]);
    const alert = page.getByRole('alert').filter({ hasText: 'archive.txt' });
    await expect(alert).toContainText('Cannot import "archive.txt": it is 21.0 MB, more than the 20 MB an article file can be.');
    await expect(alert).not.toContainText('cannot be reached');
  } finally {
    await stop();
  }
});

test('a Word file with full-size photos over 20 MB imports from the page; one over 100 MB is refused by its own limit', async ({
  page,
}) => {
  const { host, stop } = await startHost();
  // Over 50 MB Playwright hands files over by path, so both are written to a folder.
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-large-word-'));
  try {
    const children = [new Paragraph({ text: 'Storm photos from the harbour', heading: HeadingLevel.TITLE })];
    for (let i = 0; i < 3; i++) {
      const data = photoOfSize(11 * 1024 * 1024, 60 + i);
      children.push(new Paragraph({ children: [new ImageRun({ type: 'jpg', data, transformation: { width: 400, height: 300 } })] }));
    }
    const word = join(dir, 'harbour.docx');
    writeFileSync(word, await Packer.toBuffer(new Document({ sections: [{ children }] })));
    const huge = join(dir, 'archive.docx');
    writeFileSync(huge, '');
    truncateSync(huge, 120 * 1024 * 1024);

    await page.goto(host.url);
    const input = page.locator('input[type=file][aria-label="Import files"]');
    await input.setInputFiles(huge);
    const alert = page.getByRole('alert').filter({ hasText: 'archive.docx' });
    await expect(alert).toContainText(
      'Cannot import "archive.docx": it is 120.0 MB, more than the 100 MB a Word document or ZIP with its photos can be.',
    );
    await input.setInputFiles(word);
    await expect(page.getByText('Imported 1 article')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText('Storm photos from the harbour')).toBeVisible();
  } finally {
    await stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
