/** `copydesk list [--data DIR] [--json]`: the articles on the desk, as the desk's list shows them. */
import { openStore } from '../../main/store';
import { callService } from '../service-call';
import type { CommandContext } from '../command';

export async function list(ctx: CommandContext): Promise<number> {
  const store = openStore(ctx.dataDir);
  try {
    const rows = (await callService(store, 'listArticles', { sort: 'edited' })).map((a) => ({
      id: a.id,
      headline: a.headline,
      status: a.status,
      updatedAt: a.editedAt,
      wordCount: a.wordCount,
    }));
    if (ctx.values.json) ctx.out(JSON.stringify(rows, null, 2));
    else if (rows.length === 0) ctx.out('No articles yet.');
    else
      for (const r of rows)
        ctx.out(`${r.id}  ${r.status.padEnd(9)}  ${String(r.wordCount).padStart(6)} words  ${r.headline || '(no headline)'}`);
    return 0;
  } finally {
    store.close();
  }
}
