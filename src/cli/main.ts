/**
 * `copydesk`: the app's services from a terminal. Each command is one file in commands/.
 * Errors print one plain line and exit non-zero; --help lists every command.
 */
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../main/data-dir';
import { ApiError } from '../shared/api/errors';
import { CliError } from './cli-error';
import type { Command } from './command';
import { EXPORT_FORMATS } from '../shared/export/types';
import { damagedStoreAdvice, isDamagedStoreError } from '../main/store/backups';
import { dirname } from 'node:path';

const data = { data: { type: 'string' as const } };

/**
 * Commands load on use: `copydesk --help` or `list` should not pay for jsdom, PDF and DOCX
 * libraries that only import and export need.
 */
function lazy<K extends string>(load: () => Promise<Record<K, Command['run']>>, name: K): Command['run'] {
  return async (ctx) => (await load())[name](ctx);
}
const json = { json: { type: 'boolean' as const } };

export const COMMANDS: Command[] = [
  {
    name: 'serve',
    usage: 'serve [--data DIR] [--port N] [--new-token]',
    summary: 'serve the editor on 127.0.0.1 and print its address (--new-token: a new key; open tabs must reopen)',
    options: { ...data, port: { type: 'string' }, 'new-token': { type: 'boolean' } },
    run: lazy(() => import('./commands/serve'), 'serve'),
  },
  {
    name: 'check',
    usage: 'check [--data DIR]',
    summary: 'check the store is healthy (exit 0) or say what is wrong',
    options: data,
    run: lazy(() => import('./commands/check'), 'check'),
  },
  {
    name: 'list',
    usage: 'list [--data DIR] [--json]',
    summary: 'list the articles on the desk',
    options: { ...data, ...json },
    run: lazy(() => import('./commands/list'), 'list'),
  },
  {
    name: 'import',
    usage: 'import FILE... [--data DIR] [--json] [--as-version-of ID]',
    summary: 'import text, Markdown, HTML, DOCX or Copydesk JSON files (all or none)',
    options: { ...data, ...json, 'as-version-of': { type: 'string' } },
    run: lazy(() => import('./commands/import'), 'importCommand'),
  },
  {
    name: 'export',
    usage: `export REF... --format ${EXPORT_FORMATS.join('|')} [-o PATH] [--form ap|wire|uk] [--data DIR]`,
    summary: 'export articles (ID, ID@N) or files; stdout for one textual export without -o',
    options: { ...data, format: { type: 'string' }, o: { type: 'string', short: 'o' }, form: { type: 'string' } },
    run: lazy(() => import('./commands/export'), 'exportCommand'),
  },
  {
    name: 'diff',
    usage: 'diff OLD NEW [--format text|html|json] [--data DIR]',
    summary: 'the redline between two files or versions (ID@N)',
    options: { ...data, format: { type: 'string' } },
    run: lazy(() => import('./commands/diff'), 'diffCommand'),
  },
  {
    name: 'update-note',
    usage: 'update-note OLD NEW [--date YYYY-MM-DD] [--form ap|wire|uk] [--json] [--data DIR]',
    summary: 'the Update/Correction note for publishing NEW as a revision of OLD',
    options: { ...data, ...json, date: { type: 'string' }, form: { type: 'string' } },
    run: lazy(() => import('./commands/update-note'), 'updateNoteCommand'),
  },
  {
    name: 'versions',
    usage: 'versions ID [--data DIR] [--json]',
    summary: "list an article's versions, newest first",
    options: { ...data, ...json },
    run: lazy(() => import('./commands/versions'), 'versions'),
  },
  {
    name: 'trash',
    usage: 'trash delete ID --forever [--data DIR] [--json]',
    summary: 'delete an article in the trash forever, with all its versions (never a published one, never on a shared desk)',
    options: { ...data, ...json, forever: { type: 'boolean' } },
    run: lazy(() => import('./commands/trash'), 'trashCommand'),
  },
  {
    name: 'backup',
    usage: 'backup -o FILE | --restore FILE | --list [--data DIR]',
    summary: 'back up the store (safe while the app runs), put a backup back, or list the kept ones',
    options: { ...data, o: { type: 'string', short: 'o' }, restore: { type: 'string' }, list: { type: 'boolean' } },
    run: lazy(() => import('./commands/backup'), 'backupCommand'),
  },
  {
    name: 'hub',
    usage:
      'hub init|serve|user add NAME --role ROLE|user code NAME|user role NAME ROLE|user list|user disable NAME|audit --database URL [--host H] [--port N] [--json]',
    summary: "run the newsroom's hub on PostgreSQL and manage its people (see the README)",
    options: {
      ...json,
      database: { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      role: { type: 'string' },
      limit: { type: 'string' },
      'insecure-http': { type: 'boolean' },
      'trust-proxy': { type: 'boolean' },
    },
    run: lazy(() => import('./commands/hub'), 'hubCommand'),
  },
  {
    name: 'connect',
    usage: 'connect HUB_URL --user NAME --code CODE [--data DIR] [--switch] [--json]',
    summary: "join this data folder to the newsroom's hub with a one-time code",
    options: { ...data, ...json, user: { type: 'string' }, code: { type: 'string' }, switch: { type: 'boolean' } },
    run: lazy(() => import('./commands/newsroom'), 'connectCommand'),
  },
  {
    name: 'sync',
    usage: 'sync [--data DIR] [--json]',
    summary: "send waiting changes to the hub and take the desk's, once, now",
    options: { ...data, ...json },
    run: lazy(() => import('./commands/newsroom'), 'syncCommand'),
  },
];

export function helpText(): string {
  return [
    'copydesk — a newsroom editor: draft offline, keep every version, read the redline, write the update note.',
    '',
    'Usage: copydesk COMMAND [options]',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(12)} ${c.summary}\n  ${' '.repeat(12)} copydesk ${c.usage}`),
    '',
    'The data folder is --data DIR, else $COPYDESK_DATA, else ~/.local/share/copydesk.',
    'An article is named by its id, or ID@N for its version N. "copydesk COMMAND --help" shows one command.',
  ].join('\n');
}

export async function runCli(argv: string[], out: (text: string) => void = (t) => process.stdout.write(t + '\n')): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out(helpText());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new CliError(`"${name}" is not a copydesk command. Run "copydesk --help" for the list.`, 2);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}. Usage: copydesk ${command.usage}`, 2);
  }
  if (parsed.values.help) {
    out(`Usage: copydesk ${command.usage}\n${command.summary}`);
    return 0;
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  return command.run({ values, positionals: parsed.positionals, dataDir: resolveDataDir(values.data as string | undefined), out });
}

export async function main(): Promise<void> {
  try {
    process.exitCode = await runCli(process.argv.slice(2));
  } catch (error) {
    let message =
      error instanceof CliError || error instanceof ApiError ? error.message : `Copydesk failed: ${(error as Error)?.stack ?? error}`;
    // A damaged store: say which backup to restore, with the exact command.
    if (isDamagedStoreError(error)) message += `\n${damagedStoreAdvice(dirname(error.file))}`;
    process.stderr.write(`copydesk: ${message}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
  }
}
