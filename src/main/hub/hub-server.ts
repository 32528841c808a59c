/**
 * `copydesk hub serve`: one Node process in front of the newsroom's PostgreSQL. Laptops never hold
 * database credentials; they sign in with a one-time code and then call POST /v1/<endpoint> with a
 * bearer session. The process keeps no state of its own but a minute's cache of verified sessions
 * and the laptops waiting for news, so several can run behind one load balancer: each LISTENs on
 * PostgreSQL, and a change made through any of them wakes the laptops waiting on all of them.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { ZodError } from 'zod';
import { assertHubSchema, CHANGE_CHANNEL, explainDatabaseError, HubError, openPool, type HubPool } from './hub-db';
import { Desk } from './desk';
import { DeskPhotos } from './desk-photos';
import { managePeople, SessionCheck, signIn, type Caller } from './people';
import { HUB_API_VERSION, HUB_ENDPOINTS, type HubEndpoint } from '../../shared/newsroom/protocol';
import { describeIssues } from '../../shared/article/schema';
import { stringifyWithRaw } from './raw-json';

/** A push carries at most 500 whole articles, a photo upload one 25 MB photo in base64 (33 MB); anything larger is refused before it is read. */
const MAX_BODY = 64 * 1024 * 1024;
/** A laptop's long poll is answered at the latest after this long, so proxies never cut it. */
const WAIT_MS = 25_000;

export interface HubOptions {
  database: string;
  host?: string;
  port?: number;
  /** Plain HTTP off this machine is refused unless asked for (TLS belongs in front, e.g. nginx). */
  insecureHttp?: boolean;
  /** Behind a proxy on this machine: take the client's address from X-Forwarded-For. */
  trustProxy?: boolean;
}

export interface RunningHub {
  url: string;
  port: number;
  hubId: string;
  close(): Promise<void>;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Laptops parked on /v1/wait, woken by NOTIFY from any hub process. */
class Waiters {
  private readonly parked = new Set<{ after: number; wake: (latest: number) => void }>();

  park(after: number, timeoutMs: number, latest: () => Promise<number>): Promise<number> {
    return new Promise((resolve) => {
      const entry = {
        after,
        wake: (seq: number) => {
          clearTimeout(timer);
          this.parked.delete(entry);
          resolve(seq);
        },
      };
      const timer = setTimeout(() => {
        this.parked.delete(entry);
        latest().then(resolve, () => resolve(after));
      }, timeoutMs);
      this.parked.add(entry);
    });
  }

  notify(seq: number): void {
    for (const entry of [...this.parked]) if (seq > entry.after) entry.wake(seq);
  }

