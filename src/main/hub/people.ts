/**
 * The newsroom's people on the hub: adding them with a one-time sign-in code, their roles,
 * disabling them, signing in and checking a session on every call. Role changes and people added
 * or disabled go to the audit log.
 */
import { createHash } from 'node:crypto';
import { HubError, inTransaction, type HubClient, type HubPool } from './hub-db';
import { hashSecret, newSessionToken, newSignInCode, normalizeCode, verifySecret } from './secrets';
import { appendAudit } from './audit';
import { refusal, ROLES, USER_NAME, type DeskUser, type Role } from '../../shared/newsroom/roles';

export const SESSION_DAYS = 30;
const CODE_DAYS = 7;
/** Failed sign-ins allowed per name and per address in the window before the hub says wait. */
const MAX_FAILURES = 5;
const FAILURE_WINDOW_MIN = 15;

export interface PersonRow extends DeskUser {
  createdAt: string;
  disabledAt: string | null;
  codePending: boolean;
}

function checkName(name: string): void {
  if (!USER_NAME.test(name))
    throw new HubError(
      400,
      `"${name}" cannot be a user name: use a letter then letters, digits, dots, dashes or underscores (at most 40).`,
    );
}

function checkRole(role: string): asserts role is Role {
  if (!(ROLES as readonly string[]).includes(role)) throw new HubError(400, `"${role}" is not a role: choose reporter, editor or chief.`);
}

export async function addPerson(
  pool: HubPool,
  name: string,
  role: string,
  actor = 'hub admin',
): Promise<{ user: string; role: Role; code: string }> {
  checkName(name);
  checkRole(role);
  const code = newSignInCode();
  const hash = await hashSecret(normalizeCode(code));
  return inTransaction(
    pool,
    async (db) => {
      const exists = await db.query('SELECT 1 FROM users WHERE name = $1', [name]);
      if (exists.rowCount)
        throw new HubError(409, `There is already a user named ${name}. Give them a new code with "copydesk hub user code ${name}".`);
      await db.query(
        `INSERT INTO users (name, role, code_hash, code_expires_at) VALUES ($1, $2, $3, now() + interval '${CODE_DAYS} days')`,
        [name, role, hash],
      );
      await appendAudit(db, actor, 'user-added', null, { user: name, role });
      return { user: name, role, code };
    },
    { changes: true },
  );
}

/** A new one-time code for someone who joins from another laptop or lost theirs. */
export async function issueCode(pool: HubPool, name: string): Promise<{ user: string; role: Role; code: string }> {
  const code = newSignInCode();
  const hash = await hashSecret(normalizeCode(code));
  const row = await pool.query(
    `UPDATE users SET code_hash = $2, code_expires_at = now() + interval '${CODE_DAYS} days' WHERE name = $1 AND disabled_at IS NULL RETURNING role`,
    [name, hash],
  );
  if (!row.rowCount) throw new HubError(404, `There is no active user named ${name}.`);
  return { user: name, role: row.rows[0].role as Role, code };
}

export async function listPeople(pool: HubPool): Promise<PersonRow[]> {
  const rows = await pool.query(
    'SELECT name, role, created_at, disabled_at, code_hash IS NOT NULL AS code_pending FROM users ORDER BY name',
  );
  return rows.rows.map((r) => ({
    name: r.name,
    role: r.role,
    createdAt: new Date(r.created_at).toISOString(),
    disabledAt: r.disabled_at ? new Date(r.disabled_at).toISOString() : null,
    codePending: r.code_pending,
  }));
}

