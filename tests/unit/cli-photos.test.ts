/** `copydesk import` and `copydesk export` with photos: real processes, a real data dir. */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { JPEG_40x30 } from '../photos/images';

const root = mkdtempSync(join(tmpdir(), 'copydesk-cli-photos-'));
const data = join(root, 'data');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function copydesk(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/copydesk.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, COPYDESK_DATA: data },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('copydesk import and export with photos', () => {
  it('imports a Markdown file with the image beside it, says what it could not bring, and exports a zip', async () => {
    const story = join(root, 'story');
    mkdirSync(join(story, 'images'), { recursive: true });
    writeFileSync(join(story, 'images', 'tram.jpg'), JPEG_40x30);
    writeFileSync(
      join(story, 'tram.md'),
      '# Tram line approved\n\nThe council voted on Tuesday.\n\n![A tram](images/tram.jpg "The first tram")\n\n_The first tram_ (Anna Wójcik)\n\n![Map](https://cdn.example.org/map.png)\n\nWork starts in spring.\n',
    );
    const imported = copydesk('import', join(story, 'tram.md'));
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('note: remote image not downloaded: https://cdn.example.org/map.png');
    const id = imported.out.split(/\s+/)[0]!;

    const refused = copydesk('export', id, '--format', 'md');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('has photos: its MD export is a zip with the images beside the text. Name a file with -o.');

    const out = join(root, 'tram.md.zip');
    expect(copydesk('export', id, '--format', 'md', '-o', out).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const names = Object.keys(zip.files)
      .filter((n) => !n.endsWith('/'))
      .sort();
    expect(names).toEqual([expect.stringMatching(/^images\/[0-9a-f]{12}\.jpg$/), 'tram-line-approved.md']);
    expect(await zip.file('tram-line-approved.md')!.async('string')).toContain('![A tram](images/');

    // HTML is one file with the image inline, and the store's check still passes.
    const html = copydesk('export', id, '--format', 'html');
    expect(html.out).toContain('<img src="data:image/jpeg;base64,');
    expect(html.out).toContain('<figcaption>The first tram <span class="credit">Anna Wójcik</span></figcaption>');
    expect(copydesk('check').code).toBe(0);
  });
});
