/**
 * addPhoto over the web host: a photo at the 25 MB limit is ~34 MB of base64, inside the host’s
 * body limit (one 100 MB Word document as base64), and is stored; one byte more is refused by the photo check with its reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { MAX_BODY, startWebHost, type WebHost } from '../../src/main/web/server';
import { PHOTO_LIMITS } from '../../src/shared/article/media';
import { sha256Hex } from '../../src/main/store/photo-store';
import { testStore, type TestStore } from '../unit/support';
import { photoOfSize } from './images';

let host: WebHost;
let env: TestStore;
let rendererDir: string;

function post(method: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: `/api/${method}`,
        method: 'POST',
        headers: { host: `127.0.0.1:${host.port}`, 'content-type': 'application/json', 'x-copydesk-token': host.token },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

beforeAll(async () => {
  env = testStore();
  rendererDir = mkdtempSync(join(tmpdir(), 'copydesk-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  host = await startWebHost({ handlers: env.handlers, rendererDir, port: 0 });
});
afterAll(async () => {
  await host.close();
  env.cleanup();
  rmSync(rendererDir, { recursive: true, force: true });
});

describe('addPhoto through the web host', () => {
  it('takes a photo of exactly 25 MB (its base64 fits the web host’s body limit) and reads it back', async () => {
    const photo = photoOfSize(PHOTO_LIMITS.maxBytes, 25);
    expect(photo.length).toBe(PHOTO_LIMITS.maxBytes);
    const body = JSON.stringify({ fileName: 'full-frame.jpg', base64: photo.toString('base64') });
    expect(body.length).toBeGreaterThan(34_000_000);
    expect(body.length).toBeLessThan(MAX_BODY);
    const added = await post('addPhoto', body);
    expect(added.status).toBe(200);
    expect(JSON.parse(added.body)).toEqual({
      ok: true,
      result: { hash: sha256Hex(photo), mime: 'image/jpeg', width: 40, height: 30, bytes: photo.length, locationRemoved: false },
    });
    const read = await post('readPhoto', JSON.stringify({ hash: sha256Hex(photo) }));
    expect(read.status).toBe(200);
    expect(Buffer.from(JSON.parse(read.body).result.base64, 'base64').equals(photo)).toBe(true);
  });

  it('refuses one byte over 25 MB with the photo limit, not a transport error', async () => {
    const photo = photoOfSize(PHOTO_LIMITS.maxBytes + 1, 26);
    const refused = await post('addPhoto', JSON.stringify({ fileName: 'too-big.jpg', base64: photo.toString('base64') }));
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body).error).toEqual({
      code: 'invalid-argument',
      message: 'too-big.jpg: The file is 25.0 MB (26,214,401 bytes, over 26,214,400); a photo may be at most 25 MB.',
    });
  });
});
