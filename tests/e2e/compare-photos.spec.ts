/**
 * Photos and embeds in the copy editor's redline, in a real Chromium against the real web host:
 * a caption corrected in the editor between two saved versions shows word by word under the
 * photo's thumbnail; a photo replaced under the same block (versions written through the API, as
 * an import or another desk would write them) shows the old and the new image side by side, in
 * the inline and the side-by-side views, with an embed added; the summary counts them; and the
 * publish dialog proposes "Adds photo of …" with the redline's own count.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { blocksToBody, type Block } from '../../src/shared/article/blocks';

const body = (page: Page) => page.getByRole('textbox', { name: 'Body' });
const counter = (page: Page) => page.getByRole('status').filter({ hasText: /chang/i });

/** A real image drawn by the browser; `tone` makes two pictures differ. */
async function drawnImage(page: Page, tone: string, width = 320, height = 200): Promise<string> {
  return page.evaluate(
    async ([fill, w, h]) => {
      const canvas = new OffscreenCanvas(w as number, h as number);
      const g = canvas.getContext('2d')!;
      g.fillStyle = fill as string;
      g.fillRect(0, 0, w as number, h as number);
      g.fillStyle = '#5b4a3a';
      g.fillRect(0, (h as number) * 0.62, w as number, (h as number) * 0.38);
      g.fillStyle = '#f4f1ea';
      g.fillRect((w as number) * 0.25, (h as number) * 0.4, (w as number) * 0.3, (h as number) * 0.22);
      const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })).arrayBuffer());
      let binary = '';
      for (const b of bytes) binary += String.fromCharCode(b);
      return btoa(binary);
    },
    [tone, width, height] as const,
  );
}

