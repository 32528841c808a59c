// @vitest-environment jsdom
/**
 * A photo a colleague's story names can be on its way from the newsroom's hub: the editor shows
 * the store's sentence in its place and asks again after each finished sync round.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { NewsroomStatus } from '../../../shared/newsroom/status';

const readPhoto = vi.fn();
const newsroomStatus = vi.fn();
vi.mock('../../api/client', () => ({
  api: { readPhoto: (args: unknown) => readPhoto(args), newsroomStatus: (args: unknown) => newsroomStatus(args) },
  errorMessage: (e: unknown) => (e instanceof Error ? e.message : String(e)),
}));

const { PhotoImage } = await import('./PhotoImage');
const { setNewsroomStatus } = await import('../../newsroom/newsroom-status');

const HASH = 'c'.repeat(64);
const WAITING = 'Waiting for the photo from the desk; it arrives with the next sync.';
const fields = { hash: HASH, mime: 'image/gif' as const, width: 1, height: 1, caption: 'Ferry at dawn', credit: 'Kim Lee', alt: 'A ferry' };

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a photo still on its way from the desk', () => {
  it('shows why it is missing, then the photo once a sync round has brought it', async () => {
    URL.createObjectURL = () => 'blob:test/arrived';
    const joined = (lastSyncedAt: string) => ({ joined: true, lastSyncedAt }) as unknown as NewsroomStatus;
    newsroomStatus.mockResolvedValue(joined('2026-12-04T10:00:00Z'));
    readPhoto.mockRejectedValueOnce(new Error(WAITING));
    readPhoto.mockResolvedValue({ hash: HASH, mime: 'image/gif', base64: 'R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==' });

    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => root.render(createElement(PhotoImage, { fields })));
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(host.textContent).toBe(WAITING);
    expect(readPhoto).toHaveBeenCalledTimes(1);

    // No round finished: nothing is asked again.
    await act(async () => setNewsroomStatus(joined('2026-12-04T10:00:00Z')));
    expect(readPhoto).toHaveBeenCalledTimes(1);

    // A round finished: the photo is asked for again and shown.
    await act(async () => setNewsroomStatus(joined('2026-12-04T10:00:05Z')));
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(readPhoto).toHaveBeenCalledTimes(2);
    const img = host.querySelector('img');
    expect(img?.getAttribute('src')).toBe('blob:test/arrived');
    await act(async () => root.unmount());
  });
});
