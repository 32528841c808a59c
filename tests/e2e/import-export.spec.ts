/** Import every format into the desk, export one article and a batch from the desk. */
import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph, HeadingLevel, TextRun } from 'docx';
import JSZip from 'jszip';
import { test, expect } from './fixtures';

const fixture = (name: string) => ({
  name,
  mimeType: 'application/octet-stream',
  buffer: readFileSync(`src/main/import/fixtures/${name}`),
});

async function docxFile() {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Library extends its opening hours')] }),
          new Paragraph({
            children: [
              new TextRun('The central library will open until 9 p.m. on weekdays from May, '),
              new TextRun({ text: 'the city said', bold: true }),
              new TextRun('.'),
            ],
          }),
        ],
      },
    ],
  });
  return {
    name: 'library.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await Packer.toBuffer(doc),
  };
}

test('imports text, Markdown, HTML, DOCX and JSON; refuses a bad file and imports nothing with it', async ({ desk: page }) => {
  const input = page.locator('input[type=file][aria-label="Import files"]');
  await input.setInputFiles([
    fixture('harbor-closure.txt'),
    fixture('council-budget.md'),
    fixture('word-export.html'),
    fixture('copydesk-article.json'),
    await docxFile(),
  ]);
  await expect(page.getByText('Imported 5 articles')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Port authority shuts north harbor after crane collapse, promises inquiry' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Library extends its opening hours' })).toBeVisible();
  const rows = page.getByRole('table', { name: 'Articles' }).getByRole('row');
  await expect(rows).toHaveCount(6);

  // An image named .md, alongside a good file: refused by name, and nothing imported.
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  await input.setInputFiles([{ name: 'photo.md', mimeType: 'text/markdown', buffer: png }, fixture('harbor-closure.txt')]);
  await expect(page.getByRole('alert')).toContainText('photo.md');
  await expect(page.getByRole('alert')).toContainText('Nothing was imported');
  await expect(rows).toHaveCount(6);

  // The imported text article has its fields and its note, not site furniture, in the right places.
  await page.getByRole('link', { name: 'Port authority shuts north harbor after crane collapse, promises inquiry' }).click();
  await expect(page.getByLabel('Byline 1 name')).toHaveValue(/OKAFOR/i);
  await expect(page.getByRole('region', { name: 'Notes' })).toContainText('Update, March 14:');
  await expect(page.getByRole('textbox', { name: 'Body' })).not.toContainText('Update, March 14');
});

test('exports one article, and a batch from the desk with progress and a summary', async ({ desk: page }) => {
  await page
    .locator('input[type=file][aria-label="Import files"]')
    .setInputFiles([fixture('harbor-closure.txt'), fixture('council-budget.md')]);
  await expect(page.getByText('Imported 2 articles')).toBeVisible();
  await page
    .getByRole('link', { name: /Port authority shuts north harbor/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByLabel('IPTC NewsML-G2').check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^port-authority-shuts-north-harbor.*\.xml$/);
  const xml = readFileSync(await file.path(), 'utf8');
  expect(xml).toContain('<newsItem');
  expect(xml).toContain('sig:update');

  await page.getByRole('link', { name: '← Desk' }).click();
  await page.getByLabel('Select all').check();
  await page.getByRole('button', { name: /Export selected \(\d+\)/ }).click();
  // Formats are radio buttons here as in the one-article export.
  await page.getByRole('dialog').getByRole('radio', { name: 'Markdown' }).check();
  const zipDownload = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click();
  const zipFile = await zipDownload;
  await expect(page.getByRole('status', { name: 'Export summary' })).toContainText('2 written');
  const zip = await JSZip.loadAsync(readFileSync(await zipFile.path()));
  const names = Object.keys(zip.files).sort();
  expect(names).toHaveLength(2);
  expect(names.every((n) => n.endsWith('.md'))).toBe(true);
  expect(await zip.file(names.find((n) => n.startsWith('port-'))!)!.async('string')).toContain('# Port authority shuts north harbor');
  await page.getByRole('button', { name: 'Done' }).click();
});

test('a batch export can be stopped: nothing after the stop is written, and no partial zip is saved', async ({ desk: page, host }) => {
  // Twelve articles through the API, then a slow format so there is time to stop.
  const call = (method: string, args: unknown) =>
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
  for (let i = 0; i < 12; i++) await call('createArticle', { headline: `Road closure number ${i + 1}` });
  await page.reload();
  await page.getByLabel('Select all').check();
  await page.getByRole('button', { name: /Export selected \(12\)/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: 'PDF (print)' }).check();
  let downloads = 0;
  page.on('download', () => downloads++);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await dialog.getByRole('button', { name: 'Stop' }).click();
  const summary = page.getByRole('status', { name: 'Export summary' });
  await expect(summary).toContainText(/Stopped after \d+ of 12\. No zip file was saved\./);
  const after = Number(/Stopped after (\d+)/.exec((await summary.textContent())!)![1]);
  expect(after).toBeLessThan(12);
  await page.waitForTimeout(500);
  expect(downloads).toBe(0);
  await dialog.getByRole('button', { name: 'Done' }).click();
  // The choice is remembered, as in the one-article export.
  await page.getByRole('button', { name: /Export selected/ }).click();
  await expect(dialog.getByRole('radio', { name: 'PDF (print)' })).toBeChecked();
});

test('importing an article already on the desk warns, and can make the file a new version of it', async ({ desk: page }) => {
  const input = page.locator('input[type=file][aria-label="Import files"]');
  await input.setInputFiles([fixture('harbor-closure.txt')]);
  await expect(page.getByText('Imported 1 article')).toBeVisible();
  const table = page.getByRole('table', { name: 'Articles' });
  await expect(table.getByRole('row')).toHaveCount(2);
  const headline = (await table.getByRole('row').nth(1).getByRole('link').first().textContent())!.trim();

  // The same file again: a warning, and "Keep both" keeps both.
  await input.setInputFiles([fixture('harbor-closure.txt')]);
  const ask = page.getByRole('dialog', { name: 'This article is already on the desk' });
  await expect(ask).toContainText('harbor-closure.txt');
  await ask.getByRole('button', { name: 'Keep both' }).click();
  await expect(table.getByRole('row')).toHaveCount(3);

  // Once more, as a new version: the desk keeps one more version, not one more article.
  await input.setInputFiles([fixture('harbor-closure.txt')]);
  await ask.getByRole('button', { name: `Import as a new version of “${headline}”` }).click();
  await expect(page.getByText(/has a new version \d+ from harbor-closure\.txt; the separate copy is in the trash/)).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(3);
});
