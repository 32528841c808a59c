// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const readPhoto = vi.fn();
vi.mock('../../api/client', () => ({ api: { readPhoto: (args: unknown) => readPhoto(args) }, errorMessage: (e: unknown) => String(e) }));

const { holdPhotoUrl, seedPhotoUrl, RELEASE_GRACE_MS } = await import('./photo-url');

const HASH = 'b'.repeat(64);
let made = 0;
const revoked: string[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  readPhoto.mockReset();
  readPhoto.mockResolvedValue({ hash: HASH, mime: 'image/gif', base64: 'R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==' });
  revoked.length = 0;
  URL.createObjectURL = () => `blob:test/${++made}`;
  URL.revokeObjectURL = (url: string) => void revoked.push(url);
});
afterEach(() => {
  vi.runAllTimers();
  vi.useRealTimers();
});

describe('photo URLs', () => {
  it('reads a photo once for every view of it and revokes its URL after the last view goes', async () => {
    const first = holdPhotoUrl(HASH);
    const second = holdPhotoUrl(HASH);
    const url = await first.url;
    expect(await second.url).toBe(url);
    expect(readPhoto).toHaveBeenCalledTimes(1);

    first.release();
    vi.advanceTimersByTime(RELEASE_GRACE_MS + 1);
    expect(revoked).toEqual([]);
    second.release();
    second.release(); // a second release of the same hold changes nothing
    expect(revoked).toEqual([]);
    vi.advanceTimersByTime(RELEASE_GRACE_MS + 1);
    expect(revoked).toEqual([url]);

    // Shown again later: read again, a new URL.
    const again = holdPhotoUrl(HASH);
    expect(await again.url).not.toBe(url);
    expect(readPhoto).toHaveBeenCalledTimes(2);
    again.release();
  });

  it('keeps the URL when the photo is shown again within the grace (undo, a remount)', async () => {
    const before = holdPhotoUrl(HASH);
    const url = await before.url;
    before.release();
    vi.advanceTimersByTime(RELEASE_GRACE_MS / 2);
    const after = holdPhotoUrl(HASH);
    expect(await after.url).toBe(url);
    vi.advanceTimersByTime(RELEASE_GRACE_MS * 2);
    expect(revoked).toEqual([]);
    after.release();
  });

  it('does not keep a failed read: the next view asks the store again', async () => {
    readPhoto.mockRejectedValueOnce(new Error('No photo with that name is stored here.'));
    const failed = holdPhotoUrl(HASH);
    await expect(failed.url).rejects.toThrow('No photo with that name');
    failed.release();
    const next = holdPhotoUrl(HASH);
    await expect(next.url).resolves.toMatch(/^blob:test\//);
    expect(readPhoto).toHaveBeenCalledTimes(2);
    next.release();
  });

  it('shows a photo just added from the bytes in hand, without reading it back', async () => {
    const hash = 'c'.repeat(64);
    seedPhotoUrl(hash, new Blob([new Uint8Array([0x47, 0x49, 0x46])], { type: 'image/gif' }));
    const hold = holdPhotoUrl(hash);
    await expect(hold.url).resolves.toMatch(/^blob:test\//);
    expect(readPhoto).not.toHaveBeenCalled();
    hold.release();
  });
});
