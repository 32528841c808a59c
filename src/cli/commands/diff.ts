/**
 * `copydesk diff OLD NEW [--format text|html|json] [--data DIR]`: the redline between two
 * articles, versions (ID@N) or files, the same engine the app uses.
 */
import { compareArticles, redlineHtml, redlineText } from '../../shared/diff';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command';
import { readSource } from '../article-source';
import { lazyStore } from '../lazy-store';

const FORMATS = ['text', 'html', 'json'] as const;

export async function diffCommand(ctx: CommandContext): Promise<number> {
  const format = String(ctx.values.format ?? 'text');
  if (!(FORMATS as readonly string[]).includes(format))
    throw new CliError(`--format must be one of ${FORMATS.join(', ')}, not "${format}".`, 2);
  if (ctx.positionals.length !== 2) throw new CliError('Name two things to compare: copydesk diff OLD NEW (files or ID@N).', 2);
  const store = lazyStore(ctx.dataDir);
  try {
    const older = await readSource(ctx.positionals[0]!, store.get);
    const newer = await readSource(ctx.positionals[1]!, store.get);
    const diff = compareArticles(older.article, newer.article);
    if (format === 'json') {
      // The documented shape: stats, blocks (kind, text, ops…), fields, plus degraded.
      ctx.out(JSON.stringify(diff, null, 2));
    } else if (format === 'html') {
      ctx.out(redlineHtml(diff, { standalone: true, title: `${older.name} → ${newer.name}` }));
    } else {
      ctx.out(redlineText(diff));
    }
    return 0;
  } finally {
    store.close();
  }
}
