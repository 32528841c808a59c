/**
 * `copydesk update-note OLD NEW [--date YYYY-MM-DD] [--form ap|wire|uk] [--json] [--data DIR]`: the
 * note readers see when NEW is published as a revision of OLD, printed by formatNote in the house
 * style (Settings, read through the same getSettings handler as the app, or --form). Plain output
 * is the note; --json adds its kind and the changes it was built from, each with its evidence,
 * and the redline's numbers. Articles in the store (ID, ID@N) are read as the export service does.
 */
import { proposeNote } from '../../shared/notes';
import { nowIso } from '../../shared/text/dates';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command';
import { readSource } from '../article-source';
import { lazyStore } from '../lazy-store';
import { houseStyleOf } from '../house-style';

export async function updateNoteCommand(ctx: CommandContext): Promise<number> {
  if (ctx.positionals.length !== 2)
    throw new CliError('Name the published and the revised article: copydesk update-note OLD NEW (files or ID@N).', 2);
  const dateFlag = ctx.values.date as string | undefined;
  if (dateFlag !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(dateFlag))
    throw new CliError(`--date must look like 2024-11-06, not "${dateFlag}".`, 2);
  const date = dateFlag ? `${dateFlag}T12:00:00` : nowIso();
  const store = lazyStore(ctx.dataDir);
  try {
    const style = await houseStyleOf(ctx.dataDir, store.get, ctx.values.form);
    const older = await readSource(ctx.positionals[0]!, store.get);
    const newer = await readSource(ctx.positionals[1]!, store.get);
    const proposed = proposeNote(older.article, newer.article, { date, style });
    if (ctx.values.json)
      ctx.out(JSON.stringify({ kind: proposed.kind, note: proposed.note, changes: proposed.changes, redline: proposed.redline }, null, 2));
    else ctx.out(proposed.note || '(no note: the changes are cosmetic)');
    return 0;
  } finally {
    store.close();
  }
}
