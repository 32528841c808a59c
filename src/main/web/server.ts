/**
 * The loopback web host: the same built renderer and the same services as the desktop, over
 * HTTP on 127.0.0.1, for machines where Electron cannot run and for end-to-end tests.
 * POST /api/<method> with a JSON body carries one API call; everything else is a static file.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { ApiHandlers } from '../../shared/api/contract';
import { dispatch } from '../api/dispatch';
import { checkRequest, tokenCookie } from './guard';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

/** The largest API call (an import of a 20 MB file travels as base64 in JSON). */
export const MAX_BODY = 40 * 1024 * 1024;

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

/** A request body over the limit: answered 413 with a sentence, never a dropped connection. */
class TooLarge extends Error {}

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${Math.round(bytes / 1024 / 1024)} MB`;
}

function tooLargeMessage(limit: number): string {
  return `The request is larger than the ${megabytes(limit)} Copydesk accepts in one call; import files of at most 20 MB.`;
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    // Declared too large: refuse before reading a byte.
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      req.resume();
      reject(new TooLarge(tooLargeMessage(limit)));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return; // drained, not kept, so the client can read the answer
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        reject(new TooLarge(tooLargeMessage(limit)));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks).toString('utf8'));
    });
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
  const token = options.token ?? randomBytes(24).toString('base64url');
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
      const html = (await readFile(indexFile, 'utf8')).replace(
        '</head>',
        `<meta name="copydesk-token" content="${token}"></head>`,
      );
      send(res, 200, html, { 'content-type': MIME['.html']!, 'content-security-policy': CONTENT_SECURITY_POLICY });
      return;
    }
    const decoded = decodedPath(url.pathname);
    if (decoded === null) {
      send(res, 400, 'Bad request: the address has a "%" that is not followed by two hex digits.\n', { 'content-type': 'text/plain; charset=utf-8' });
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
      send(res, 405, JSON.stringify({ ok: false, error: { code: 'forbidden', message: 'API calls must be POST.' } }), { 'content-type': 'application/json', allow: 'POST' });
      return;
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      send(res, 415, JSON.stringify({ ok: false, error: { code: 'invalid-argument', message: 'API calls must send JSON.' } }), { 'content-type': 'application/json' });
      return;
    }
    let args: unknown;
    try {
      const text = await readBody(req, options.maxBody ?? MAX_BODY);
      args = text ? JSON.parse(text) : {};
    } catch (error) {
      if (error instanceof TooLarge) {
        send(res, 413, JSON.stringify({ ok: false, error: { code: 'invalid-argument', message: error.message } }), { 'content-type': 'application/json' });
        return;
      }
      send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid-argument', message: `The request could not be read: ${(error as Error).message}.` } }), { 'content-type': 'application/json' });
      return;
    }
    const outcome = await dispatch(options.handlers, method, args);
    const status = outcome.ok ? 200 : { 'unknown-method': 404, 'not-found': 404, 'invalid-argument': 400, conflict: 409, forbidden: 403, unsupported: 400, storage: 503, locked: 503, internal: 500 }[outcome.error.code];
    send(res, status, JSON.stringify(outcome), { 'content-type': 'application/json; charset=utf-8' });
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
      send(res, verdict.status, `Forbidden: ${verdict.reason}.\n`, { 'content-type': 'text/plain; charset=utf-8' });
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
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