/** One API call as the page makes it (the token is in the page). */
async function call<T>(page: Page, method: string, args: unknown): Promise<T> {
  return page.evaluate(
    async ([m, a]) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="copydesk-token"]')!.content;
      const response = await fetch(`/api/${m}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-copydesk-token': token },
        body: JSON.stringify(a),
      });
      const envelope = (await response.json()) as { ok: boolean; result?: unknown; error?: { message: string } };
      if (!envelope.ok) throw new Error(`${m as string}: ${envelope.error?.message}`);
      return envelope.result;
    },
    [method, args] as const,
  ) as Promise<T>;
}

async function shows(image: ReturnType<Page['locator']>) {
  await expect(image).toHaveAttribute('src', /^blob:/);
  await expect
    .poll(() => image.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(0);
}

async function saveVersion(page: Page, number: number): Promise<void> {
  await body(page).click();
  await page.keyboard.press('Control+s');
  await page.getByRole('button', { name: 'Save version' }).last().click();
  await expect(page.getByText(`Saved version ${number}`, { exact: true })).toBeVisible();
}

const LEDE = 'Floodwater closed Main Street in Riverton on Tuesday as the Ash River crested at 21 feet.';
const QUOTE = '"We have never seen it this high," Mayor Ana Ruiz said at City Hall.';

/**
 * Two versions through the API: a photo and a paragraph, then the same photo block showing another
 * image with its caption fixed, and an embedded video. Returns the article id.
 */
async function replacedPhotoVersions(page: Page): Promise<string> {
  const first = await call<{ hash: string; width: number; height: number }>(page, 'addPhoto', {
    fileName: 'street.jpg',
    base64: await drawnImage(page, '#7fa7c9'),
  });
  const second = await call<{ hash: string; width: number; height: number }>(page, 'addPhoto', {
    fileName: 'street-wide.jpg',
    base64: await drawnImage(page, '#c98f5a', 360, 200),
  });
  const { id } = await call<{ id: string }>(page, 'createArticle', { headline: 'River crests in Riverton, closing Main Street' });
  const photo = (image: { hash: string; width: number; height: number }, caption: string): Block => ({
    id: 'bphotostreet',
    type: 'photo',
    runs: [],
    photo: {
      hash: image.hash,
      mime: 'image/jpeg',
      width: image.width,
      height: image.height,
      caption,
      credit: 'Jon Park/Riverton Ledger',
      alt: 'Firefighters in brown floodwater up to their waists.',
    },
  });
  const para = (id: string, text: string): Block => ({ id, type: 'paragraph', runs: [{ text, format: 0 }] });
  const version = async (blocks: Block[]) => {
    const opened = await call<{ revision: number }>(page, 'getArticle', { id });
    await call(page, 'saveDraft', { id, patch: { body: blocksToBody(blocks) }, baseRevision: opened.revision });
    await call(page, 'checkpoint', { id });
  };
  await version([
    para('bpara1', LEDE),
    photo(first, 'Firefighters wade through floodwater on Main Street in Riverton on Monday.'),
    para('bpara2', QUOTE),
  ]);
  await version([
    para('bpara1', LEDE),
    photo(second, 'Firefighters wade through floodwater on Main Street in Riverton on Tuesday.'),
    para('bpara2', QUOTE),
    {
      id: 'bembedvideo',
      type: 'embed',
      runs: [],
      embed: { url: 'https://www.youtube.com/watch?v=a1b2c3d4', provider: 'YouTube', title: 'Drone footage of flooded Main Street' },
    },
  ]);
  return id;
}

test('a caption fixed in the editor shows word by word under the photo in the redline', async ({ desk: page, host }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page).toHaveURL(/#\/articles\/[a-z0-9]+$/);
  const id = /#\/articles\/([a-z0-9]+)$/.exec(page.url())![1]!;
  await page.getByLabel('Headline').fill('Mayor tours flooded streets');
  await body(page).click();
  await page.keyboard.type(LEDE);
  await page.keyboard.press('Enter');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Insert photo' }).click();
  await (
    await chooser
  ).setFiles({ name: 'mayor.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(await drawnImage(page, '#8fb7a9'), 'base64') });
  const figure = body(page).locator('figure.photo-block');
  await shows(figure.locator('img'));
  await figure.getByLabel('Caption').fill('Mayor Ana Ortiz tours Main Street in Riverton on Tuesday.');
  await figure.getByLabel('Credit').fill('Jon Park/Riverton Ledger');
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  await saveVersion(page, 1);

  await figure.getByLabel('Caption').fill('Mayor Ana Ruiz tours Main Street in Riverton on Tuesday.');
  await figure.getByLabel('Alt text').fill('A woman in a rain jacket talks with firefighters.');
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  await saveVersion(page, 2);

  await page.goto(`${host.origin}/#/articles/${id}/compare/1..2`);
  const redline = page.getByRole('region', { name: 'Redline' });
  const photo = redline.locator('figure.redline-media.photo');
  await expect(photo).toHaveCount(1);
  await shows(photo.locator('img'));
  const caption = photo.locator('.field-caption');
  await expect(caption.locator('del')).toContainText('Ortiz');
  await expect(caption.locator('ins')).toContainText('Ruiz');
  await expect(photo.locator('.field-alt ins')).toContainText('A woman in a rain jacket');
  await expect(photo.locator('.field-credit')).toContainText('Jon Park/Riverton Ledger');
  await expect(photo.locator('.field-credit ins, .field-credit del')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('2 photo fields changed (caption and alt text).');
  // The navigator steps onto the caption's change.
  await expect(counter(page)).toHaveText('2 changes');
  await page.getByRole('button', { name: 'Next change' }).click();
  await expect(counter(page)).toContainText('Change 1 of 2');
  await expect(counter(page)).toContainText('in the photo caption');
  await expect(caption.locator('[data-change="1"].current').first()).toBeVisible();
});

test('a replaced photo shows both images, inline and side by side, beside an added embed', async ({ desk: page, host }) => {
  const id = await replacedPhotoVersions(page);
  await page.goto(`${host.origin}/#/articles/${id}/compare/1..2`);
  const redline = page.getByRole('region', { name: 'Redline' });
  const photo = redline.locator('figure.redline-media.photo');
  const swap = photo.locator('.photo-swap.both');
  await expect(swap).toBeVisible();
  await expect(swap).toContainText('Before');
  await expect(swap).toContainText('After');
  await shows(swap.locator('.was img'));
  await shows(swap.locator('.now img'));
  const [was, now] = await Promise.all([swap.locator('.was img').getAttribute('src'), swap.locator('.now img').getAttribute('src')]);
  expect(was).not.toBe(now);
  await expect(photo.locator('.field-caption del')).toHaveText(/Monday/);
  await expect(photo.locator('.field-caption ins')).toHaveText(/Tuesday/);
  const embed = redline.locator('figure.redline-media.embed.change-inserted');
  await expect(embed).toContainText('Drone footage of flooded Main Street');
  await expect(embed).toContainText('https://www.youtube.com/watch?v=a1b2c3d4');
  await expect(embed.locator('a, iframe')).toHaveCount(0);
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText('1 photo replaced; 1 photo field changed (caption); 1 embed added.');
  // The counts, each a term and its number: the same numbers as the sentence.
  await expect(summary.getByLabel('Photos')).toContainText('replaced1');
  await expect(summary.getByLabel('Photos')).toContainText('fields changed1');
  await expect(summary.getByLabel('Embeds')).toContainText('added1');
  await expect(counter(page)).toHaveText('3 changes');

  await page.getByRole('button', { name: 'Side by side' }).click();
  const old = page.locator('.sbs-pane').first().locator('.photo-swap.was img');
  const fresh = page.locator('.sbs-pane').last().locator('.photo-swap.now img');
  await shows(old);
  await shows(fresh);
  expect(await old.getAttribute('src')).toBe(was);
  expect(await fresh.getAttribute('src')).toBe(now);
  await expect(page.locator('.sbs-pane').first().locator('.field-caption')).toContainText('Monday');
  await expect(page.locator('.sbs-pane').last().locator('.field-caption')).toContainText('Tuesday');
  // The embed stands only in the newer column; the older one keeps a gap in its place.
  await expect(page.locator('.sbs-pane').last().locator('figure.redline-media.embed')).toHaveCount(1);
  await expect(page.locator('.sbs-pane').first().locator('figure.redline-media.embed')).toHaveCount(0);
});

test('the publish dialog proposes "Adds photo of …" and counts the photo as the redline does', async ({ desk: page }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('River crests in Riverton, closing Main Street');
  await body(page).click();
  await page.keyboard.type(LEDE);
  await page.keyboard.press('Enter');
  await page.keyboard.type(QUOTE);
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Publish update' })).toBeVisible();

  // A photo after the first paragraph, captioned as a photo desk would.
  await body(page).locator('p').first().click();
  await page.keyboard.press('End');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Insert photo' }).click();
  await (
    await chooser
  ).setFiles({ name: 'street.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(await drawnImage(page, '#7fa7c9'), 'base64') });
  const figure = body(page).locator('figure.photo-block');
  await shows(figure.locator('img'));
  await figure.getByLabel('Caption').fill('Firefighters wade through floodwater on Main Street in Riverton, Ohio, on Tuesday.');
  await figure.getByLabel('Credit').fill('Jon Park/Riverton Ledger');
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);

  await page.getByRole('link', { name: 'Publish update' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish update' });
  await expect(dialog.getByLabel('Update note')).toHaveValue('Adds photo of firefighters on Main Street.');
  await expect(dialog.getByTestId('note-preview')).toHaveText(
    /^Update, [A-Z][a-z]+\.? \d{1,2}: Adds photo of firefighters on Main Street\.$/,
  );
  const changes = dialog.getByRole('region', { name: 'Changes since the published version' });
  await expect(changes).toContainText('1 photo added.');
  await expect(changes).toContainText('adds photo of firefighters on Main Street');
});
