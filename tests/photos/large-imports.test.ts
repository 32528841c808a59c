/**
 * A Word document with full-size photos is larger than any text article: 33 MB imports through
 * the service and through the web host (its base64 is over the old 40 MB body limit), and a
 * 120 MB one is refused in words that name the 100 MB limit for Word documents and ZIPs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { Document, HeadingLevel, ImageRun, Packer, Paragraph } from 'docx';
import { MAX_BODY, startWebHost, type WebHost } from '../../src/main/web/server';
import { importFile } from '../../src/main/import';
import { bodyToBlocks } from '../../src/shared/article/blocks';
import { MAX_ARCHIVE_IMPORT_BYTES, MAX_IMPORT_BYTES } from '../../src/shared/import/limits';
import { testStore, type TestStore } from '../unit/support';
import { photoOfSize } from './images';

let host: WebHost;
let env: TestStore;
let dir: string;
let word: Buffer;

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

/** A Word document as a reporter files it: two paragraphs and three 11 MB photos. */
async function wordWithPhotos(): Promise<Buffer> {
  const children = [
    new Paragraph({ text: 'Harbour wall gives way in storm', heading: HeadingLevel.TITLE }),
    new Paragraph('The old harbour wall collapsed overnight.'),
  ];
  for (let i = 0; i < 3; i++) {
    const data = photoOfSize(11 * 1024 * 1024, 40 + i);
    children.push(new Paragraph({ children: [new ImageRun({ type: 'jpg', data, transformation: { width: 400, height: 300 } })] }));
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

beforeAll(async () => {
  env = testStore();
  dir = mkdtempSync(join(tmpdir(), 'copydesk-large-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  host = await startWebHost({ handlers: env.handlers, rendererDir: dir, port: 0 });
  word = await wordWithPhotos();
}, 60_000);
afterAll(async () => {
  await host.close();
  env.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const photosIn = async (id: string) => bodyToBlocks((await env.handlers.getArticle({ id })).body).filter((b) => b.type === 'photo').length;

describe('a Word document with full-size photos', () => {
  it('of 33 MB imports through the service with its three photos', async () => {
    expect(word.length).toBeGreaterThan(30 * 1024 * 1024);
    expect(word.length).toBeGreaterThan(MAX_IMPORT_BYTES);
    const [record] = await env.handlers.importFiles({ files: [{ name: 'harbour.docx', base64: word.toString('base64') }] });
    expect(record!.headline).toBe('Harbour wall gives way in storm');
    expect(await photosIn(record!.id)).toBe(3);
  }, 120_000);

  it('of 33 MB imports through the web host, whose body limit carries one 100 MB archive as base64', async () => {
    const body = JSON.stringify({ files: [{ name: 'harbour-web.docx', base64: word.toString('base64') }] });
    expect(body.length).toBeGreaterThan(40 * 1024 * 1024);
    expect(MAX_BODY).toBeGreaterThan((MAX_ARCHIVE_IMPORT_BYTES / 3) * 4);
    const answer = await post('importFiles', body);
    expect(answer.status, answer.body.slice(0, 300)).toBe(200);
    const [record] = JSON.parse(answer.body).result as { id: string }[];
    expect(await photosIn(record!.id)).toBe(3);
  }, 120_000);

  it('of 120 MB is refused in plain words naming the 100 MB limit, from a file and through the service', async () => {
    const path = join(dir, 'archive.docx');
    writeFileSync(path, '');
    truncateSync(path, 120 * 1024 * 1024);
    await expect(importFile(path)).rejects.toThrow(
      'Cannot import "archive.docx": it is 120.0 MB, more than the 100 MB a Word document or ZIP with its photos can be.',
    );
    const big = Buffer.alloc(120 * 1024 * 1024, 0x50).toString('base64');
    await expect(
      Promise.resolve().then(() => env.handlers.importFiles({ files: [{ name: 'archive.docx', base64: big }] })),
    ).rejects.toThrow('Cannot import "archive.docx": it is 120.0 MB, more than the 100 MB a Word document or ZIP with its photos can be.');
  }, 120_000);

  it('a text file keeps the 20 MB limit, even under a Word name', async () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, Buffer.alloc(MAX_IMPORT_BYTES + 1024, 0x61));
    await expect(importFile(path)).rejects.toThrow('Cannot import "notes.txt": it is 20.0 MB, more than the 20 MB an article file can be.');
    const named = join(dir, 'notes.docx');
    writeFileSync(named, Buffer.alloc(MAX_IMPORT_BYTES + 1024, 0x61));
    await expect(importFile(named)).rejects.toThrow(
      'Cannot import "notes.docx": it is 20.0 MB, more than the 20 MB an article file can be.',
    );
  });
});
