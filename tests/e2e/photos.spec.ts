/**
 * Photos and embeds in the body, in a real Chromium against the real web host: a photo from the
 * file picker (a JPEG with a GPS position in its EXIF), its caption, credit and alt
 * text kept across a reload, a pasted and a dropped image, a refused SVG, the keyboard on a
 * selected photo, an embed card (never a frame), a refused javascript: embed, and the preview.
 */
import exifr from 'exifr';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { exifBlock, jpegWith, JPEG_40x30, png } from '../photos/images';
import { bodyToBlocks } from '../../src/shared/article/blocks';
import type { SerializedBody } from '../../src/shared/article/body';

/** A phone photo: a real JPEG with a GPS position in its EXIF. */
const JPEG_WITH_GPS = jpegWith(JPEG_40x30, { exif: exifBlock({ location: { latitude: 40.7128, longitude: -74.006 } }) });

async function newArticle(page: Page, headline: string) {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill(headline);
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  return body;
}

async function pickPhoto(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Insert photo' }).click();
  await (await chooser).setFiles(file);
}

/** One API call made as the page makes it (the token from the page, the JSON envelope). */
async function call<T>(page: Page, method: string, args: unknown): Promise<T> {
  const envelope = await page.evaluate(
    async ([m, a]) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="copydesk-token"]')!.content;
      const response = await fetch(`/api/${m}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-copydesk-token': token },
        body: JSON.stringify(a),
      });
      return (await response.json()) as { ok: boolean; result: unknown; error?: { message: string } };
    },
    [method, args] as const,
  );
  if (!envelope.ok) throw new Error(envelope.error?.message);
  return envelope.result as T;
}

/** The stored bytes of a photo, read through the API as the page reads them. */
async function storedPhoto(page: Page, hash: string): Promise<Buffer> {
  return Buffer.from((await call<{ base64: string }>(page, 'readPhoto', { hash })).base64, 'base64');
}

/** True once an <img> has decoded real pixels. */
async function shows(image: ReturnType<Page['locator']>) {
  await expect(image).toHaveAttribute('src', /^blob:/);
  await expect
    .poll(() => image.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(0);
}

test('a photo from a file shows, loses its GPS position, and keeps caption, credit and alt text across a reload', async ({
  desk: page,
}) => {
  const body = await newArticle(page, 'Harbour wall gives way in storm');
  await page.keyboard.type('The old harbour wall collapsed overnight.');
  await page.keyboard.press('Enter');

  const original = JPEG_WITH_GPS;
  expect((await exifr.gps(original))?.latitude).toBeCloseTo(40.7128, 3);
  await pickPhoto(page, { name: 'harbour.jpg', mimeType: 'image/jpeg', buffer: original });

  const photo = body.locator('figure.photo-block');
  await expect(photo).toHaveCount(1);
  await shows(photo.locator('img'));
  await expect(page.getByText('harbour.jpg: its GPS location was removed before it was stored.')).toBeVisible();
  const hash = (await photo.getAttribute('data-photo'))!;
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  expect(await exifr.gps(await storedPhoto(page, hash)).catch(() => undefined)).toBeFalsy();

  // Alt text is asked for, gently.
  await expect(photo.getByText(/^Add alt text/)).toBeVisible();
  await photo.getByLabel('Caption').fill('Waves break over the collapsed section of the harbour wall on Tuesday.');
  await photo.getByLabel('Credit').fill('Ana Ruiz / Riverton Ledger');
  await photo.getByLabel('Alt text').fill('Grey waves pour through a gap in a stone sea wall.');
  await expect(photo.getByText(/^Add alt text/)).toHaveCount(0);
  await expect(photo.locator('img')).toHaveAttribute('alt', 'Grey waves pour through a gap in a stone sea wall.');

  // A field edit is an edit: Undo takes the alt text back, Redo brings it again.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(photo.getByLabel('Alt text')).toHaveValue('');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(photo.getByLabel('Alt text')).toHaveValue('Grey waves pour through a gap in a stone sea wall.');

  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  await page.reload();
  const kept = page.getByRole('textbox', { name: 'Body' }).locator('figure.photo-block');
  await expect(kept).toHaveCount(1);
  await shows(kept.locator('img'));
  await expect(kept.getByLabel('Caption')).toHaveValue('Waves break over the collapsed section of the harbour wall on Tuesday.');
  await expect(kept.getByLabel('Credit')).toHaveValue('Ana Ruiz / Riverton Ledger');
  await expect(kept.getByLabel('Alt text')).toHaveValue('Grey waves pour through a gap in a stone sea wall.');
  await expect(page.getByRole('textbox', { name: 'Body' })).toContainText('The old harbour wall collapsed overnight.');

  // Saved as the shared model's photo block, with a block id of its own for the redline.
  const id = /#\/articles\/([^/?]+)/.exec(page.url())![1]!;
  const saved = await call<{ body: SerializedBody }>(page, 'getArticle', { id });
  const photoBlock = bodyToBlocks(saved.body).find((block) => block.type === 'photo')!;
  expect(photoBlock.photo).toEqual({
    hash,
    mime: 'image/jpeg',
    width: 40,
    height: 30,
    caption: 'Waves break over the collapsed section of the harbour wall on Tuesday.',
    credit: 'Ana Ruiz / Riverton Ledger',
    alt: 'Grey waves pour through a gap in a stone sea wall.',
  });
  expect(saved.body.root.children.find((node) => node.type === 'photo')?.$?.blockId).toMatch(/\S/);
});

test('a pasted image and a dropped file become photos; a refused SVG says why and adds nothing', async ({ desk: page }) => {
  const body = await newArticle(page, 'Crowds at the night market');
  await page.keyboard.type('Stalls opened at dusk.');
  const pasted = png(120, 90, 1);

  // "Copy image" in a browser: the picture and a bit of HTML naming it, no plain text.
  await page.evaluate(
    (bytes) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], 'image.png', { type: 'image/png' }));
      dt.setData('text/html', '<meta charset="utf-8"><img src="https://market.example/stalls.png">');
      document
        .querySelector('[aria-label="Body"]')!
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    },
    [...pasted],
  );
  await expect(body.locator('figure.photo-block')).toHaveCount(1);
  await shows(body.locator('figure.photo-block img').first());
  await expect(body.locator('img[src^="https:"]')).toHaveCount(0);

  // A file dragged from the desktop onto the text.
  const dropped = png(160, 100, 2);
  await page.evaluate(
    (bytes) => {
      const target = document.querySelector('[aria-label="Body"] p')!;
      const box = target.getBoundingClientRect();
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], 'stalls.png', { type: 'image/png' }));
      target.dispatchEvent(
        new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true, clientX: box.left + 5, clientY: box.top + 5 }),
      );
    },
    [...dropped],
  );
  await expect(body.locator('figure.photo-block')).toHaveCount(2);
  await shows(body.locator('figure.photo-block img').nth(1));

  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
  await pickPhoto(page, { name: 'logo.svg', mimeType: 'image/svg+xml', buffer: svg });
  await expect(page.getByRole('alert').filter({ hasText: 'logo.svg was not added:' })).toContainText(/SVG/);
  await expect(body.locator('figure.photo-block')).toHaveCount(2);
});

test('a selected photo goes with Delete, comes back with Undo, and the arrow keys move past it', async ({ desk: page }) => {
  const body = await newArticle(page, 'Bridge reopens after repairs');
  await page.keyboard.type('Traffic resumed at noon.');
  await page.keyboard.press('Enter');
  await pickPhoto(page, { name: 'bridge.png', mimeType: 'image/png', buffer: png(200, 120, 3) });
  const photo = body.locator('figure.photo-block');
  await shows(photo.locator('img'));
  await expect(body.locator('.ed-photo + p')).toHaveCount(1);

  await photo.locator('img').click();
  await expect(body.locator('.ed-photo.is-selected')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(body.locator('.ed-photo.is-selected')).toHaveCount(0);
  await page.keyboard.type('Cyclists were first across.');
  await expect(body.locator('.ed-photo + p')).toHaveText('Cyclists were first across.');

  await photo.locator('img').click();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.type(' Officials cut a ribbon.');
  await expect(body.locator('p').first()).toHaveText('Traffic resumed at noon. Officials cut a ribbon.');

  // Typing in a field of the selected photo edits the field; Backspace there is the field's.
  await photo.locator('img').click();
  await photo.getByLabel('Credit').click();
  await page.keyboard.type('Ana Ruiz');
  await page.keyboard.press('Backspace');
  await expect(photo.getByLabel('Credit')).toHaveValue('Ana Rui');
  await expect(body.locator('figure.photo-block')).toHaveCount(1);

  await photo.locator('img').click();
  await page.keyboard.press('Delete');
  await expect(body.locator('figure.photo-block')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(body.locator('figure.photo-block')).toHaveCount(1);
  await body.locator('figure.photo-block img').click();
  await page.keyboard.press('Backspace');
  await expect(body.locator('figure.photo-block')).toHaveCount(0);
  await expect(body).toContainText('Cyclists were first across.');
});

test('an embed is a card with the address and an Open link, never a frame; a javascript: address is refused', async ({ desk: page }) => {
  const body = await newArticle(page, 'Mayor answers questions live');
  await page.keyboard.type('Watch the full session below.');
  await page.keyboard.press('Enter');

  await page.getByRole('button', { name: 'Insert embed' }).click();
  const address = page.getByLabel('Video or post address');
  await address.fill('javascript:alert(document.cookie)');
  await page.getByRole('button', { name: 'Insert embed' }).last().click();
  await expect(page.getByRole('alert').filter({ hasText: 'must start with https://' })).toBeVisible();
  await expect(body.locator('.embed-card')).toHaveCount(0);

  await address.fill('https://www.youtube.com/watch?v=Riverton01');
  await expect(page.getByTestId('embed-target')).toHaveText('A card for YouTube: https://www.youtube.com/watch?v=Riverton01');
  await page.getByRole('button', { name: 'Insert embed' }).last().click();
  const card = body.locator('.embed-card');
  await expect(card).toHaveCount(1);
  await expect(card.locator('.embed-provider')).toHaveText('YouTube');
  await expect(card.locator('.embed-url')).toHaveText('https://www.youtube.com/watch?v=Riverton01');
  const open = card.getByRole('link', { name: 'Open' });
  await expect(open).toHaveAttribute('href', 'https://www.youtube.com/watch?v=Riverton01');
  await expect(open).toHaveAttribute('rel', 'noopener noreferrer');
  await card.getByLabel('Title').fill('Town hall, full session');
  expect(await page.locator('iframe, embed, object').count()).toBe(0);

  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  await page.reload();
  const kept = page.getByRole('textbox', { name: 'Body' }).locator('.embed-card');
  await expect(kept.getByLabel('Title')).toHaveValue('Town hall, full session');
  await expect(kept.locator('.embed-url')).toHaveText('https://www.youtube.com/watch?v=Riverton01');
  expect(await page.locator('iframe, embed, object').count()).toBe(0);
});

test('the version preview shows the photo as a figure with its caption, credit and alt, and the embed as a card', async ({
  desk: page,
}) => {
  const body = await newArticle(page, 'Ferry service resumes');
  await page.keyboard.type('The first ferry left at seven.');
  await page.keyboard.press('Enter');
  await pickPhoto(page, { name: 'ferry.png', mimeType: 'image/png', buffer: png(200, 120, 4) });
  const photo = body.locator('figure.photo-block');
  await shows(photo.locator('img'));
  await photo.getByLabel('Caption').fill('The ferry leaves Pier 4.');
  await photo.getByLabel('Credit').fill('Ben Ode / Riverton Ledger');
  await photo.getByLabel('Alt text').fill('A white ferry pulls away from a wooden pier.');
  await body.locator('p').last().click();
  await page.getByRole('button', { name: 'Insert embed' }).click();
  await page.getByLabel('Video or post address').fill('https://t.me/riverton_news/812');
  await page.getByRole('button', { name: 'Insert embed' }).last().click();
  await expect(body.locator('.embed-card')).toHaveCount(1);
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);

  await page.keyboard.press('Control+s');
  await page.getByRole('button', { name: 'Save version' }).last().click();
  await expect(page.getByText(/Saved version 1/)).toBeVisible();
  await page.getByRole('link', { name: 'History' }).click();
  await page
    .getByRole('list', { name: 'Versions' })
    .getByRole('link', { name: /Version 1/ })
    .click();
  const preview = page.getByRole('region', { name: 'Version preview' });
  const figure = preview.locator('figure.preview-photo');
  await expect(figure.locator('img')).toHaveAttribute('alt', 'A white ferry pulls away from a wooden pier.');
  await shows(figure.locator('img'));
  await expect(figure.locator('figcaption')).toHaveText('The ferry leaves Pier 4.Ben Ode / Riverton Ledger');
  await expect(preview.locator('.embed-card .embed-provider')).toHaveText('Telegram');
  await expect(preview.locator('input, textarea')).toHaveCount(0);
  expect(await page.locator('iframe').count()).toBe(0);

  // History counts photos as the redline does: the first version brings them, a new caption is a field changed.
  const versions = page.getByRole('list', { name: 'Versions' });
  await expect(versions.getByRole('link', { name: /Version 1/ })).toContainText('+1 photo, +1 embed');
  const id = /#\/articles\/([^/?]+)/.exec(page.url())![1]!;
  await page.evaluate((to) => (location.hash = to), `#/articles/${id}`);
  const kept = page.getByRole('textbox', { name: 'Body' }).locator('figure.photo-block');
  await kept.getByLabel('Caption').fill('The ferry leaves Pier 4 at seven.');
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  await page.keyboard.press('Control+s');
  await page.getByRole('button', { name: 'Save version' }).last().click();
  await expect(page.getByText(/Saved version 2/)).toBeVisible();
  await page.getByRole('link', { name: 'History' }).click();
  const second = versions.getByRole('link', { name: /Version 2/ });
  await expect(second).toContainText('1 photo field changed');
  await expect(second).not.toContainText('+1 photo');
});
