/** The redline of a long article: changes only, switching layout keeps the current change, compact controls at 800 px. */
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import type { Host } from './fixtures';

const para = (text: string) => ({
  type: 'paragraph',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children: [{ type: 'text', version: 1, text, format: 0, mode: 'normal', style: '', detail: 0 }],
});
const body = (texts: string[]) => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: texts.map(para) },
});

async function longArticle(page: Page, host: Host): Promise<string> {
  const call = (method: string, args: unknown) =>
    page.evaluate(
      async ([m, a, token]) => {
        const reply = await (
          await fetch(`/api/${m}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-copydesk-token': token as string },
            body: JSON.stringify(a),
          })
        ).json();
        if (!reply.ok) throw new Error(reply.error.message);
        return reply.result;
      },
      [method, args, host.token] as const,
    );
  const texts = Array.from(
    { length: 30 },
    (_, i) => `Paragraph ${i + 1} of the council story says the vote on item ${i + 1} was held on Tuesday.`,
  );
  const a = await call('createArticle', { headline: 'Council works through a long agenda' });
  await call('saveDraft', { id: a.id, patch: { body: body(texts) } });
  await call('publish', { id: a.id });
  const edited = [...texts];
  edited[4] = 'Paragraph 5 of the council story says the vote on item 5 was postponed to Friday.';
  edited[25] = 'Paragraph 26 of the council story says the vote on item 26 was held on Wednesday.';
  await call('saveDraft', { id: a.id, patch: { body: body(edited) } });
  return a.id;
}

test('changes only folds unchanged paragraphs; switching layout keeps the current change in view', async ({ desk: page, host }) => {
  const id = await longArticle(page, host);
  await page.goto(`${host.origin}/#/articles/${id}/compare/published..draft`);
  const redline = page.getByRole('region', { name: 'Redline' });
  await expect(redline).toContainText('postponed to Friday');
  await page.getByLabel('Changes only').check();
  await expect(redline.locator('.folded')).toHaveCount(3);
  await expect(redline.locator('.folded').first()).toHaveText('⋯ 3 unchanged paragraphs ⋯');
  await expect(redline).not.toContainText('Paragraph 15 of');

  await page.getByLabel('Changes only').uncheck();
  await expect(redline).toContainText('Paragraph 15 of');
  await page.getByRole('button', { name: '↓ Next change' }).click();
  await page.getByRole('button', { name: '↓ Next change' }).click();
  const status = page.locator('.change-count');
  await expect(status).toHaveText(/^Change 2 of 2/);
  const before = await status.textContent();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: 'Side by side' }).click();
  await expect(status).toHaveText(before!);
  const current = page.getByTestId('redline-new').locator('[data-change="2"]').first();
  await expect(current).toBeInViewport();
  await page.getByRole('button', { name: 'Inline' }).click();
  await expect(status).toHaveText(before!);
  await expect(redline.locator('[data-change="2"]').first()).toBeInViewport();
});

test('at 800 px the compare controls leave the redline on the first screen', async ({ desk: page, host }) => {
  await page.setViewportSize({ width: 800, height: 900 });
  const id = await longArticle(page, host);
  await page.goto(`${host.origin}/#/articles/${id}/compare/published..draft`);
  const redline = page.getByRole('region', { name: 'Redline' });
  await expect(redline).toContainText('Paragraph 1 of');
  const controls = await page.locator('.compare-controls').boundingBox();
  expect(controls!.height).toBeLessThan(200);
  const top = await redline.boundingBox();
  expect(top!.y).toBeLessThan(900 * 0.6);
});
