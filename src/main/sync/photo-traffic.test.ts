/**
 * What a laptop does with photo bytes the desk hands out that this store would not keep as they
 * are: a photo still carrying its location (from a hub that did not check), or a file that is
 * not a photo. Neither is stored; the want is given up with the reason, which the article shows.
 * The hub is a stand-in here (the HubLink interface): no real hub sends such bytes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../store';
import { fetchWantedPhotos } from './photo-traffic';
import { awaitedPhotoNotice, photoWant, wantPhotosOf, wantedPhotos } from '../store/photo-wants';
import { hasPhoto, sha256Hex } from '../store/photo-store';
import { HubRefusal, type HubLink } from './hub-link';
import { blocksToBody } from '../../shared/article/blocks';
import { exifBlock, png, pngWith } from '../../../tests/photos/images';

let store: Store | undefined;
let dir = '';
afterEach(() => {
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function storeWanting(hashes: string[]): Store {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-photo-traffic-'));
  store = openStore(dir);
  const body = blocksToBody(
    hashes.map((hash, i) => ({
      id: `ph${i}`,
      type: 'photo' as const,
      runs: [],
      photo: { hash, mime: 'image/png' as const, width: 40, height: 30, caption: '', credit: '', alt: '' },
    })),
  );
  store.transaction(() => wantPhotosOf(store!.db, [{ articleId: 'story1', content: { body } }]));
  return store;
}

/** A stand-in hub that hands out the given bytes for each hash, or says it has none. */
function deskHanding(files: Map<string, Buffer>): HubLink {
  return {
    call: (async (endpoint: string, request: { hash: string }) => {
      if (endpoint !== 'photos/get') throw new Error(`unexpected ${endpoint}`);
      const bytes = files.get(request.hash);
      if (!bytes)
        throw new HubRefusal(404, `The desk has no photo ${request.hash.slice(0, 12)}; the laptop that added it has not sent it yet.`);
      return { hash: request.hash, mime: 'image/png', base64: bytes.toString('base64') };
    }) as HubLink['call'],
  };
}

describe('fetching wanted photos', () => {
  it('stores what the desk hands out, gives up on bytes this store would not keep, and keeps asking for what the desk lacks', async () => {
    const good = png(40, 30, 1);
    const located = pngWith({ exif: exifBlock({ location: { latitude: 40.7, longitude: -74 } }) }, 2);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>');
    const absent = sha256Hex(png(40, 30, 3));
    const s = storeWanting([sha256Hex(good), sha256Hex(located), sha256Hex(svg), absent]);
    expect(wantedPhotos(s.db)).toHaveLength(4);
    const files = new Map([good, located, svg].map((b) => [sha256Hex(b), b]));

    expect(await fetchWantedPhotos(s, deskHanding(files), 'session')).toEqual({ fetched: 1, waiting: 3 });
    expect(hasPhoto(s.db, sha256Hex(good))).toBe(true);
    expect(photoWant(s.db, sha256Hex(good))).toBeUndefined();
    // Nothing of the located photo is kept, under its name or any other.
    expect(s.db.prepare('SELECT count(*) FROM photos').pluck().get()).toBe(1);
    expect(awaitedPhotoNotice(s.db, sha256Hex(located))).toMatch(/^This photo did not come from the desk: .* still carries its location/);
    expect(awaitedPhotoNotice(s.db, sha256Hex(svg))).toMatch(/^This photo did not come from the desk: .*SVG/);
    expect(awaitedPhotoNotice(s.db, absent)).toBe('Waiting for the photo from the desk; it arrives with the next sync.');
    expect(photoWant(s.db, absent)).toMatchObject({ tries: 1, lastError: expect.stringMatching(/The desk has no photo/), givenUp: false });

    // The next round asks only for the one the desk may still get.
    expect(wantedPhotos(s.db).map((w) => w.hash)).toEqual([absent]);
    files.set(absent, png(40, 30, 3));
    expect(await fetchWantedPhotos(s, deskHanding(files), 'session')).toEqual({ fetched: 1, waiting: 0 });
    expect(wantedPhotos(s.db)).toEqual([]);
  });
});