  wakeAll(): void {
    for (const entry of [...this.parked]) entry.wake(entry.after);
  }
}

/** Keeps one LISTEN connection open, reconnecting after PostgreSQL restarts. */
function listen(url: string, onChange: (seq: number) => void): () => Promise<void> {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (msg) => onChange(Number(msg.payload)));
    c.on('error', () => again());
    c.on('end', () => again());
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANGE_CHANNEL}`);
      client = c;
      // Whatever happened while we were not listening: let the waiters look.
      onChange(Number.MAX_SAFE_INTEGER);
    } catch {
      c.end().catch(() => undefined);
      again();
    }
  };
  const again = () => {
    client = null;
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, 1000);
  };
  void connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => undefined);
  };
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY)
      return reject(
        new HubError(413, `That request is ${Math.round(declared / 1048576)} MB; the hub takes at most ${MAX_BODY / 1048576} MB at once.`),
      );
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new HubError(413, `That request is over ${MAX_BODY / 1048576} MB, the most the hub takes at once.`));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch {
        reject(new HubError(400, 'The request body is not JSON.'));
      }
    });
    // A laptop that goes away mid-request (killed, link cut) is not a failure of the hub.
    req.on('error', () => reject(new HubError(400, 'The request was cut off before it was whole; nothing of it was kept.')));
  });
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(stringifyWithRaw(body));
}

export async function startHub(options: HubOptions): Promise<RunningHub> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopback(host) && !options.insecureHttp) {
    throw new HubError(
      400,
      `The hub speaks plain HTTP; on ${host} sign-in codes and stories would cross the network unencrypted. Serve it on 127.0.0.1 behind a TLS proxy (see the README), or pass --insecure-http on a network you trust.`,
    );
  }
  const pool: HubPool = openPool(options.database, 20);
  let hubId: string;
  try {
    hubId = await assertHubSchema(pool, options.database);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const desk = new Desk(pool);
  const photos = new DeskPhotos(pool, (db, caller, articleId) => desk.mayNotPush(db, caller, articleId));
  const sessions = new SessionCheck(pool);
  const waiters = new Waiters();
  const stopListening = listen(options.database, (seq) => waiters.notify(seq));

  const address = (req: IncomingMessage): string => {
    const forwarded = options.trustProxy
      ? String(req.headers['x-forwarded-for'] ?? '')
          .split(',')[0]
          ?.trim()
      : '';
    return forwarded || req.socket.remoteAddress || 'unknown';
  };

  const handle = async (endpoint: HubEndpoint, body: unknown, req: IncomingMessage): Promise<unknown> => {
    const spec = HUB_ENDPOINTS[endpoint];
    const parsed = spec.request.safeParse(body);
    if (!parsed.success) throw new HubError(400, `That ${endpoint} request is not valid: ${describeIssues(parsed.error)}.`);
    const args = parsed.data as never;
    if (endpoint === 'sign-in') {
      const a = parsed.data as { user: string; code: string; device?: string };
      const session = await signIn(pool, a.user, a.code, address(req), a.device);
      return { session: session.token, user: session.user, hubId, expiresAt: session.expiresAt };
    }
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const caller: Caller = await sessions.caller(bearer);
    switch (endpoint) {
      case 'push':
        return desk.push(caller, args);
      case 'pull':
        return desk.pull(args);
      case 'wait': {
        const a = parsed.data as { after: number; timeoutMs?: number };
        const latest = await desk.latest();
        if (latest > a.after) return { latest };
        return { latest: await waiters.park(a.after, Math.min(a.timeoutMs ?? WAIT_MS, WAIT_MS), () => desk.latest()) };
      }
      case 'lock/acquire':
        return desk.acquireLock(caller, (parsed.data as { articleId: string }).articleId);
      case 'lock/release':
        return desk.releaseLock(caller, (parsed.data as { articleId: string }).articleId);
      case 'lock/take-over':
        return desk.takeOverLock(caller, (parsed.data as { articleId: string }).articleId);
      case 'assign': {
        const a = parsed.data as { articleId: string; user: string | null };
        return desk.assign(caller, a.articleId, a.user);
      }
      case 'audit':
        return desk.audit(caller, args);
      case 'photos/missing':
        return photos.missing(args);
      case 'photos/put':
        return photos.put(caller, args);
      case 'photos/get':
        return photos.get(args);
      default:
        return managePeople(pool, caller, endpoint, parsed.data as { name?: string; role?: string });
    }
  };

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (req.method === 'GET' && path === '/v1/health') {
      desk.latest().then(
        (latest) => reply(res, 200, { ok: true, hubId, api: HUB_API_VERSION, latest }),
        (error) => reply(res, 503, { error: explainDatabaseError(error, options.database).message }),
      );
      return;
    }
    const endpoint = path.startsWith('/v1/') ? path.slice(4) : '';
    if (req.method !== 'POST' || !Object.prototype.hasOwnProperty.call(HUB_ENDPOINTS, endpoint)) {
      reply(res, 404, { error: `The hub has no ${req.method} ${path}.` });
      return;
    }
    readJson(req)
      .then((body) => handle(endpoint as HubEndpoint, body, req))
      .then((result) => reply(res, 200, result))
      .catch((error: unknown) => {
        if (error instanceof ZodError) return reply(res, 400, { error: describeIssues(error) });
        const known = error instanceof HubError ? error : explainDatabaseError(error, options.database);
        if (known.status >= 500) console.error(`copydesk hub: ${endpoint} failed:`, error);
        reply(res, known.status, { error: known.message });
      });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 5180, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    hubId,
    close: async () => {
      waiters.wakeAll();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await stopListening();
      await pool.end();
    },
  };
}
