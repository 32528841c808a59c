/**
 * The hub's connection to PostgreSQL: a pool, transactions, and the one lock that keeps the change
 * feed gap-free. Numbers from a sequence are handed out in call order but committed in any order; a
 * laptop that read up to 12 while 11 was still uncommitted would never see 11. Every transaction
 * that takes a change number first takes one advisory lock, so numbers commit in order.
 */
import pg from 'pg';
import { HUB_MIGRATIONS, HUB_SCHEMA_VERSION, hubSchemaVersion } from './hub-schema';
import { randomBytes } from 'node:crypto';

export type HubPool = pg.Pool;
export type HubClient = pg.PoolClient;

const CHANGE_LOCK = 0x636f7079; // "copy"
export const CHANGE_CHANNEL = 'copydesk_changes';

export class HubError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HubError';
  }
}

export function openPool(url: string, max = 10): HubPool {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 });
  // A dropped connection (PostgreSQL restarted) must not crash the hub: the next query reconnects.
  pool.on('error', () => undefined);
  return pool;
}

/** Says in plain words why PostgreSQL could not be reached. */
export function explainDatabaseError(error: unknown, url: string): HubError {
  if (error instanceof HubError) return error;
  const e = error as { code?: string; message?: string };
  const where = redactUrl(url);
  if (e.code === 'ECONNREFUSED')
    return new HubError(503, `The newsroom database at ${where} is not accepting connections (is PostgreSQL running?).`);
  if (e.code === '3D000')
    return new HubError(503, `The database named in ${where} does not exist. Create it first (createdb), then run "copydesk hub init".`);
  if (e.code === '28P01' || e.code === '28000') return new HubError(503, `PostgreSQL refused the credentials in ${where}.`);
  if (
    e.code === '57P01' ||
    e.code === '57P02' ||
    e.code === '57P03' ||
    e.code === 'ECONNRESET' ||
    /Connection terminated|terminating connection/i.test(e.message ?? '')
  )
    return new HubError(503, `The newsroom database at ${where} is restarting; try again in a moment.`);
  return new HubError(500, `The newsroom database failed: ${e.message ?? String(error)}`);
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the database URL';
  }
}

/**
 * A connection from the pool that cannot crash the hub: a checked-out client whose server goes away
 * (PostgreSQL restarted) emits 'error', and an unheard 'error' would end the process. The query in
 * flight fails on its own; this only keeps the process alive. Release with the error to drop it.
 */
export async function checkout(pool: HubPool): Promise<HubClient & { done(error?: unknown): void }> {
  const client = await pool.connect();
  let broken: Error | undefined;
  const onError = (error: Error) => (broken = error);
  client.on('error', onError);
  return Object.assign(client, {
    done(error?: unknown) {
      client.off('error', onError);
      client.release(broken ?? (error instanceof Error && /terminat|connection|ECONN/i.test(error.message) ? error : undefined));
    },
  });
}

/**
 * Runs fn in one transaction. `changes`: it takes change numbers (see nextChange). `snapshot`: it
 * only reads, from one consistent snapshot (a pull's stories, versions and cursor must agree).
 */
export async function inTransaction<T>(
  pool: HubPool,
  fn: (client: HubClient) => Promise<T>,
  options: { changes?: boolean; snapshot?: boolean } = {},
): Promise<T> {
  const client = await checkout(pool);
  let failure: unknown;
  try {
    await client.query(options.snapshot ? 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' : 'BEGIN');
    if (options.changes) await client.query('SELECT pg_advisory_xact_lock($1)', [CHANGE_LOCK]);
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    failure = error;
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.done(failure);
  }
}

export async function nextChange(client: HubClient): Promise<number> {
  // The notice is delivered on commit only, and only as a wake-up call: laptops read the feed itself.
  const row = await client.query(`SELECT seq, pg_notify($1, seq::text) FROM (SELECT nextval('change_seq') AS seq) s`, [CHANGE_CHANNEL]);
  return Number(row.rows[0].seq);
}

/** Creates or migrates the hub schema; refuses a database of a newer schema. Returns the steps applied. */
export async function initHubSchema(pool: HubPool): Promise<{ from: number; to: number }> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [CHANGE_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS hub_meta (key text PRIMARY KEY, value text NOT NULL)`);
    const from = await hubSchemaVersion(client);
    if (from > HUB_SCHEMA_VERSION) {
      throw new HubError(
        409,
        `This newsroom database has hub schema ${from}; this Copydesk knows ${HUB_SCHEMA_VERSION}. Update Copydesk before running the hub on it.`,
      );
    }
    for (const step of HUB_MIGRATIONS) {
      if (step.version <= from) continue;
      await client.query(step.sql);
    }
    await client.query(
      `INSERT INTO hub_meta (key, value) VALUES ('schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
      [String(HUB_SCHEMA_VERSION)],
    );
    await client.query(`INSERT INTO hub_meta (key, value) VALUES ('hub_id', $1) ON CONFLICT (key) DO NOTHING`, [
      randomBytes(12).toString('hex'),
    ]);
    await client.query('COMMIT');
    return { from, to: HUB_SCHEMA_VERSION };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** The hub serves only a database at exactly its schema. */
export async function assertHubSchema(pool: HubPool, url: string): Promise<string> {
  const client = await pool.connect().catch((error) => {
    throw explainDatabaseError(error, url);
  });
  try {
    const version = await hubSchemaVersion(client);
    if (version === 0)
      throw new HubError(503, `${redactUrl(url)} holds no Copydesk hub yet. Run "copydesk hub init --database URL" first.`);
    if (version > HUB_SCHEMA_VERSION)
      throw new HubError(
        503,
        `This newsroom database has hub schema ${version}; this Copydesk knows ${HUB_SCHEMA_VERSION}. Update Copydesk.`,
      );
    if (version < HUB_SCHEMA_VERSION)
      throw new HubError(
        503,
        `This newsroom database has an older hub schema (${version}). Run "copydesk hub init --database URL" to migrate it.`,
      );
    const id = await client.query(`SELECT value FROM hub_meta WHERE key = 'hub_id'`);
    return String(id.rows[0].value);
  } finally {
    client.release();
  }
}
