/**
 * `copydesk import FILE... [--data DIR] [--json] [--as-version-of ID]`: all the files, or none.
 * Each becomes an article with a first version; with --as-version-of, a revised copy (updated
 * wire copy) becomes the next version of an existing article.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { openStore } from '../../main/store';
import { readArticles, writeImports } from '../../main/services/import-service';
import { callService } from '../service-call';
import { parseArticleRef } from '../../shared/article/version';
import { nowIso } from '../../shared/text/dates';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command';

export async function importCommand(ctx: CommandContext): Promise<number> {
  if (ctx.positionals.length === 0) throw new CliError('Name the files to import: copydesk import FILE...', 2);
  const asVersionOf = ctx.values['as-version-of'] as string | undefined;
  if (asVersionOf !== undefined && !parseArticleRef(asVersionOf))
    throw new CliError(`--as-version-of needs an article id, not "${asVersionOf}".`, 2);
  if (asVersionOf && ctx.positionals.length > 1) throw new CliError('--as-version-of takes one file.', 2);
  const files = ctx.positionals.map((path) => {
    try {
      // The folder goes along: a Markdown or HTML file's images beside it come in with it.
      return { name: basename(path), bytes: readFileSync(path), dir: dirname(path) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CliError(
        `Cannot import "${path}": ${code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}.`,
      );
    }
  });
  const items = await readArticles(files);
  const store = openStore(ctx.dataDir);
  try {
    if (asVersionOf) store.articles.assertExists(asVersionOf);
    // The author who signs the versions, from the same settings handler the app reads.
    const { author } = await callService(store, 'getSettings', {});
    const records = writeImports(store, items, author, nowIso(), asVersionOf);
    if (ctx.values.json)
      ctx.out(
        JSON.stringify(
          records.map(({ id, headline, version, notes }) => ({ id, headline, version, ...(notes ? { notes } : {}) })),
          null,
          2,
        ),
      );
    else {
      for (const r of records) {
        ctx.out(`${r.id}  version ${r.version}  ${r.headline || '(no headline)'}  ← ${r.file}`);
        for (const note of r.notes ?? []) ctx.out(`  note: ${note}`);
      }
    }
    return 0;
  } finally {
    store.close();
  }
}
