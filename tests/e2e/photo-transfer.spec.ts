/** Photos through import and export in the browser: the report, the single file, the batch zip. */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { test, expect } from './fixtures';
import { JPEG_40x30 } from '../photos/images';

const page = (title: string) =>
  Buffer.from(`<!doctype html><html><body><h1>${title}</h1><p>The council voted on Tuesday to build the line.</p>
<figure><img src="data:image/jpeg;base64,${JPEG_40x30.toString('base64')}" alt="A tram at the platform"><figcaption>The first tram. <span class="credit">Anna Wójcik</span></figcaption></figure>
<figure><img src="https://cdn.example.org/map.png" alt="Route map"><figcaption>The route.</figcaption></figure>
<p>Work starts in spring.</p></body></html>`);

test('an imported page keeps its photo, says which image it did not download, and exports carry the photo', async ({ desk, host }) => {
  const input = desk.locator('input[type=file][aria-label="Import files"]');
  await input.setInputFiles([
    { name: 'tram.html', mimeType: 'text/html', buffer: page('Tram line approved') },
    { name: 'depot.html', mimeType: 'text/html', buffer: page('Tram depot to be rebuilt') },
  ]);
  await expect(
    desk.getByText('Imported 2 articles. tram.html: remote image not downloaded: https://cdn.example.org/map.png'),
  ).toBeVisible();

  // One article as HTML, through the page's own API (the editor's photo block is another
  // part's work): one file, the stored image inside it.
  const call = (method: string, args: unknown) =>
    desk.evaluate(
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
  const list = (await call('listArticles', {})) as { id: string; headline: string }[];
  const tram = list.find((a) => a.headline === 'Tram line approved')!;
  const file = (await call('exportArticle', { id: tram.id, format: 'html' })) as { fileName: string; base64: string };
  expect(file.fileName).toBe('tram-line-approved.html');
  const html = Buffer.from(file.base64, 'base64').toString('utf8');
  expect(html).toMatch(/<img src="data:image\/jpeg;base64,\/9j\/[A-Za-z0-9+/=]+" alt="A tram at the platform" width="40" height="30">/);
  expect(html).toContain('<figcaption>The first tram. <span class="credit">Anna Wójcik</span></figcaption>');

  // Both as Markdown in one zip: each article at the top, the photo once in images/.
  await desk.getByLabel('Select all').check();
  await desk.getByRole('button', { name: /Export selected \(2\)/ }).click();
  await desk.getByRole('dialog').getByRole('radio', { name: 'Markdown' }).check();
  const zipDownload = desk.waitForEvent('download');
  await desk.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click();
  const zip = await JSZip.loadAsync(readFileSync(await (await zipDownload).path()));
  await expect(desk.getByRole('status', { name: 'Export summary' })).toContainText('2 written');
  const names = Object.keys(zip.files)
    .filter((n) => !n.endsWith('/'))
    .sort();
  expect(names).toEqual([expect.stringMatching(/^images\/[0-9a-f]{12}\.jpg$/), 'tram-depot-to-be-rebuilt.md', 'tram-line-approved.md']);
  const md = await zip.file('tram-line-approved.md')!.async('string');
  expect(md).toContain(`![A tram at the platform](${names[0]} "The first tram.")`);
  expect(md).toContain('\\[Photo: The route.\\]');

  await desk.getByRole('button', { name: 'Done' }).click();

  // The one-article Markdown zip goes back in through the browser, its photo with it.
  const mdZip = (await call('exportArticle', { id: tram.id, format: 'md' })) as { fileName: string; base64: string };
  expect(mdZip.fileName).toBe('tram-line-approved.md.zip');
  await input.setInputFiles([{ name: mdZip.fileName, mimeType: 'application/zip', buffer: Buffer.from(mdZip.base64, 'base64') }]);
  await expect(desk.getByText(/^Imported 1 article\.? ?$/)).toBeVisible();
  const after = (await call('listArticles', {})) as { id: string; headline: string }[];
  const again = after.find((a) => a.headline === 'Tram line approved' && a.id !== tram.id)!;
  const json = (await call('exportArticle', { id: again.id, format: 'json' })) as { base64: string };
  const doc = JSON.parse(Buffer.from(json.base64, 'base64').toString('utf8'));
  expect(Object.keys(doc.photos)).toHaveLength(1);
});
