/** The web host's answers to malformed and oversized requests: the true reason, never a 500 or a reset. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { startWebHost, type WebHost } from './server';
import { tokenCookie } from './guard';
import { testStore, type TestStore } from '../../../tests/unit/support';

let host: WebHost;
let env: TestStore;

function http(
  path: string,
  init: { method?: string; headers?: Record<string, string>; chunks?: string[] } = {},
): Promise<{ status: number; body: string }> {
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
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      },
    );
    req.on('error', reject);
    for (const chunk of init.chunks ?? []) req.write(chunk);
    req.end();
  });
}

beforeAll(async () => {
  env = testStore();
  const rendererDir = mkdtempSync(join(tmpdir(), 'copydesk-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  host = await startWebHost({ handlers: env.handlers, rendererDir, port: 0, maxBody: 64 * 1024 });
});
afterAll(async () => {
  await host.close();
  env.cleanup();
});

const cookie = () => ({ cookie: `${tokenCookie(host.port)}=${host.token}` });
const apiHeaders = () => ({ 'content-type': 'application/json', 'x-copydesk-token': host.token });

describe('web host limits and malformed requests', () => {
  it('answers GET /% with 400 and the reason, not 500', async () => {
    const res = await http('/%', { headers: cookie() });
    expect(res.status).toBe(400);
    expect(res.body).toMatch(/"%" that is not followed by two hex digits/);
    expect((await http('/%E0%A4%A', { headers: cookie() })).status).toBe(400);
  });

  it('answers a body over the limit with 413 and a sentence, declared or streamed', async () => {
    const big = JSON.stringify({ headline: 'x'.repeat(100 * 1024) });
    const declared = await http('/api/createArticle', {
      method: 'POST',
      headers: { ...apiHeaders(), 'content-length': String(big.length) },
      chunks: [big],
    });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body).error.message).toMatch(/more than the 64 KB Copydesk’s web host takes in one call/);
    const streamed = await http('/api/createArticle', {
      method: 'POST',
      headers: { ...apiHeaders(), 'transfer-encoding': 'chunked' },
      chunks: [big.slice(0, 50_000), big.slice(50_000)],
    });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body).error.code).toBe('too-large');
    // The host still serves the next call.
    const ok = await http('/api/listArticles', { method: 'POST', headers: apiHeaders(), chunks: ['{}'] });
    expect(ok.status).toBe(200);
  });
});
