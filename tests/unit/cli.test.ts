/** The `copydesk` command as a desk uses it: real processes, a real data dir. */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/main/store';
import { callService } from '../../src/cli/service-call';

const data = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
afterAll(() => rmSync(data, { recursive: true, force: true }));

function copydesk(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/copydesk.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, COPYDESK_DATA: data },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const fixture = 'src/main/import/fixtures/harbor-closure.txt';

describe('copydesk CLI', () => {
  it('--help lists every command', () => {
    const help = copydesk('--help');
    expect(help.code).toBe(0);
    for (const name of ['serve', 'check', 'list', 'import', 'export', 'diff', 'update-note', 'versions', 'backup'])
      expect(help.out).toContain(`copydesk ${name}`);
  });

  it('imports, lists, lists versions, reads a version and imports a revised copy as a new version', () => {
    const imported = copydesk('import', fixture, '--json');
    expect(imported.code).toBe(0);
    const [record] = JSON.parse(imported.out) as { id: string; headline: string; version: number }[];
    expect(record).toMatchObject({ headline: 'Port authority shuts north harbor after crane collapse, promises inquiry', version: 1 });

    const list = JSON.parse(copydesk('list', '--json').out);
    expect(list).toEqual([
      expect.objectContaining({ id: record!.id, status: 'published', wordCount: expect.any(Number), updatedAt: expect.any(String) }),
    ]);

    const revised = join(data, 'revised.txt');
    writeFileSync(revised, readFileSync(fixture, 'utf8').replace('twenty minutes', 'fifteen minutes'));
    const again = copydesk('import', revised, '--as-version-of', record!.id, '--json');
    expect(JSON.parse(again.out)[0]).toMatchObject({ id: record!.id, version: 2 });

    const versions = JSON.parse(copydesk('versions', record!.id, '--json').out);
    expect(versions.map((v: { number: number; kind: string }) => [v.number, v.kind])).toEqual([
      [2, 'import'],
      [1, 'published'],
    ]);
    expect(Object.keys(versions[0]).sort()).toEqual(['author', 'createdAt', 'kind', 'label', 'number', 'wordCount']);

    const v1 = JSON.parse(copydesk('export', `${record!.id}@1`, '--format', 'json').out);
    expect(JSON.stringify(v1.body)).toContain('twenty minutes');
    const v2 = JSON.parse(copydesk('export', `${record!.id}@2`, '--format', 'json').out);
    expect(JSON.stringify(v2.body)).toContain('fifteen minutes');

    const diff = JSON.parse(copydesk('diff', `${record!.id}@1`, `${record!.id}@2`, '--format', 'json').out);
    expect(diff.stats).toMatchObject({ blocksModified: 1, wordsAdded: 1, wordsRemoved: 1 });
    expect(copydesk('check').code).toBe(0);
  });

  it('refuses bad input with the file and the reason, a non-zero exit, and nothing imported', () => {
    const before = JSON.parse(copydesk('list', '--json').out).length;
    const empty = join(data, 'empty.md');
    writeFileSync(empty, '   \n');
    const run = copydesk('import', fixture, empty);
    expect(run.code).not.toBe(0);
    expect(run.err).toContain('empty.md');
    expect(JSON.parse(copydesk('list', '--json').out)).toHaveLength(before);
    expect(copydesk('export', 'nosuch@3', '--format', 'txt').code).not.toBe(0);
    expect(copydesk('export', fixture, '--format', 'pdf').err).toMatch(/binary: name a file with -o/);
    expect(copydesk('frobnicate').code).toBe(2);
  });

  it('writes the update note for a revision, as text and JSON with evidence', () => {
    const older = join(data, 'old.txt');
    const newer = join(data, 'new.txt');
    writeFileSync(older, 'Storm closes coastal road\n\nHeavy rain closed the coastal road on Monday, police said.\n');
    writeFileSync(
      newer,
      'Storm closes coastal road\n\nHeavy rain closed the coastal road on Monday, police said.\n\nCounty engineer Sam Hollis said the road would reopen on Thursday.\n',
    );
    const plain = copydesk('update-note', older, newer, '--date', '2025-09-12');
    expect(plain.out.trim()).toMatch(/^Update, Sept\. 12: .*Hollis/);
    const json = JSON.parse(copydesk('update-note', older, newer, '--date', '2025-09-12', '--json').out);
    expect(json.kind).toBe('update');
    expect(json.changes[0].evidence.join(' ')).toContain('would reopen on Thursday');
    expect(json.redline.stats.blocksInserted).toBe(1);
    // The house forms through the same formatter; a wrong form is refused in plain words.
    expect(copydesk('update-note', older, newer, '--date', '2025-09-12', '--form', 'wire').out.trim()).toBe(
      '(Updates with comments from county engineer Sam Hollis that the road would reopen on Thursday)',
    );
    expect(copydesk('update-note', older, newer, '--date', '2025-09-12', '--form', 'uk').out.trim()).toBe(
      'This article was amended on 12 September 2025 to add comments from county engineer Sam Hollis that the road would reopen on Thursday.',
    );
    expect(copydesk('update-note', older, newer, '--form', 'tabloid').err).toMatch(/--form must be ap, wire or uk/);
  });

  it('prints notes in the form Settings saved, in update-note and export alike; --form overrides it', async () => {
    const older = join(data, 'old-form.txt');
    const newer = join(data, 'new-form.txt');
    writeFileSync(older, 'Storm closes coastal road\n\nHeavy rain closed the coastal road on Monday, police said.\n');
    writeFileSync(
      newer,
      'Storm closes coastal road\n\nHeavy rain closed the coastal road on Monday, police said.\n\nCounty engineer Sam Hollis said the road would reopen on Thursday.\n\nUpdate, Sept. 12: Additional comments from Hollis.\n',
    );
    const save = async (houseStyle: { form: 'ap' | 'wire' | 'uk' }) => {
      const store = openStore(data);
      try {
        await callService(store, 'saveSettings', { houseStyle });
      } finally {
        store.close();
      }
    };
    await save({ form: 'uk' });
    try {
      expect(copydesk('update-note', older, newer, '--date', '2025-09-12').out.trim()).toBe(
        'This article was amended on 12 September 2025 to add comments from county engineer Sam Hollis that the road would reopen on Thursday.',
      );
      const text = copydesk('export', newer, '--format', 'txt');
      expect(text.code).toBe(0);
      expect(text.out).toContain('This article was amended on 12 September');
      expect(text.out).not.toContain('Update, Sept. 12:');
      expect(copydesk('export', newer, '--format', 'md', '--form', 'wire').out).toContain('(Updates with comments from Hollis)');
      expect(copydesk('export', newer, '--format', 'txt', '--form', 'tabloid').err).toMatch(/--form must be ap, wire or uk/);
    } finally {
      await save({ form: 'ap' });
    }
    expect(copydesk('export', newer, '--format', 'txt').out).toContain('Update, Sept. 12: Additional comments from Hollis.');
  });
});
