/**
 * The photo half of `copydesk check`: every stored photo still matches its SHA-256, and every
 * photo a draft or a version names is in the store. Problems come back as sentences naming the
 * article, the draft or version, and the photo.
 */
import type { Db } from './database';
import { bodyToBlocks } from '../../shared/article/blocks';
import type { SerializedBody } from '../../shared/article/body';
import { photoHashesOf } from '../../shared/article/media';
import { damagedPhotos, missingPhotos } from './photo-store';
import { photoWant } from './photo-wants';

const short = (hash: string): string => `${hash.slice(0, 12)}…`;

/** Hashes every stored photo (one at a time); returns how many and a sentence for each damaged one. */
export function storedPhotoProblems(db: Db): { photos: number; problems: string[] } {
  const { checked, damaged } = damagedPhotos(db);
  return { photos: checked, problems: damaged.map((hash) => `photo ${short(hash)} is damaged: its bytes no longer match their SHA-256`) };
}

/** A sentence for each photo `body` names that the store does not hold; `where` is "draft" or "version N". */
export function absentPhotoProblems(db: Db, article: { id: string; headline: string }, where: string, body: SerializedBody): string[] {
  // Text pulled from the shared desk comes before its photos: one still on its way is not damage.
  return missingPhotos(db, photoHashesOf(bodyToBlocks(body)))
    .filter((hash) => photoWant(db, hash)?.givenUp !== false)
    .map(
      (hash) => `"${article.headline || 'Untitled'}" (${article.id}) ${where} names photo ${short(hash)}, which this store does not hold`,
    );
}
