/**
 * The house style a CLI command prints notes in: the one Settings saved in the data dir (read
 * through the same getSettings handler the app uses), with `--form ap|wire|uk` taking over the
 * note's form for one run. No store in the data dir: the defaults (AP), and nothing is created.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { HouseStyleOverrides, NoteForm } from '../shared/notes/style';
import { DATABASE_FILE } from '../main/store/database';
import type { Store } from '../main/store';
import { CliError } from './cli-error';
import { callService } from './service-call';

const FORMS: readonly NoteForm[] = ['ap', 'wire', 'uk'];

export async function houseStyleOf(dataDir: string, store: () => Store, formFlag: unknown): Promise<HouseStyleOverrides> {
  if (formFlag !== undefined && !FORMS.includes(formFlag as NoteForm))
    throw new CliError(`--form must be ap, wire or uk, not "${String(formFlag)}".`, 2);
  const saved = existsSync(join(dataDir, DATABASE_FILE)) ? (await callService(store(), 'getSettings', {})).houseStyle : {};
  return formFlag ? { ...saved, form: formFlag as NoteForm } : saved;
}