export async function disablePerson(pool: HubPool, name: string, actor = 'hub admin'): Promise<void> {
  await inTransaction(
    pool,
    async (db) => {
      const row = await db.query(
        'UPDATE users SET disabled_at = now(), code_hash = NULL WHERE name = $1 AND disabled_at IS NULL RETURNING id',
        [name],
      );
      if (!row.rowCount) throw new HubError(404, `There is no active user named ${name}.`);
      await db.query('UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [row.rows[0].id]);
      await db.query('DELETE FROM locks WHERE holder = $1', [name]);
      await appendAudit(db, actor, 'user-disabled', null, { user: name });
    },
    { changes: true },
  );
}

export async function setRole(pool: HubPool, name: string, role: string, actor = 'hub admin'): Promise<void> {
  checkRole(role);
  await inTransaction(
    pool,
    async (db) => {
      const before = await db.query('SELECT role FROM users WHERE name = $1 AND disabled_at IS NULL', [name]);
      if (!before.rowCount) throw new HubError(404, `There is no active user named ${name}.`);
      await db.query('UPDATE users SET role = $2 WHERE name = $1', [name, role]);
      await appendAudit(db, actor, 'role-changed', null, { user: name, from: before.rows[0].role, to: role });
    },
    { changes: true },
  );
}

/** The desk's directory: who is on it and in what role (no secrets). */
export async function directory(pool: HubPool | HubClient): Promise<DeskUser[]> {
  const rows = await pool.query('SELECT name, role FROM users WHERE disabled_at IS NULL ORDER BY name');
  return rows.rows.map((r) => ({ name: r.name, role: r.role }));
}

export async function signIn(
  pool: HubPool,
  name: string,
  code: string,
  address: string,
  device: string | undefined,
): Promise<{ token: string; user: DeskUser; expiresAt: string }> {
  const recent = await pool.query(
    `SELECT count(*) FILTER (WHERE name = $1) AS by_name, count(*) FILTER (WHERE address = $2) AS by_address
     FROM signin_failures WHERE at > now() - interval '${FAILURE_WINDOW_MIN} minutes' AND (name = $1 OR address = $2)`,
    [name, address],
  );
  if (Number(recent.rows[0].by_name) >= MAX_FAILURES || Number(recent.rows[0].by_address) >= MAX_FAILURES * 4) {
    throw new HubError(
      429,
      `Too many failed sign-ins for ${name}. Wait ${FAILURE_WINDOW_MIN} minutes, then try again with the code from your desk chief.`,
    );
  }
  const row = await pool.query('SELECT id, role, code_hash, code_expires_at, disabled_at FROM users WHERE name = $1', [name]);
  const user = row.rows[0];
  const valid =
    user &&
    !user.disabled_at &&
    user.code_hash &&
    new Date(user.code_expires_at) > new Date() &&
    (await verifySecret(normalizeCode(code), user.code_hash));
  if (!valid) {
    await pool.query('INSERT INTO signin_failures (name, address) VALUES ($1, $2)', [name, address]);
    throw new HubError(
      401,
      `That sign-in code is not valid for ${name} (codes work once and expire after ${CODE_DAYS} days). Ask your desk chief for a new one.`,
    );
  }
  const session = newSessionToken();
  const secretHash = await hashSecret(session.secret);
  // The code is spent in the same statement that checks it is still there: two laptops racing with
  // one code get one session.
  const spent = await pool.query('UPDATE users SET code_hash = NULL WHERE id = $1 AND code_hash = $2', [user.id, user.code_hash]);
  if (!spent.rowCount) throw new HubError(401, `That sign-in code was just used. Ask your desk chief for a new one.`);
  const created = await pool.query(
    `INSERT INTO sessions (id, user_id, secret_hash, device, expires_at) VALUES ($1, $2, $3, $4, now() + interval '${SESSION_DAYS} days') RETURNING expires_at`,
    [session.id, user.id, secretHash, device ?? null],
  );
  return { token: session.token, user: { name, role: user.role }, expiresAt: new Date(created.rows[0].expires_at).toISOString() };
}

export interface Caller extends DeskUser {
  sessionId: string;
}

/**
 * Checks a session token. scrypt is slow on purpose, so a verified token is remembered (by its
 * SHA-256) for a minute; the user's row is read on every call, so disabling someone or changing
 * their role takes effect at once on every hub process.
 */
export class SessionCheck {
  private readonly verified = new Map<string, { sessionId: string; until: number }>();

  constructor(private readonly pool: HubPool) {}

  async caller(token: string | undefined): Promise<Caller> {
    if (!token) throw new HubError(401, 'Sign in to the newsroom hub first (Settings › Newsroom, or "copydesk connect").');
    const [id, secret] = token.split('.');
    if (!id || !secret) throw new HubError(401, 'That session is not valid. Sign in again with a new code from your desk chief.');
    const row = await this.pool.query(
      `SELECT s.secret_hash, s.expires_at, s.revoked_at, u.name, u.role, u.disabled_at
       FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1`,
      [id],
    );
    const r = row.rows[0];
    if (!r || r.revoked_at || r.disabled_at)
      throw new HubError(
        401,
        'This laptop is no longer signed in to the newsroom (the session was ended or the user disabled). Ask your desk chief for a new code.',
      );
    if (new Date(r.expires_at) <= new Date())
      throw new HubError(
        401,
        `This laptop's newsroom session expired after ${SESSION_DAYS} days. Sign in again with a new code from your desk chief.`,
      );
    const key = createHash('sha256').update(token).digest('hex');
    const cached = this.verified.get(key);
    if (!cached || cached.until < Date.now()) {
      if (!(await verifySecret(secret, r.secret_hash)))
        throw new HubError(401, 'That session is not valid. Sign in again with a new code from your desk chief.');
      if (this.verified.size > 10_000) this.verified.clear();
      this.verified.set(key, { sessionId: id, until: Date.now() + 60_000 });
    }
    return { name: r.name, role: r.role, sessionId: id };
  }
}

/** The chief manages the desk's people from the app too; the hub checks the role, and logs who did it. */
export async function managePeople(
  pool: HubPool,
  caller: Caller,
  endpoint: string,
  args: { name?: string; role?: string },
): Promise<unknown> {
  const chiefs = (await directory(pool)).filter((u) => u.role === 'chief').map((u) => u.name);
  const denied = refusal(caller, 'manage-users', null, chiefs);
  if (denied) throw new HubError(403, denied);
  const everyone = async () => ({ people: await listPeople(pool) });
  switch (endpoint) {
    case 'people/list':
      return everyone();
    case 'people/add':
      return addPerson(pool, args.name!, args.role!, caller.name);
    case 'people/code':
      return issueCode(pool, args.name!);
    case 'people/role':
      if (args.name === caller.name && args.role !== 'chief')
        throw new HubError(
          409,
          'A chief cannot take away their own chief role; another chief (or "copydesk hub user role" on the hub) can.',
        );
      await setRole(pool, args.name!, args.role!, caller.name);
      return everyone();
    case 'people/disable':
      if (args.name === caller.name)
        throw new HubError(409, 'You cannot disable yourself; another chief (or "copydesk hub user disable" on the hub) can.');
      await disablePerson(pool, args.name!, caller.name);
      return everyone();
    default:
      throw new HubError(404, `The hub has no ${endpoint}.`);
  }
}
