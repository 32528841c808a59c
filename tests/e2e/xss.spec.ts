/**
 * The XSS corpus in a real Chromium: pasted into the editor (as HTML and as hand-made Lexical
 * clipboard JSON), imported through the desk's file input and opened, and each article's HTML
 * export opened as a page. The page's CSP is bypassed so the sanitizers alone must stop every
 * vector; a sentinel (`window.__xss`, alert/confirm/prompt, dialogs) records anything that runs.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { XSS_VECTORS, lexicalClipboardPayloads } from '../security/xss-corpus';

test.use({ bypassCSP: true });
test.describe.configure({ timeout: 240_000 });

const SENTINEL = `
  window.__xss = [];
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    window[name] = (...args) => { (window.top || window).__xss.push(name + ':' + String(args[0])); };
  }`;

async function armSentinel(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(SENTINEL);
  return dialogs;
}

const fired = (page: Page) => page.evaluate(() => [...((window as unknown as { __xss?: string[] }).__xss ?? [])]);

/** Dangerous things left in the editor's DOM: script-bearing elements, handlers, bad URLs. */
function editorProblems(page: Page) {
  return page.evaluate(() => {
    const body = document.querySelector('[contenteditable][aria-label="Body"]');
    if (!body) return ['no editor'];
    const problems: string[] = [];
    for (const el of Array.from(body.querySelectorAll('*'))) {
      if (/^(script|iframe|object|embed|svg|math|form|style|base|meta|link|img|video|audio)$/i.test(el.localName))
        problems.push(`<${el.localName}>`);
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) problems.push(`${attr.name}= on <${el.localName}>`);
        if (
          /^(href|src|xlink:href|action|formaction)$/i.test(attr.name) &&
          !/^(https?:|mailto:)/i.test(attr.value.replace(/[\u0000-\u0020]+/g, ''))
        )
          problems.push(`${attr.name}="${attr.value}"`);
      }
    }
    return problems;
  });
}

