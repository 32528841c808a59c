/**
 * The loopback web host: the same built renderer and the same services as the desktop, over
 * HTTP on 127.0.0.1, for machines where Electron cannot run and for end-to-end tests.
 * POST /api/<method> with a JSON body carries one API call; everything else is a static file.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { ApiHandlers } from '../../shared/api/contract';
import { dispatch } from '../api/dispatch';
import { failure, type CallOutcome } from '../../shared/api/envelope';
import type { ApiErrorCode } from '../../shared/api/errors';
import { MAX_CALL_BYTES, sizeText } from '../../shared/import/limits';
import { checkRequest, tokenCookie } from './guard';
import { newToken } from './token';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

/** The largest API call: an import of a 100 MB Word document travels as base64 in JSON (shared/import/limits.ts). */
export const MAX_BODY = MAX_CALL_BYTES;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface WebHostOptions {
  handlers: ApiHandlers;
  rendererDir: string;
  port?: number;
  /** The data folder's kept token (token.ts); a fresh one per run when not given (tests). */
  token?: string;
  /** Largest request body, in bytes; MAX_BODY unless a test asks for less. */
  maxBody?: number;
}

export interface WebHost {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

const STATUS: Record<ApiErrorCode, number> = {
  'unknown-method': 404,
  'not-found': 404,
  'invalid-argument': 400,
  conflict: 409,
  forbidden: 403,
  'session-expired': 403,
  unsupported: 400,
  storage: 503,
  locked: 503,
  internal: 500,
  'too-large': 413,
};

/** Every API answer, refusals included, is the envelope the page opens in one place. */
function sendOutcome(res: ServerResponse, outcome: CallOutcome, headers: Record<string, string> = {}, status?: number): void {
  send(res, status ?? (outcome.ok ? 200 : STATUS[outcome.error.code]), JSON.stringify(outcome), {
    'content-type': 'application/json; charset=utf-8',
    ...headers,
  });
}

class TooLarge extends Error {
  constructor(readonly bytes: number) {
    super('request too large');
  }
}

function tooLargeOutcome(bytes: number, limit: number): CallOutcome {
  return failure(
    'too-large',
    `This request is ${sizeText(bytes)}, more than the ${limit >= 1024 * 1024 ? `${Math.round(limit / 1024 / 1024)} MB` : `${Math.round(limit / 1024)} KB`} Copydesk’s web host takes in one call; import large files a few at a time.`,
  );
}

/** The body as text; a body over the limit is read to its end and dropped, then refused. */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    // Declared too large: refuse before reading a byte (the rest is drained, so the page gets the answer).
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      reject(new TooLarge(declared));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Keep reading (and dropping) the rest, so the page gets our answer and not a torn
      // connection it could only report as "cannot be reached".
      if (size > limit) chunks.length = 0;
      else chunks.push(chunk);
    });
    req.on('end', () => (size > limit ? reject(new TooLarge(size)) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

/** The path of a request, decoded; null when its percent-escapes are not valid ("/%"). */
export function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? newToken();
  const indexFile = join(options.rendererDir, 'index.html');
  if (!existsSync(indexFile)) {
    throw new Error(`The app's pages are not built (${indexFile} is missing). Run "npm run build" first.`);
  }
  let port = options.port ?? 0;

  async function serveStatic(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/' || url.pathname === '/index.html') {
      if (url.searchParams.has('token')) {
        // Trade the token in the address for a cookie, so it does not linger in history.
        send(res, 303, '', {
          location: '/',
          'set-cookie': `${tokenCookie(port)}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict`,
        });
        return;
      }
      const html = (await readFile(indexFile, 'utf8')).replace('</head>', `<meta name="copydesk-token" content="${token}"></head>`);
      send(res, 200, html, { 'content-type': MIME['.html']!, 'content-security-policy': CONTENT_SECURITY_POLICY });
      return;
    }
    const decoded = decodedPath(url.pathname);
    if (decoded === null) {
      send(res, 400, 'Bad request: the address has a "%" that is not followed by two hex digits.\n', {
        'content-type': 'text/plain; charset=utf-8',
      });
      return;
    }
    const relative = normalize(decoded).replace(/^([/\\])+/, '');
    const file = join(options.rendererDir, relative);
    if (!file.startsWith(options.rendererDir + sep) || relative.split(/[/\\]/).includes('..')) {
      send(res, 404, 'Not found');
      return;
    }
    try {
      const data = await readFile(file);
      send(res, 200, data, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    } catch {
      send(res, 404, 'Not found');
    }
  }

  async function serveApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') {
      sendOutcome(res, failure('forbidden', 'API calls must be POST.'), { allow: 'POST' }, 405);
      return;
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      sendOutcome(res, failure('invalid-argument', 'API calls must send JSON.'), {}, 415);
      return;
    }
    let args: unknown;
    try {
      const text = await readBody(req, options.maxBody ?? MAX_BODY);
      args = text ? JSON.parse(text) : {};
    } catch (error) {
      if (error instanceof TooLarge) sendOutcome(res, tooLargeOutcome(error.bytes, options.maxBody ?? MAX_BODY));
      else sendOutcome(res, failure('invalid-argument', `The request could not be read: ${(error as Error).message}.`));
      return;
    }
    sendOutcome(res, await dispatch(options.handlers, method, args));
  }

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      // Whatever a request carries, it never takes the host (and the open editor) down.
      if (!res.headersSent) send(res, 400, `Bad request: ${(error as Error).message}\n`, { 'content-type': 'text/plain; charset=utf-8' });
      else res.destroy();
    }
  });

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const api = /^\/api\/([A-Za-z]+)$/.exec(url.pathname);
    const verdict = checkRequest(req, port, token, api ? 'api' : 'page');
    if (!verdict.ok) {
      if (api) sendOutcome(res, verdict.outcome);
      else send(res, verdict.status, `Forbidden: ${verdict.reason}.\n`, { 'content-type': 'text/plain; charset=utf-8' });
      return;
    }
    const work = api ? serveApi(req, res, api[1]!) : serveStatic(req, res, url);
    work.catch((error) => {
      if (!res.headersSent) send(res, 500, `Copydesk failed: ${(error as Error).message}`);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // An open tab keeps idle keep-alive connections: without this, stopping waits for them to time out.
        server.closeIdleConnections();
      }),
  };
}
