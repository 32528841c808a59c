/**
 * Adding photo files to the article: each file goes to the store (`addPhoto`, which checks the
 * bytes, strips the location and keeps them once by hash) and comes back as the fields of a
 * photo block. A refusal (not an image, too big, a decompression bomb, an SVG) comes back as
 * the store's reason in plain words, named with the file.
 */
import { PHOTO_LIMITS, type PhotoFields } from '../../../shared/article/media';
import { api, errorMessage } from '../../api/client';
import { fileToBase64 } from '../../transfer/files';
import { seedPhotoUrl } from './photo-url';

export type AddedPhoto =
  { ok: true; file: File; fields: PhotoFields; locationRemoved: boolean } | { ok: false; file: File; reason: string };

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

export async function addPhotoFile(file: File): Promise<AddedPhoto> {
  // Checked before reading: a 300 MB file would be read whole and sent only to be refused.
  if (file.size > PHOTO_LIMITS.maxBytes) {
    return { ok: false, file, reason: `it is ${megabytes(file.size)}; a photo can be at most ${megabytes(PHOTO_LIMITS.maxBytes)}.` };
  }
  try {
    const stored = await api.addPhoto({ fileName: file.name, base64: await fileToBase64(file) });
    // The stored bytes may differ from the file's (location removed), so only an untouched file seeds the cache.
    if (!stored.locationRemoved) seedPhotoUrl(stored.hash, new Blob([file], { type: stored.mime }));
    return {
      ok: true,
      file,
      fields: { hash: stored.hash, mime: stored.mime, width: stored.width, height: stored.height, caption: '', credit: '', alt: '' },
      locationRemoved: stored.locationRemoved,
    };
  } catch (error) {
    return { ok: false, file, reason: errorMessage(error) };
  }
}

/** What the reporter is told about one file. */
export function describeAdded(result: AddedPhoto): { text: string; tone: 'info' | 'error' } | null {
  const name = result.file.name || 'The pasted image';
  if (!result.ok) return { text: `${name} was not added: ${result.reason}`, tone: 'error' };
  if (result.locationRemoved) return { text: `${name}: its GPS location was removed before it was stored.`, tone: 'info' };
  return null;
}
