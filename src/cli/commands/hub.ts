/**
 * `copydesk hub …`: run the newsroom's hub on the machine that can reach its PostgreSQL.
 *   hub init --database URL                       create or migrate the hub schema
 *   hub serve --database URL [--host H] [--port N] [--insecure-http] [--trust-proxy]
 *   hub user add NAME --role ROLE --database URL [--json]   prints a one-time sign-in code
 *   hub user code NAME --database URL [--json]    a new code (another laptop, a lost code)
 *   hub user role NAME ROLE --database URL
 *   hub user list --database URL [--json]
 *   hub user disable NAME --database URL
 *   hub audit --database URL [--json] [--limit N]
 * The database URL may also come from $COPYDESK_HUB_DATABASE.
 */
import { CliError } from '../cli-error';
import type { CommandContext } from '../command';
import { explainDatabaseError, HubError, initHubSchema, openPool, redactUrl, type HubPool } from '../../main/hub/hub-db';
import { addPerson, disablePerson, issueCode, listPeople, setRole } from '../../main/hub/people';
import { readAudit } from '../../main/hub/audit';
import { startHub } from '../../main/hub/hub-server';

export const HUB_USAGE =
  'hub init|serve|user add|user code|user role|user list|user disable|audit --database URL [--host H] [--port N] [--role ROLE] [--json]';

function databaseUrl(ctx: CommandContext): string {
  const url = (ctx.values.database as string | undefined) ?? process.env.COPYDESK_HUB_DATABASE;
  if (!url) throw new CliError('Name the newsroom database: --database postgres://USER@HOST/DB (or set COPYDESK_HUB_DATABASE).', 2);
  if (!/^postgres(ql)?:\/\//.test(url))
    throw new CliError(`--database must be a PostgreSQL URL like postgres://copydesk@127.0.0.1/newsroom, not "${url}".`, 2);
  return url;
}

async function withPool<T>(url: string, fn: (pool: HubPool) => Promise<T>): Promise<T> {
  const pool = openPool(url, 2);
  try {
    return await fn(pool);
  } catch (error) {
    const known = error instanceof HubError ? error : explainDatabaseError(error, url);
    throw new CliError(known.message);
  } finally {
    await pool.end();
  }
}

export async function hubCommand(ctx: CommandContext): Promise<number> {
  const [sub, ...rest] = ctx.positionals;
  const json = !!ctx.values.json;
  switch (sub) {
    case 'init': {
      const url = databaseUrl(ctx);
      const done = await withPool(url, (pool) => initHubSchema(pool));
      ctx.out(
        json
          ? JSON.stringify(done)
          : done.from === done.to
            ? `The hub schema at ${redactUrl(url)} is up to date (version ${done.to}).`
            : `The hub schema at ${redactUrl(url)} is ready (version ${done.from} → ${done.to}).`,
      );
      return 0;
    }
    case 'serve':
      return serveHub(ctx);
    case 'user':
      return userCommand(ctx, rest, json);
    case 'audit': {
      const url = databaseUrl(ctx);
      const limit = ctx.values.limit ? Number(ctx.values.limit) : 100;
      if (!Number.isInteger(limit) || limit < 1) throw new CliError('--limit must be a whole number of entries.', 2);
      const audit = await withPool(url, (pool) => readAudit(pool, limit));
      if (json) ctx.out(JSON.stringify(audit, null, 2));
      else {
        if (!audit.intact) ctx.out("WARNING: the audit log's hash chain does not verify: a row was changed or removed outside Copydesk.");
        if (audit.entries.length === 0) ctx.out('The audit log is empty.');
        for (const e of audit.entries)
          ctx.out(`${e.at}  ${e.actor.padEnd(12)} ${e.action.padEnd(15)} ${e.articleId ?? ''}  ${JSON.stringify(e.detail)}`);
      }
      return audit.intact ? 0 : 1;
    }
    default:
      throw new CliError(`"hub ${sub ?? ''}" is not a hub command. Usage: copydesk ${HUB_USAGE}`, 2);
  }
}

async function userCommand(ctx: CommandContext, args: string[], json: boolean): Promise<number> {
  const [action, name, extra] = args;
  const url = databaseUrl(ctx);
  const printCode = (r: { user: string; role: string; code: string }) =>
    ctx.out(
      json
        ? JSON.stringify(r)
        : `${r.user} (${r.role}) can join with this one-time code, valid for 7 days:\n  copydesk connect HUB_URL --user ${r.user} --code ${r.code}`,
    );
  switch (action) {
    case 'add': {
      if (!name) throw new CliError('Name the person: copydesk hub user add NAME --role reporter|editor|chief --database URL', 2);
      const role = ctx.values.role as string | undefined;
      if (!role) throw new CliError('Give the person a role: --role reporter, editor or chief.', 2);
      printCode(await withPool(url, (pool) => addPerson(pool, name, role)));
      return 0;
    }
    case 'code': {
      if (!name) throw new CliError('Name the person: copydesk hub user code NAME --database URL', 2);
      printCode(await withPool(url, (pool) => issueCode(pool, name)));
      return 0;
    }
    case 'role': {
      const role = extra ?? (ctx.values.role as string | undefined);
      if (!name || !role) throw new CliError('Usage: copydesk hub user role NAME reporter|editor|chief --database URL', 2);
      await withPool(url, (pool) => setRole(pool, name, role));
      ctx.out(json ? JSON.stringify({ user: name, role }) : `${name} is now ${role}.`);
      return 0;
    }
    case 'list': {
      const people = await withPool(url, (pool) => listPeople(pool));
      if (json) ctx.out(JSON.stringify(people, null, 2));
      else if (people.length === 0)
        ctx.out('Nobody is on this desk yet. Add the chief first: copydesk hub user add NAME --role chief --database URL');
      else
        for (const p of people)
          ctx.out(
            `${p.name.padEnd(16)} ${p.role.padEnd(9)} ${p.disabledAt ? `disabled ${p.disabledAt}` : p.codePending ? 'code not used yet' : 'active'}`,
          );
      return 0;
    }
    case 'disable': {
      if (!name) throw new CliError('Name the person: copydesk hub user disable NAME --database URL', 2);
      await withPool(url, (pool) => disablePerson(pool, name));
      ctx.out(
        json ? JSON.stringify({ user: name, disabled: true }) : `${name} is disabled: their sessions are ended and their locks released.`,
      );
      return 0;
    }
    default:
      throw new CliError(`"hub user ${action ?? ''}" is not a command: use add, code, role, list or disable.`, 2);
  }
}

async function serveHub(ctx: CommandContext): Promise<number> {
  const url = databaseUrl(ctx);
  const port = ctx.values.port === undefined ? 5180 : Number(ctx.values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new CliError(`--port must be a number from 0 to 65535, not "${ctx.values.port}".`, 2);
  const hub = await startHub({
    database: url,
    host: ctx.values.host as string | undefined,
    port,
    insecureHttp: !!ctx.values['insecure-http'],
    trustProxy: !!ctx.values['trust-proxy'],
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') throw new CliError(`Port ${port} is taken. Choose another with --port, or --port 0 for any free one.`);
    if (error instanceof HubError) throw new CliError(error.message);
    throw new CliError(explainDatabaseError(error, url).message);
  });
  process.stdout.write(`Copydesk hub at ${hub.url} (database ${redactUrl(url)})\n`);
  const stop = async () => {
    await hub.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => {
    // Runs until stopped.
  });
}
