/**
 * The photo half of `copydesk check` (and of the crash tests): every stored photo still matches
 * its SHA-256, and every photo a draft or a version names is in the store. Problems come back as
 * sentences naming the article, the version and the photo.
 */
import type { Store } from './index';
import { bodyToBlocks } from '../../shared/article/blocks';
import { photoHashesOf } from '../../shared/article/media';
import type { ArticleContent } from '../../shared/article/article';
import { damagedPhotos, missingPhotos } from './photo-store';
import { photoWant } from './photo-wants';

export interface PhotoCheck {
  /** Stored photos whose bytes were read and hashed. */
  photos: number;
  problems: string[];
}

const short = (hash: string): string => `${hash.slice(0, 12)}…`;

/** Checks photos against their names and the articles against the photos. `versionText` reads a version (already checked by the caller). */
export function checkPhotos(store: Store, versionText: (id: string, number: number) => string): PhotoCheck {
  const problems: string[] = [];
  const { checked, damaged } = damagedPhotos(store.db);
  for (const hash of damaged) problems.push(`photo ${short(hash)} is damaged: its bytes no longer match their SHA-256`);

  const articles = store.db.prepare('SELECT id FROM articles ORDER BY rowid').pluck().all() as string[];
  for (const id of articles) {
    const draft = store.articles.get(id);
    const title = `"${draft.headline || 'Untitled'}" (${id})`;
    const named = (body: ArticleContent['body'], where: string) => {
      for (const hash of missingPhotos(store.db, photoHashesOf(bodyToBlocks(body)))) {
        // Text pulled from the shared desk comes before its photos: one still on its way is not damage.
        if (photoWant(store.db, hash)?.givenUp === false) continue;
        problems.push(`${title} ${where} names photo ${short(hash)}, which this store does not hold`);
      }
    };
    named(draft.body, 'draft');
    for (const v of store.versions.list(id)) {
      let content: ArticleContent;
      try {
        content = JSON.parse(versionText(id, v.number)) as ArticleContent;
      } catch {
        continue; // an unreadable version is the version check's to report
      }
      named(content.body, `version ${v.number}`);
    }
  }
  return { photos: checked, problems };
}
