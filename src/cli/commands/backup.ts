/**
 * `copydesk backup [--data DIR] -o FILE`: a backup of the store through SQLite's backup API,
 * safe while the app is running. `copydesk backup --restore FILE [--data DIR]`: puts a backup
 * back, after checking it and keeping the current store in <data>/backups/. `--list` shows the
 * backups kept in the data dir, newest first.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openStore } from '../../main/store';
import { backupStore, listBackups, restoreBackup } from '../../main/store/backups';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command';

export async function backupCommand(ctx: CommandContext): Promise<number> {
  const restore = ctx.values.restore as string | undefined;
  const output = ctx.values.o as string | undefined;
  if (ctx.values.list) {
    const backups = listBackups(ctx.dataDir);
    if (backups.length === 0) ctx.out(`No backups yet in ${ctx.dataDir}.`);
    for (const b of backups) ctx.out(`${b.createdAt}  ${b.kind.padEnd(14)} ${String(Math.ceil(b.bytes / 1024)).padStart(7)} KB  ${b.path}`);
    return 0;
  }
  if (restore && output) throw new CliError('Give either -o FILE (make a backup) or --restore FILE (put one back), not both.', 2);
  if (restore) {
    const file = resolve(restore);
    if (!existsSync(file)) throw new CliError(`There is no backup at ${file}.`);
    const done = await restoreBackup(ctx.dataDir, file);
    ctx.out(`Restored ${ctx.dataDir} from ${file}.`);
    if (done.keptAs) ctx.out(`The store as it was is kept at ${done.keptAs}.`);
    return 0;
  }
  if (!output) throw new CliError('Name the backup file: copydesk backup -o FILE (or --restore FILE, or --list).', 2);
  const file = resolve(output);
  if (existsSync(file)) throw new CliError(`${file} already exists; choose a new name so no earlier backup is overwritten.`);
  const store = openStore(ctx.dataDir);
  try {
    const made = await backupStore(store, file);
    ctx.out(`Backed up ${ctx.dataDir} to ${made.path} (${Math.ceil(made.bytes / 1024)} KB, checked).`);
    return 0;
  } finally {
    store.close();
  }
}