/**
 * Waits, without guessing a time, until the handlers a vector could set off have had their turn:
 * every image, video and iframe has loaded or failed (onload/onerror), fonts are in, and two
 * animation frames and a task have passed (animationstart, focus and queued callbacks).
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const media = Array.from(
      document.querySelectorAll<HTMLImageElement | HTMLVideoElement | HTMLIFrameElement>('img, video, audio, iframe, embed, object'),
    );
    await Promise.all(
      media.map((el) =>
        el instanceof HTMLImageElement && el.complete
          ? null
          : new Promise((done) => {
              el.addEventListener('load', done, { once: true });
              el.addEventListener('error', done, { once: true });
              setTimeout(done, 2000); // an element that never settles (a stalled iframe) does not hang the test
            }),
      ),
    );
    await document.fonts.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    await new Promise((done) => setTimeout(done, 0));
  });
}

async function newArticle(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByRole('textbox', { name: 'Body' })).toBeVisible();
}

/** Empties the body and pastes `data` (type → value) as a ClipboardEvent, the way a browser would. */
async function paste(page: Page, data: Record<string, string>): Promise<void> {
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.evaluate((items) => {
    const target = document.querySelector('[contenteditable][aria-label="Body"]') as HTMLElement;
    target.focus();
    const dt = new DataTransfer();
    for (const [type, value] of Object.entries(items)) dt.setData(type, value);
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, data);
  // Handlers that fire later (onerror, onload, animations) get their chance.
  await settle(page);
}

test('pasting the corpus as HTML runs nothing and keeps the words', async ({ desk: page }) => {
  const dialogs = await armSentinel(page);
  await page.reload();
  await newArticle(page);
  const failures: string[] = [];
  let blocked = 0;
  for (const vector of XSS_VECTORS) {
    await paste(page, { 'text/html': vector.html, 'text/plain': vector.text ?? '' });
    const problems = await editorProblems(page);
    const bodyText = await page.getByRole('textbox', { name: 'Body' }).innerText();
    if (problems.length) failures.push(`${vector.name}: ${problems.join(', ')}`);
    if (vector.text && !bodyText.replace(/\s+/g, ' ').includes(vector.text))
      failures.push(`${vector.name}: the words "${vector.text}" were lost`);
    if (!problems.length) blocked++;
  }
  await settle(page);
  const ran = await fired(page);
  console.log(`paste: ${blocked}/${XSS_VECTORS.length} vectors blocked; sentinel: ${ran.length}, dialogs: ${dialogs.length}`);
  expect(ran).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(failures).toEqual([]);
});

test('pasting hand-made Lexical clipboard JSON keeps no unsafe link and runs nothing', async ({ desk: page }) => {
  const dialogs = await armSentinel(page);
  await page.reload();
  await newArticle(page);
  const failures: string[] = [];
  const payloads = lexicalClipboardPayloads('copydesk-body');
  for (const payload of payloads) {
    await paste(page, { 'application/x-lexical-editor': payload.json, 'text/plain': payload.text });
    const problems = await editorProblems(page);
    if (problems.length) failures.push(`${payload.name}: ${problems.join(', ')}`);
    const bodyText = await page.getByRole('textbox', { name: 'Body' }).innerText();
    if (payload.text && !bodyText.includes(payload.text)) failures.push(`${payload.name}: the words "${payload.text}" were lost`);
  }
  await settle(page);
  console.log(`lexical clipboard: ${payloads.length - failures.length}/${payloads.length} payloads blocked`);
  expect(await fired(page)).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(failures).toEqual([]);
});

test('imported vectors open safely, and their HTML exports run nothing in a browser', async ({ desk: page }) => {
  const dialogs = await armSentinel(page);
  await page.reload();
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
  // The NUL-byte vector reads as a binary file and would make the importer refuse the batch.
  const vectors = XSS_VECTORS.filter((v) => !v.html.includes('\u0000'));
  const files = vectors.map((v) => ({
    name: `${v.name}.html`,
    mimeType: 'text/html',
    buffer: Buffer.from(`<h1>Vector ${v.name}</h1>\n${v.html}`),
  }));
  await page.locator('input[type=file][aria-label="Import files"]').setInputFiles(files);
  await expect(page.getByText(`Imported ${vectors.length} articles`)).toBeVisible({ timeout: 60_000 });

  const call = (method: string, args: unknown) =>
    page.evaluate(
      async ({ method, args }) => {
        const token = document.querySelector<HTMLMetaElement>('meta[name="copydesk-token"]')?.content ?? '';
        const response = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-copydesk-token': token },
          body: JSON.stringify(args),
        });
        return (await response.json()) as { ok: boolean; result: unknown };
      },
      { method, args },
    );
  const listed = (await call('listArticles', {})) as {
    ok: boolean;
    result: { id: string; headline: string }[] | { articles: { id: string; headline: string }[] };
  };
  const articles = Array.isArray(listed.result) ? listed.result : listed.result.articles;
  expect(articles.length).toBe(vectors.length);

  const failures: string[] = [];
  const exports: { name: string; html: string }[] = [];
  for (const article of articles) {
    await page.evaluate((id) => (location.hash = `#/articles/${id}`), article.id);
    await expect(page.getByLabel('Headline')).toHaveValue(article.headline);
    const problems = await editorProblems(page);
    if (problems.length) failures.push(`${article.headline} (opened): ${problems.join(', ')}`);
    const exported = (await call('exportArticle', { id: article.id, format: 'html' })) as { ok: boolean; result: { base64: string } };
    exports.push({ name: article.headline, html: Buffer.from(exported.result.base64, 'base64').toString('utf8') });
  }
  await settle(page);
  expect(await fired(page)).toEqual([]);

  // Each export opened as a page of its own origin, once as written and once without its CSP,
  // so the sanitizer alone must hold.
  const viewer = await page.context().newPage();
  const viewerDialogs = await armSentinel(viewer);
  let current = '';
  await viewer.route('https://export.invalid/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: current }));
  // Control: the sentinel does see a script that runs, so silence below means nothing ran.
  current = `<p>control</p><img src=x onerror="__xss.push('control')">`;
  await viewer.goto('https://export.invalid/control.html');
  await expect.poll(() => fired(viewer)).toEqual(['control']);
  let blocked = 0;
  for (const file of exports) {
    let clean = true;
    for (const html of [file.html, file.html.replace(/<meta[^>]+Content-Security-Policy[^>]*>/i, '')]) {
      current = html;
      await viewer.goto('https://export.invalid/article.html');
      await settle(viewer);
      const ran = await fired(viewer);
      const links = await viewer.evaluate(() =>
        Array.from(
          document.querySelectorAll('[href],[src],[action]'),
          (el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '',
        ),
      );
      const bad = links.filter((u) => !/^(https?:|mailto:|#)/i.test(u.replace(/[\u0000-\u0020]+/g, '')));
      if (ran.length || bad.length) {
        clean = false;
        failures.push(`${file.name} (export): ran ${ran.join(', ')}; links ${bad.join(', ')}`);
      }
    }
    if (clean) blocked++;
  }
  console.log(`import + open + export: ${blocked}/${exports.length} vectors blocked; dialogs: ${dialogs.length + viewerDialogs.length}`);
  expect(dialogs).toEqual([]);
  expect(viewerDialogs).toEqual([]);
  expect(failures).toEqual([]);
  await viewer.close();
});
