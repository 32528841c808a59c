/**
 * Photos through the API: addPhoto checks and stores an image (store/photo-store.ts), readPhoto
 * hands its bytes back. Both transports carry JSON, so bytes travel as base64.
 */
import type { Store } from '../store';
import type { ApiHandlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { photoBytes, putPhoto } from '../store/photo-store';
import { awaitedPhotoNotice } from '../store/photo-wants';
import { ImageRefused } from '../../shared/media/inspect';

export type PhotoHandlers = Pick<ApiHandlers, 'addPhoto' | 'readPhoto'>;

/**
 * Decodes base64 strictly: Node's decoder skips characters it does not know, which would store a
 * different file. Encoding the bytes again must give the text back (a regular expression over
 * 35 MB of text costs ten times as long).
 */
export function decodeBase64(base64: string, fileName: string): Buffer {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.toString('base64') !== base64) {
    throw new ImageRefused(
      `${fileName || 'The photo'}: the file did not arrive whole (its base64 text is malformed); try adding it again.`,
    );
  }
  return bytes;
}

export function createPhotoService(store: Store): PhotoHandlers {
  return {
    addPhoto: ({ fileName, base64 }) => putPhoto(store.db, decodeBase64(base64, fileName), fileName || undefined),
    readPhoto: ({ hash }) => {
      const photo = photoBytes(store.db, hash);
      // A photo the shared desk is still bringing says so: the article shows it as waiting.
      if (!photo)
        throw new ApiError(
          'not-found',
          awaitedPhotoNotice(store.db, hash) ??
            `This store holds no photo ${hash.slice(0, 12)}…: it was never added here, or came with an article whose photos did not travel with it.`,
        );
      return { hash, mime: photo.mime, base64: Buffer.from(photo.bytes).toString('base64') };
    },
  };
}
