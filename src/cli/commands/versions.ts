/** `copydesk versions ID [--data DIR] [--json]`: an article's history, newest first, as History shows it. */
import { openStore } from '../../main/store';
import { parseArticleRef } from '../../shared/article/version';
import { CliError } from '../cli-error';
import { callService } from '../service-call';
import type { CommandContext } from '../command';

export async function versions(ctx: CommandContext): Promise<number> {
  const ref = parseArticleRef(ctx.positionals[0] ?? '');
  if (!ref) throw new CliError('Name an article: copydesk versions ID', 2);
  if (ref.version !== undefined) throw new CliError(`"versions" lists all versions of an article: name it without @${ref.version}.`, 2);
  const store = openStore(ctx.dataDir);
  try {
    const rows = (await callService(store, 'listVersions', { id: ref.id })).map((v) => ({
      number: v.number,
      createdAt: v.createdAt,
      author: v.author,
      kind: v.kind,
      label: v.label,
      wordCount: v.wordCount,
    }));
    if (ctx.values.json) ctx.out(JSON.stringify(rows, null, 2));
    else if (rows.length === 0) ctx.out('No versions yet.');
    else
      for (const v of rows)
        ctx.out(
          `${String(v.number).padStart(4)}  ${v.createdAt}  ${v.kind.padEnd(14)} ${String(v.wordCount).padStart(6)} words  ${v.author.name}${v.label ? `  “${v.label}”` : ''}`,
        );
    return 0;
  } finally {
    store.close();
  }
}
