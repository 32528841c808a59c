/**
 * Photos on the hub: stored once each, named by the SHA-256 of their bytes, which the hub computes
 * again itself — a laptop's word for a hash is never taken. A photo is one row written by one
 * INSERT, so an upload cut off half way leaves nothing behind, and a second upload of the same
 * photo (another laptop, a retried round) changes nothing.
 *
 * Answers tell a laptop whether trying again can help: 400 when the bytes arrived garbled (sent
 * again next round), 422 or 413 when the photo itself is refused and 403 when the story is not the
 * sender's (both for good: the text showing it stays on the laptop, marked with the reason).
 */
import { HubError, inTransaction, type HubClient, type HubPool } from './hub-db';
import type { Caller } from './people';
import type { HubRequest, HubResponse } from '../../shared/newsroom/protocol';
import { PHOTO_LIMITS, type PhotoType } from '../../shared/article/media';
import { ImageRefused, prepareImage, type PreparedImage } from '../../shared/media/inspect';
import { sha256Hex } from '../store/photo-store';

const short = (hash: string) => hash.slice(0, 12);
const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/** Of these photos, the ones the hub does not hold. */
export async function unknownPhotos(db: HubClient | HubPool, hashes: readonly string[]): Promise<string[]> {
  if (hashes.length === 0) return [];
  const known = await db.query('SELECT hash FROM photos WHERE hash = ANY($1)', [hashes]);
  const have = new Set(known.rows.map((r) => r.hash as string));
  return hashes.filter((h) => !have.has(h));
}

/** Why text naming these photos (the ones the hub lacks) is not taken: the photos go first. */
export function lackingPhotosReason(lacking: readonly string[]): string {
  return `This text shows ${lacking.length === 1 ? 'a photo' : `${lacking.length} photos`} the desk does not have yet (${lacking.map(short).join(', ')}); the photo is sent first, then the text.`;
}

/**
 * What the bytes are, through the same gate every store uses (type by magic bytes, structure to the
 * end, dimensions). The bytes must already be as a store keeps them — their location taken out —
 * so no laptop can put a photo's location on the desk.
 */
function inspect(bytes: Buffer): { mime: PhotoType; width: number; height: number } {
  let image: PreparedImage;
  try {
    image = prepareImage(bytes);
  } catch (error) {
    if (error instanceof ImageRefused) throw new HubError(422, `${error.message.replace(/\.$/, '')}. Nothing was stored.`);
    throw error;
  }
  if (!Buffer.from(image.bytes.buffer, image.bytes.byteOffset, image.bytes.byteLength).equals(bytes)) {
    throw new HubError(
      422,
      'This photo still carries its location (or data after the picture); Copydesk takes it out when a photo is added, so this one was not added through Copydesk. Nothing was stored.',
    );
  }
  return { mime: image.mime, width: image.width, height: image.height };
}

export class DeskPhotos {
  constructor(
    private readonly pool: HubPool,
    /** Why this person may not change this story, or null (the desk's role policy). */
    private readonly mayNotPush: (db: HubClient, caller: Caller, articleId: string) => Promise<string | null>,
  ) {}

  async missing(request: HubRequest<'photos/missing'>): Promise<HubResponse<'photos/missing'>> {
    return { missing: await unknownPhotos(this.pool, [...new Set(request.hashes)]) };
  }

  async put(caller: Caller, request: HubRequest<'photos/put'>): Promise<HubResponse<'photos/put'>> {
    const bytes = Buffer.from(request.base64, 'base64');
    // Node's decoder skips what is not base64: the bytes must encode back to exactly the text sent.
    if (bytes.toString('base64') !== request.base64)
      throw new HubError(400, 'The photo did not arrive whole (its base64 text is malformed); nothing was stored.');
    if (bytes.length === 0) throw new HubError(400, 'The photo is empty; nothing was stored.');
    if (bytes.length > PHOTO_LIMITS.maxBytes)
      throw new HubError(413, `This photo is ${megabytes(bytes.length)}; a photo may be at most ${megabytes(PHOTO_LIMITS.maxBytes)}.`);
    const hash = sha256Hex(bytes);
    if (hash !== request.hash) {
      throw new HubError(
        400,
        `The photo's bytes do not match its name (${short(request.hash)}): it was changed after it was stored or on the way. Nothing was stored.`,
      );
    }
    const { mime, width, height } = inspect(bytes);
    return inTransaction(this.pool, async (db) => {
      // As with the text: an offline copy changes nothing anyone reads, so its photos may always land.
      const denied = request.offlineCopy ? null : await this.mayNotPush(db, caller, request.articleId);
      if (denied) throw new HubError(403, denied);
      const added = await db.query(
        `INSERT INTO photos (hash, mime, width, height, bytes, added_by) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (hash) DO NOTHING`,
        [hash, mime, width, height, bytes, caller.name],
      );
      return { hash, stored: added.rowCount === 1 };
    });
  }

  async get(request: HubRequest<'photos/get'>): Promise<HubResponse<'photos/get'>> {
    const row = await this.pool.query('SELECT mime, bytes FROM photos WHERE hash = $1', [request.hash]);
    if (!row.rowCount)
      throw new HubError(404, `The desk has no photo ${short(request.hash)}; the laptop that added it has not sent it yet.`);
    return { hash: request.hash, mime: row.rows[0].mime as PhotoType, base64: (row.rows[0].bytes as Buffer).toString('base64') };
  }
}
