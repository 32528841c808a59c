// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

const addPhoto = vi.fn();
vi.mock('../../api/client', () => ({
  api: { addPhoto: (args: unknown) => addPhoto(args), readPhoto: vi.fn() },
  errorMessage: (e: unknown) => (e instanceof Error ? e.message : String(e)),
}));

const { addPhotoFile, describeAdded } = await import('./add-photos');

const HASH = 'd'.repeat(64);
const gif = () => new File([new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61])], 'pier.gif', { type: 'image/gif' });

beforeEach(() => {
  addPhoto.mockReset();
  URL.createObjectURL = () => 'blob:test/1';
  URL.revokeObjectURL = () => undefined;
});

describe('addPhotoFile', () => {
  it('sends the file’s name and bytes and makes a photo block’s fields of the answer', async () => {
    addPhoto.mockResolvedValue({ hash: HASH, mime: 'image/gif', width: 1, height: 1, bytes: 6, locationRemoved: false });
    const result = await addPhotoFile(gif());
    expect(addPhoto).toHaveBeenCalledWith({ fileName: 'pier.gif', base64: 'R0lGODlh' });
    expect(result).toMatchObject({
      ok: true,
      fields: { hash: HASH, mime: 'image/gif', width: 1, height: 1, caption: '', credit: '', alt: '' },
    });
    expect(describeAdded(result)).toBeNull();
  });

  it('says when the location was taken out', async () => {
    addPhoto.mockResolvedValue({ hash: HASH, mime: 'image/jpeg', width: 40, height: 30, bytes: 900, locationRemoved: true });
    expect(describeAdded(await addPhotoFile(new File([new Uint8Array([0xff, 0xd8])], 'harbour.jpg', { type: 'image/jpeg' })))).toEqual({
      text: 'harbour.jpg: its GPS location was removed before it was stored.',
      tone: 'info',
    });
  });

  it('passes the store’s refusal on in its own words, named with the file', async () => {
    addPhoto.mockRejectedValue(new Error('SVG drawings are not accepted as photos: they can carry scripts.'));
    const result = await addPhotoFile(new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' }));
    expect(describeAdded(result)).toEqual({
      text: 'logo.svg was not added: SVG drawings are not accepted as photos: they can carry scripts.',
      tone: 'error',
    });
  });

  it('refuses a file over the size limit without reading or sending it', async () => {
    const huge = new File([new Uint8Array(1)], 'raw.jpg', { type: 'image/jpeg' });
    Object.defineProperty(huge, 'size', { value: 30 * 1024 * 1024 });
    const result = await addPhotoFile(huge);
    expect(addPhoto).not.toHaveBeenCalled();
    expect(describeAdded(result)?.text).toBe('raw.jpg was not added: it is 30 MB; a photo can be at most 25 MB.');
  });
});
