/**
 * Issue 15 item 9: a slug is text a writer (or an imported file) chose, so no file name made from
 * it may leave the folder it is written to — in the CLI's batch export, the export API's fileName
 * (which the desk's zip uses as its entry name) and every other derived name.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testStore } from '../unit/support';
import { hostile } from './hostile-corpus';

const root = mkdtempSync(join(tmpdir(), 'copydesk-names-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const fixture = JSON.parse(readFileSync('src/main/import/fixtures/copydesk-article.json', 'utf8')) as Record<string, unknown>;

describe('derived file names stay inside their folder', () => {
  it('CLI batch export with -o writes a slug like ../../victim/notes inside the folder', () => {
    const work = join(root, 'a', 'b');
    mkdirSync(work, { recursive: true });
    const files = ['../../victim/notes', '..', '/etc/evil'].map((slug, i) => {
      const file = join(work, `in${i}.json`);
      writeFileSync(file, JSON.stringify({ ...fixture, slug }));
      return file;
    });
    const out = join(work, 'out');
    const run = spawnSync(process.execPath, ['bin/copydesk.mjs', 'export', ...files, '--format', 'txt', '-o', out], {
      encoding: 'utf8',
      env: { ...process.env, COPYDESK_DATA: join(root, 'data') },
    });
    expect(run.stderr).not.toMatch(/copydesk:/);
    expect(run.status).toBe(0);
    expect(existsSync(join(root, 'victim'))).toBe(false);
    expect(existsSync(join(work, '..', 'victim'))).toBe(false);
    const written = readdirSync(out).sort();
    expect(written.length).toBe(3);
    for (const name of written) expect(name).toMatch(/^[^/\\.][^/\\]*\.txt$/);
    // A slug with nothing usable left falls back to the article's id, not to a bare extension.
    expect(written).not.toContain('txt');
    expect(written).toContain('victim-notes.txt');
  });

  it('the export API returns a safe fileName for every hostile slug', async () => {
    const env = testStore();
    try {
      // The article schema holds slugs to 200 characters.
      for (const slug of hostile.derivedNames.map((name) => name.slice(0, 200))) {
        const a = await env.handlers.createArticle({ headline: 'Harbor reopens' });
        await env.handlers.saveDraft({ id: a.id, patch: { slug } });
        for (const format of ['txt', 'newsml', 'docx'] as const) {
          const { fileName } = await env.handlers.exportArticle({ id: a.id, format });
          expect(fileName).not.toMatch(/[/\\\u0000-\u001f\u202e]/);
          expect(fileName.startsWith('.')).toBe(false);
          expect(fileName).not.toMatch(/^(con|nul)(\.|$)/i);
          expect(fileName.length).toBeLessThanOrEqual(120);
        }
      }
    } finally {
      env.cleanup();
    }
  });
});
