/**
 * `copydesk update-note OLD NEW [--date YYYY-MM-DD] [--form ap|wire|uk] [--json] [--data DIR]`: the
 * note readers see when NEW is published as a revision of OLD, printed by formatNote in the house
 * style (Settings, read through the same getSettings handler as the app, or --form). Plain output
 * is the note; --json adds its kind and the changes it was built from, each with its evidence,
 * and the redline's numbers. Articles in the store (ID, ID@N) are read as the export service does.
 */
import { proposeNote } from '../../shared/notes';
import type { HouseStyleOverrides, NoteForm } from '../../shared/notes/style';
import { nowIso } from '../../shared/text/dates';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command';
import { readSource } from '../article-source';
import { lazyStore } from '../lazy-store';
import { callService } from '../service-call';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../main/store/database';

export async function updateNoteCommand(ctx: CommandContext): Promise<number> {
  if (ctx.positionals.length !== 2) throw new CliError('Name the published and the revised article: copydesk update-note OLD NEW (files or ID@N).', 2);
  const dateFlag = ctx.values.date as string | undefined;
  if (dateFlag !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(dateFlag)) throw new CliError(`--date must look like 2024-11-06, not "${dateFlag}".`, 2);
  const date = dateFlag ? `${dateFlag}T12:00:00` : nowIso();
  const form = ctx.values.form as string | undefined;
  if (form !== undefined && !['ap', 'wire', 'uk'].includes(form)) throw new CliError(`--form must be ap, wire or uk, not "${form}".`, 2);
  const store = lazyStore(ctx.dataDir);
  try {
    const older = await readSource(ctx.positionals[0]!, store.get);
    const newer = await readSource(ctx.positionals[1]!, store.get);
    // House style as the app has it, from the same settings handler the publish dialog reads;
    // a data dir without a store (files only) is not created for this, and uses the defaults.
    const hasStore = existsSync(join(ctx.dataDir, DATABASE_FILE));
    const saved = hasStore ? (await callService(store.get(), 'getSettings', {})).houseStyle : {};
    const style: HouseStyleOverrides = form ? { ...saved, form: form as NoteForm } : saved;
    const proposed = proposeNote(older.article, newer.article, { date, style });
    if (ctx.values.json) ctx.out(JSON.stringify({ kind: proposed.kind, note: proposed.note, changes: proposed.changes, redline: proposed.redline }, null, 2));
    else ctx.out(proposed.note || '(no note: the changes are cosmetic)');
    return 0;
  } finally {
    store.close();
  }
}
