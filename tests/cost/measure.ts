/**
 * Before/after figures for issue 15's hostile inputs, measured, never asserted:
 *   node --import tsx tests/cost/measure.ts ROOT words|import-text|search|html|bomb
 * ROOT is a Copydesk checkout (this one, or an older commit unpacked with git archive), so the
 * same input can be timed on the code before and after a fix. Prints one line per figure.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [root, what] = process.argv.slice(2);
const imp = (p: string) => import(`${root}/${p}`);
const ms = (t0: number) => `${Math.round(performance.now() - t0)} ms`;
const SENT = 'The council approved the budget after a long debate about the harbor and the schools. ';
if (what === 'words') {
  const { countWords } = await imp('src/shared/text/words.ts');
  for (const kb of [40, 160]) {
    const t = SENT.repeat(Math.ceil((kb * 1024) / SENT.length));
    const t0 = performance.now();
    countWords(t);
    console.log(`countWords one ${kb} KB paragraph: ${ms(t0)}`);
  }
}
if (what === 'import-text') {
  const { openStore } = await imp('src/main/store/index.ts');
  const { createServices } = await imp('src/main/services/index.ts');
  const store = openStore(mkdtempSync(join(tmpdir(), 'm-')));
  const h = createServices(store);
  const t = 'Headline\n\n' + SENT.repeat(Math.ceil((300 * 1024) / SENT.length));
  const t0 = performance.now();
  await h.importFiles({ files: [{ name: 'long.txt', base64: Buffer.from(t).toString('base64') }] });
  console.log(`import 300 KB text with no line breaks: ${ms(t0)}`);
  store.close();
}
if (what === 'search') {
  const { openStore } = await imp('src/main/store/index.ts');
  const { blocksToBody } = await imp('src/shared/article/blocks.ts');
  const store = openStore(mkdtempSync(join(tmpdir(), 'm-')));
  const a = store.articles.create({ headline: 'Big' }, '2026-01-01T00:00:00Z');
  const n = Math.ceil((2 * 1024 * 1024) / SENT.length);
  store.articles.saveDraft(
    a.id,
    {
      body: blocksToBody(
        Array.from({ length: n }, (_, i) => ({ id: `b${i}`, type: 'paragraph', runs: [{ text: SENT.trim(), format: 0 }] })),
      ),
    },
    '2026-01-01T00:00:00Z',
  );
  store.articles.list({ query: 'nothing' });
  const t0 = performance.now();
  const hits = store.articles.list({ query: 'budget' });
  console.log(
    `search a 2 MB article whose every paragraph is a hit: ${ms(t0)} (${hits.length} hit, snippet ${hits[0]?.snippet ? 'yes' : 'no'})`,
  );
  store.close();
}
if (what === 'html') {
  const { importText } = await imp('src/main/import/index.ts');
  for (const n of [20000, 50000]) {
    const html = '<html><body><h1>Flat</h1>' + '<p>Para graph text.</p>'.repeat(n) + '</body></html>';
    const t0 = performance.now();
    try {
      importText('flat.html', html);
      console.log(`HTML ${n} <p>: ${ms(t0)}, rss ${Math.round(process.memoryUsage().rss / 1e6)} MB`);
    } catch (e) {
      console.log(`HTML ${n} <p>: refused after ${ms(t0)}: ${(e as Error).message}`);
    }
  }
  const t1 = performance.now();
  try {
    importText('divs.html', '<html><body>' + '<div/>'.repeat(30000) + 'x</body></html>');
    console.log(`30,000 <div/>: read in ${ms(t1)}`);
  } catch (e) {
    console.log(`30,000 <div/>: refused after ${ms(t1)}: ${(e as Error).message}`);
  }
  const t2 = performance.now();
  try {
    importText('flat.html', '<html><body><h1>F</h1>' + '<p>x</p>'.repeat(100000) + '</body></html>');
    console.log(`100,000 flat <p>: read in ${ms(t2)}`);
  } catch (e) {
    console.log(`100,000 flat <p>: refused after ${ms(t2)}: ${(e as Error).message}`);
  }
}
if (what === 'bomb') {
  const { hostile } = await import('../security/hostile-corpus');
  const { importBytes } = await imp('src/main/import/index.ts');
  const bomb = await hostile.docxBomb(256 * 1024 * 1024);
  const t0 = performance.now();
  try {
    await importBytes('bomb.docx', bomb);
    console.log(
      `DOCX ${Math.round(bomb.length / 1024)} KB → 256 MiB: read in ${ms(t0)}, rss ${Math.round(process.memoryUsage().rss / 1e6)} MB`,
    );
  } catch (e) {
    console.log(
      `DOCX ${Math.round(bomb.length / 1024)} KB → 256 MiB: refused after ${ms(t0)}, rss ${Math.round(process.memoryUsage().rss / 1e6)} MB: ${(e as Error).message}`,
    );
  }
}
