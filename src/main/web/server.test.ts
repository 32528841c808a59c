/** The web host over real HTTP: the API, the token, and the Host and Origin checks. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { MAX_BODY, startWebHost, type WebHost } from './server';
import { webHostToken, TOKEN_FILE } from './token';
import { readFileSync, statSync } from 'node:fs';
import { testStore, type TestStore } from '../../../tests/unit/support';

let host: WebHost;
let env: TestStore;

/** A raw request, so the test can set any Host or Origin header it likes. */
function http(
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method: init.method ?? 'GET',
        headers: { host: `127.0.0.1:${host.port}`, ...init.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

const api = (method: string, args: unknown, headers: Record<string, string> = {}) =>
  http(`/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-copydesk-token': host.token, ...headers },
    body: JSON.stringify(args),
  });

beforeAll(async () => {
  env = testStore();
  const rendererDir = mkdtempSync(join(tmpdir(), 'copydesk-renderer-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  host = await startWebHost({ handlers: env.handlers, rendererDir, port: 0 });
});
afterAll(async () => {
  await host.close();
  env.cleanup();
});

describe('web host', () => {
  it('listens on the loopback address only and prints a tokened URL', () => {
    const address = host.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?token=[A-Za-z0-9_-]{20,}$`));
  });

  it('refuses every request without the token', async () => {
    expect((await http('/')).status).toBe(403);
    expect((await http('/assets/app.js')).status).toBe(403);
    expect((await api('listArticles', {}, { 'x-copydesk-token': 'wrong' })).status).toBe(403);
    expect((await http('/api/listArticles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(
      403,
    );
  });

  it('trades the token in the URL for a strict cookie, then serves the page with a CSP', async () => {
    const first = await http(`/?token=${host.token}`);
    expect(first.status).toBe(303);
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await http('/', { headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain('<meta name="copydesk-token"');
  });

  it('survives malformed requests: a broken cookie or address is refused, not a crash', async () => {
    expect((await http('/', { headers: { cookie: `copydesk_token_${host.port}=%E0%A4%A` } })).status).toBe(403);
    expect((await http('/%E0%A4%A', { headers: { cookie: `copydesk_token_${host.port}=${host.token}` } })).status).toBeGreaterThanOrEqual(
      400,
    );
    expect((await http(`/?token=${host.token}`)).status).toBe(303);
  });

  it('refuses a foreign Host (DNS rebinding), even with the token', async () => {
    const res = await http(`/?token=${host.token}`, { headers: { host: `attacker.example:${host.port}` } });
    expect(res.status).toBe(403);
    expect((await api('listArticles', {}, { host: 'attacker.example' })).status).toBe(403);
  });

  it('refuses calls from a foreign page (CSRF), even carrying the token', async () => {
    expect((await api('createArticle', {}, { origin: 'https://attacker.example' })).status).toBe(403);
    expect((await api('createArticle', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    // A plain form post cannot send JSON: refused before any handler runs.
    const form = await http('/api/createArticle', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-copydesk-token': host.token },
      body: 'headline=x',
    });
    expect(form.status).toBe(415);
    expect(env.store.articles.list({})).toHaveLength(0);
  });

  it('carries the API contract: results, validation errors and not-found in plain words', async () => {
    const created = await api('createArticle', { headline: 'Storm closes coastal highway' }, { origin: `http://127.0.0.1:${host.port}` });
    expect(created.status).toBe(200);
    const article = JSON.parse(created.body).result;
    expect(article.headline).toBe('Storm closes coastal highway');

    const bad = await api('saveDraft', { id: article.id, patch: { status: 'spiked' } });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message).toMatch(/status/);

    const missing = await api('getArticle', { id: 'nosucharticle' });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).error.message).toMatch(/no article/);

    const unknown = await api('dropTables', {});
    expect(unknown.status).toBe(404);
  });

  it('never serves files outside the app', async () => {
    const cookie = `copydesk_token_${host.port}=${host.token}`;
    expect((await http('/../../etc/passwd', { headers: { cookie } })).status).toBe(404);
    expect((await http('/%2e%2e/%2e%2e/etc/passwd', { headers: { cookie } })).status).toBe(404);
    expect((await http('/assets/app.js', { headers: { cookie } })).status).toBe(200);
  });

  it('answers every API refusal with the envelope the page opens, naming the real reason', async () => {
    const stale = await api('listArticles', {}, { 'x-copydesk-token': 'a-token-from-before-a-restart' });
    expect(stale.status).toBe(403);
    expect(JSON.parse(stale.body)).toMatchObject({
      ok: false,
      error: { code: 'session-expired', message: expect.stringMatching(/restarted.*Your text is kept on this page/) },
    });
    const foreign = await api('listArticles', {}, { origin: 'https://attacker.example' });
    expect(JSON.parse(foreign.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a request over its size limit by saying so, not by dropping the connection', async () => {
    // One megabyte past the host's limit (MAX_BODY: a 100 MB Word file with its photos, as base64).
    const huge = JSON.stringify({ files: [{ name: 'scan.docx', base64: 'A'.repeat(MAX_BODY + 1024 * 1024) }] });
    const size = (Buffer.byteLength(huge) / 1024 / 1024).toFixed(1).replace('.', '\\.');
    const res = await http('/api/importFiles', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-copydesk-token': host.token },
      body: huge,
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({
      ok: false,
      error: {
        code: 'too-large',
        message: expect.stringMatching(new RegExp(`^This request is ${size} MB, more than the ${Math.round(MAX_BODY / 1024 / 1024)} MB`)),
      },
    });
    expect((await api('listArticles', {})).status).toBe(200);
  });
});

describe('the web host token', () => {
  it('is kept per data folder, private to its owner, and rotated on request', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-token-'));
    const first = webHostToken(dir);
    expect(first).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(webHostToken(dir)).toBe(first);
    expect(readFileSync(join(dir, TOKEN_FILE), 'utf8').trim()).toBe(first);
    expect(statSync(join(dir, TOKEN_FILE)).mode & 0o077).toBe(0);
    const rotated = webHostToken(dir, { rotate: true });
    expect(rotated).not.toBe(first);
    expect(webHostToken(dir)).toBe(rotated);
    expect(webHostToken(mkdtempSync(join(tmpdir(), 'copydesk-token-')))).not.toBe(rotated);
    writeFileSync(join(dir, TOKEN_FILE), 'short\n');
    expect(webHostToken(dir)).not.toBe('short');
  });
});
