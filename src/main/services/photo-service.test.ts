/** addPhoto and readPhoto through the one dispatch both transports use. */
import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { testStore, type TestStore } from '../../../tests/unit/support';
import { dispatch } from '../api/dispatch';
import { exifBlock, GIF_1x1, jpegWith, JPEG_40x30, png } from '../../../tests/photos/images';
import { photoBytes, photoSourceOf, putPhoto } from '../store/photo-store';

let env: TestStore;
afterEach(() => env?.cleanup());

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const count = () => env.store.db.prepare('SELECT count(*) FROM photos').pluck().get();

describe('addPhoto', () => {
  it('stores a photo once by the SHA-256 of the stored bytes, and reads it back whole', async () => {
    env = testStore();
    const photo = png(64, 48, 3);
    const added = await dispatch(env.handlers, 'addPhoto', { fileName: 'chart.png', base64: b64(photo) });
    expect(added).toEqual({
      ok: true,
      result: { hash: sha(photo), mime: 'image/png', width: 64, height: 48, bytes: photo.length, locationRemoved: false },
    });
    const again = await dispatch(env.handlers, 'addPhoto', { fileName: 'copy of chart.jpg', base64: b64(photo) });
    expect(again).toEqual(added);
    expect(count()).toBe(1);
    const read = await dispatch(env.handlers, 'readPhoto', { hash: sha(photo) });
    expect(read).toEqual({ ok: true, result: { hash: sha(photo), mime: 'image/png', base64: b64(photo) } });
  });

  it('names a photo by its bytes after the location came out, leaves the given bytes alone, and stores a re-add once', async () => {
    env = testStore();
    const withGps = jpegWith(JPEG_40x30, { exif: exifBlock({ location: { latitude: 1, longitude: 2 } }) });
    const before = Buffer.from(withGps);
    const first = putPhoto(env.store.db, withGps, 'a.jpg');
    expect(first.locationRemoved).toBe(true);
    expect(first.hash).not.toBe(sha(withGps));
    expect(withGps.equals(before)).toBe(true);
    expect(sha(photoBytes(env.store.db, first.hash)!.bytes)).toBe(first.hash);
    expect(putPhoto(env.store.db, withGps).hash).toBe(first.hash);
    expect(count()).toBe(1);
    expect(photoSourceOf(env.store.db).bytesOf(first.hash)?.mime).toBe('image/jpeg');
  });

  it('refuses a bad image with a plain reason that names the file, and stores nothing', async () => {
    env = testStore();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const refused = await dispatch(env.handlers, 'addPhoto', { fileName: 'logo.jpg', base64: b64(svg) });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringMatching(/^logo\.jpg: The file is an SVG drawing, which is refused/) },
    });
    const cut = await dispatch(env.handlers, 'addPhoto', { fileName: 'cut.jpg', base64: b64(JPEG_40x30.subarray(0, 500)) });
    expect(cut).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringContaining('cut.jpg: The JPEG file is cut short') },
    });
    const garbled = await dispatch(env.handlers, 'addPhoto', { fileName: 'g.gif', base64: '!!' + b64(GIF_1x1) });
    expect(garbled).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringContaining('did not arrive whole') },
    });
    expect(count()).toBe(0);
  });

  it('refuses a file over 25 MB before decoding it', async () => {
    env = testStore();
    const outcome = await dispatch(env.handlers, 'addPhoto', { fileName: 'huge.jpg', base64: 'A'.repeat(36_000_000) });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('is over 25 MB') } });
  });
});

describe('readPhoto', () => {
  it('says plainly when the store does not hold the photo', async () => {
    env = testStore();
    const outcome = await dispatch(env.handlers, 'readPhoto', { hash: 'a'.repeat(64) });
    expect(outcome).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('holds no photo aaaaaaaaaaaa') },
    });
    const bad = await dispatch(env.handlers, 'readPhoto', { hash: '../etc/passwd' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});

describe('the photo table', () => {
  it('is insert-only: a stored photo is never changed or deleted', () => {
    env = testStore();
    const { hash } = putPhoto(env.store.db, GIF_1x1);
    expect(() => env.store.db.prepare("UPDATE photos SET bytes = x'00' WHERE hash = ?").run(hash)).toThrow(/never change/);
    expect(() => env.store.db.prepare('DELETE FROM photos WHERE hash = ?').run(hash)).toThrow(/kept/);
    expect(sha(photoBytes(env.store.db, hash)!.bytes)).toBe(hash);
  });
});
