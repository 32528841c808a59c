import { afterEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { testStore, type TestStore } from '../../../tests/unit/support';
import { backupProblems } from '../store/backups';

let env: TestStore;
afterEach(() => env?.cleanup());

describe('Back up now', () => {
  it('writes a checked manual backup into backups/ that the list shows and a restore can use', async () => {
    env = testStore();
    const h = env.handlers;
    const a = await h.createArticle({ headline: 'Bridge inspection finds cracks' });
    const made = await h.backupNow({});
    expect(made).toMatchObject({ kind: 'manual', name: expect.stringMatching(/^copydesk-manual-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.sqlite$/) });
    const file = join(env.dir, 'backups', made.name);
    expect(existsSync(file)).toBe(true);
    expect(backupProblems(file)).toEqual([]);
    expect((await h.listBackups({})).map((b) => b.name)).toContain(made.name);
    await h.trashArticle({ id: a.id });
    await h.restoreBackup({ name: made.name });
    expect((await h.getArticle({ id: a.id })).trashedAt).toBeNull();
  });
});
