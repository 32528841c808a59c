/**
 * `copydesk check [--data DIR]`: is the store healthy? Runs SQLite's integrity check, reads
 * every stored version back against its checksum, hashes every stored photo against its name and
 * looks for every photo a draft or a version names. Exit 0 when healthy, 1 with the reason.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../main/store';
import { DATABASE_FILE, integrityProblems } from '../../main/store/database';
import { CliError } from '../cli-error';
import { damagedStoreAdvice } from '../../main/store/backups';
import type { CommandContext } from '../command';
import { absentPhotoProblems, storedPhotoProblems } from '../../main/store/photo-check';
import type { ArticleContent } from '../../shared/article/article';

/** Says why the store file cannot be looked at: missing is not the same as not allowed. */
function storeFileThere(dir: string, file: string): void {
  try {
    statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') {
      throw new CliError(
        `Permission denied: Copydesk may not read ${dir} (its permissions shut this user out). Fix them with chmod or run as the folder's owner.`,
      );
    }
    if (code === 'ENOTDIR') throw new CliError(`${dir} is not a folder.`);
    throw new CliError(`There is no Copydesk store at ${file}.`);
  }
}

export function check(ctx: CommandContext): number {
  const file = join(ctx.dataDir, DATABASE_FILE);
  storeFileThere(ctx.dataDir, file);
  const store = openStore(ctx.dataDir, { skipIntegrityCheck: true });
  try {
    const problems = integrityProblems(store.db);
    let versions = 0;
    const ids = store.db.prepare('SELECT id FROM articles').pluck().all() as string[];
    for (const id of ids) {
      const draft = store.articles.get(id);
      problems.push(...absentPhotoProblems(store.db, draft, 'draft', draft.body));
      for (const v of store.versions.list(id)) {
        try {
          const text = store.versions.readText(id, v.number);
          versions++;
          problems.push(...absentPhotoProblems(store.db, draft, `version ${v.number}`, (JSON.parse(text) as ArticleContent).body));
        } catch (error) {
          problems.push((error as Error).message);
        }
      }
    }
    const photos = storedPhotoProblems(store.db);
    problems.push(...photos.problems);
    if (problems.length > 0) {
      const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
      throw new CliError(
        `The store at ${file} is not healthy: ${problems.slice(0, 5).join('; ')}${more}\n${damagedStoreAdvice(ctx.dataDir)}`,
      );
    }
    ctx.out(`healthy: ${file} (${ids.length} articles, ${versions} versions, ${photos.photos} photos)`);
    return 0;
  } finally {
    store.close();
  }
}
