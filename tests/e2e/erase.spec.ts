/** "Delete forever" from the trash: the dialog's words, a copy first, the erase; a published article is refused. */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import type { Host } from './fixtures';
import type { AddedPhoto } from '../../src/shared/api/contract';
import { JPEG_40x30 } from '../photos/images';
import { bodyWithPhotos, PARAGRAPHS } from '../photos/article';

function api(page: Page, host: Host) {
  return (method: string, args: unknown) =>
    page.evaluate(
      async ([m, a, token]) =>
        (
          await (
            await fetch(`/api/${m}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'x-copydesk-token': token! },
              body: JSON.stringify(a),
            })
          ).json()
        ).result,
      [method, args, host.token] as const,
    );
}

/** A trashed article with `versions` checkpoints, made through the API. */
async function trashedWithVersions(page: Page, host: Host, headline: string, versions: number, publish = false): Promise<string> {
  const call = api(page, host);
  const article = (await call('createArticle', { headline })) as { id: string };
  for (let i = 1; i <= versions; i++) await call('checkpoint', { id: article.id, label: `Draft ${i}` });
  if (publish) await call('publish', { id: article.id });
  await call('trashArticle', { id: article.id });
  return article.id;
}

const shots = process.env.COPYDESK_SHOTS;

test('Delete forever asks with the count of versions, exports a copy first, then erases', async ({ desk: page, host }) => {
  const id = await trashedWithVersions(page, host, 'Ferry timetable draft', 14);
  await trashedWithVersions(page, host, 'Harbor dredging plan', 2);
  await page.getByRole('link', { name: 'Trash' }).click();
  const trash = page.getByRole('table', { name: 'Trashed articles' });
  await expect(trash).toContainText('Ferry timetable draft');

  await page.getByRole('button', { name: 'Delete Ferry timetable draft forever' }).click();
  const ask = page.getByRole('dialog', { name: 'Delete “Ferry timetable draft” forever?' });
  await expect(ask).toContainText('Its 14 versions go with it. This cannot be undone.');
  // Cancel is where the focus starts: Enter never erases by accident.
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
  if (shots)
    for (const width of [800, 1366, 1920]) {
      await page.setViewportSize({ width, height: 800 });
      await page.screenshot({ path: `${shots}/erase-dialog-${width}.png` });
    }

  const download = page.waitForEvent('download');
  await ask.getByRole('button', { name: 'Export a copy first' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.copydesk\.json$/);
  const copy = JSON.parse(readFileSync((await file.path())!, 'utf8'));
  expect(copy).toMatchObject({ id, headline: 'Ferry timetable draft' });
  await expect(ask).toContainText(`Saved a copy as ${file.suggestedFilename()}.`);

  await ask.getByRole('button', { name: 'Delete forever' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByText('Deleted “Ferry timetable draft” forever.')).toBeVisible();
  await expect(trash).not.toContainText('Ferry timetable draft');
  await expect(trash).toContainText('Harbor dredging plan');
  expect(await api(page, host)('listVersions', { id })).toBeUndefined();
  if (shots) await page.screenshot({ path: `${shots}/erase-after-1920.png` });
});

test('Cancel keeps the article in the trash with its versions', async ({ desk: page, host }) => {
  const id = await trashedWithVersions(page, host, 'Pool repairs', 1);
  await page.getByRole('link', { name: 'Trash' }).click();
  await page.getByRole('button', { name: 'Delete Pool repairs forever' }).click();
  const ask = page.getByRole('dialog', { name: 'Delete “Pool repairs” forever?' });
  await expect(ask).toContainText('Its one version goes with it. This cannot be undone.');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByRole('table', { name: 'Trashed articles' })).toContainText('Pool repairs');
  expect(await api(page, host)('listVersions', { id })).toHaveLength(1);
});

test('a published article is refused with the reason: its record stays', async ({ desk: page, host }) => {
  const id = await trashedWithVersions(page, host, 'Council passes budget', 1, true);
  await page.getByRole('link', { name: 'Trash' }).click();
  await page.getByRole('button', { name: 'Delete Council passes budget forever' }).click();
  const refused = page.getByRole('dialog', { name: '“Council passes budget” cannot be deleted forever' });
  await expect(refused).toContainText('was published, so its record stays');
  await expect(refused).toContainText('unpublish it instead');
  await expect(refused.getByRole('button', { name: 'Delete forever' })).toHaveCount(0);
  if (shots) {
    await page.setViewportSize({ width: 1366, height: 800 });
    await page.screenshot({ path: `${shots}/erase-refused-1366.png` });
  }
  await refused.getByRole('button', { name: 'Close' }).click();
  expect(await api(page, host)('listVersions', { id })).toHaveLength(2);
});

test('the photos only that article used go with it, and the dialog says so', async ({ desk: page, host }) => {
  const call = api(page, host);
  const added = (await call('addPhoto', { fileName: 'portrait.jpg', base64: JPEG_40x30.toString('base64') })) as AddedPhoto;
  const article = (await call('createArticle', { headline: 'Witness portrait' })) as { id: string };
  await call('saveDraft', { id: article.id, patch: { body: bodyWithPhotos([added], PARAGRAPHS.slice(0, 2)) } });
  await call('checkpoint', { id: article.id, label: 'Filed' });
  await call('trashArticle', { id: article.id });

  await page.getByRole('link', { name: 'Trash' }).click();
  await page.getByRole('button', { name: 'Delete Witness portrait forever' }).click();
  const ask = page.getByRole('dialog', { name: 'Delete “Witness portrait” forever?' });
  await expect(ask).toContainText('Its one version goes with it. So does the one photo no other article uses. This cannot be undone.');
  if (shots)
    for (const width of [800, 1366, 1920]) {
      await page.setViewportSize({ width, height: 800 });
      await page.screenshot({ path: `${shots}/erase-dialog-photos-${width}.png` });
    }
  await ask.getByRole('button', { name: 'Delete forever' }).click();
  await expect(ask).toBeHidden();
  // The image itself is gone from the store, not only the article that showed it.
  const read = await page.evaluate(
    async ([hash, token]) =>
      (
        await fetch('/api/readPhoto', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-copydesk-token': token! },
          body: JSON.stringify({ hash }),
        })
      ).json(),
    [added.hash, host.token] as const,
  );
  expect(read).toMatchObject({ ok: false, error: { code: 'not-found' } });
});
