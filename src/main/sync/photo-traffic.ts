/**
 * Photos between a laptop and the hub, each once by the SHA-256 of its bytes. Before a round sends
 * text, the photos it shows that the hub lacks go first (the hub refuses text whose photo it does
 * not hold); after a round pulls text, the photos it shows that this store lacks are fetched.
 *
 * Neither direction ever loses anything. Text whose photo cannot go yet stays in the outbox for a
 * later round; a photo that cannot be fetched yet stays wanted (photo-wants.ts) and the article
 * shows it as waiting. A link lost in the middle fails the round, which is tried again later.
 */
import type { Store } from '../store';
import { HubRefusal, type HubLink } from './hub-link';
import { PHOTOS_PER_QUESTION } from '../../shared/newsroom/protocol';
import { photosNamedBy } from '../../shared/newsroom/photos-named';
import type { ArticleContent } from '../../shared/article/article';
import { photoBytes, putPhoto, sha256Hex } from '../store/photo-store';
import { ImageRefused, prepareImage } from '../../shared/media/inspect';
import { photoFetchFailed, wantedPhotos } from '../store/photo-wants';

export interface OutgoingText {
  articleId: string;
  content: ArticleContent;
  /** Only versions have a kind; an offline copy's photos may always land, as it may. */
  kind?: string;
}

export interface PhotosSent {
  /** Photos uploaded this time (those the hub already had are not sent again). */
  sent: number;
  /**
   * Photos that could not go, with the reason when it is for good (the hub refused them), or null
   * when a later round may still send them (this laptop does not hold the bytes yet, or they were
   * garbled on the way).
   */
  blocked: Map<string, string | null>;
  /** The hub is from before photos (see OLDER_HUB). */
  olderHub: boolean;
}

const short = (hash: string) => hash.slice(0, 12);

/** A hub from before photos answers that it has no such endpoint: say so in words a person can act on. */
function olderHub(error: unknown): boolean {
  return error instanceof HubRefusal && error.status === 404 && /^The hub has no POST/.test(error.message);
}
export const OLDER_HUB =
  'The newsroom hub is older than this Copydesk and cannot take or hand out photos; text with photos waits on this laptop until whoever runs the hub updates it';

/** Sends the hub the photos these texts show that it lacks, before the texts themselves. */
export async function sendPhotosFirst(store: Store, link: HubLink, session: string, texts: readonly OutgoingText[]): Promise<PhotosSent> {
  const result: PhotosSent = { sent: 0, blocked: new Map(), olderHub: false };
  // Which stories show each photo, and whether in an offline copy: the hub checks the sender may
  // change the story a photo is for, unless it is for an offline copy.
  const storiesOf = new Map<string, { articleId: string; offlineCopy: boolean }[]>();
  for (const text of texts) {
    const offlineCopy = text.kind === 'offline-copy';
    for (const hash of photosNamedBy([text.content])) {
      const stories = storiesOf.get(hash) ?? [];
      const known = stories.find((story) => story.articleId === text.articleId);
      if (!known) stories.push({ articleId: text.articleId, offlineCopy });
      else known.offlineCopy ||= offlineCopy;
      storiesOf.set(hash, stories);
    }
  }
  const named = [...storiesOf.keys()];
  const missing: string[] = [];
  for (let i = 0; i < named.length; i += PHOTOS_PER_QUESTION) {
    try {
      missing.push(...(await link.call('photos/missing', { hashes: named.slice(i, i + PHOTOS_PER_QUESTION) }, session)).missing);
    } catch (error) {
      if (!olderHub(error)) throw error;
      // Text without photos still goes; text with photos waits for the hub to be updated.
      for (const hash of named) result.blocked.set(hash, null);
      result.olderHub = true;
      return result;
    }
  }
  for (const hash of missing) {
    let local: ReturnType<typeof photoBytes>;
    try {
      local = photoBytes(store.db, hash);
    } catch (error) {
      // Damaged on this disk: sending it would only be refused by the hub's own hash check.
      result.blocked.set(hash, (error as Error).message);
      continue;
    }
    if (!local) {
      result.blocked.set(hash, null);
      continue;
    }
    const base64 = Buffer.from(local.bytes.buffer, local.bytes.byteOffset, local.bytes.byteLength).toString('base64');
    let refusal: string | null = null;
    for (const { articleId, offlineCopy } of storiesOf.get(hash)!) {
      try {
        await link.call('photos/put', { articleId, hash, base64, ...(offlineCopy ? { offlineCopy } : {}) }, session);
        result.sent++;
        refusal = null;
        break;
      } catch (error) {
        if (!(error instanceof HubRefusal) || error.status === 401) throw error;
        // Garbled on the way (the bytes were checked against their hash here): next round.
        if (error.status === 400) {
          refusal = null;
          result.blocked.set(hash, null);
          break;
        }
        refusal = `The desk refused the photo ${short(hash)}: ${error.message}`;
        // Refused for this story (not this person's): another story showing it may do.
        if (error.status === 403) continue;
        break;
      }
    }
    if (refusal) result.blocked.set(hash, refusal);
  }
  return result;
}

export interface PhotosFetched {
  fetched: number;
  /** Photos still awaited after this round (the hub did not have them, or refused bytes). */
  waiting: number;
}

/** Fetches the photos pulled text shows that this store lacks. */
export async function fetchWantedPhotos(store: Store, link: HubLink, session: string): Promise<PhotosFetched> {
  const result: PhotosFetched = { fetched: 0, waiting: 0 };
  for (const want of wantedPhotos(store.db)) {
    let answer;
    try {
      answer = await link.call('photos/get', { hash: want.hash }, session);
    } catch (error) {
      // The hub does not have it yet: a later round asks again. Anything else fails the round.
      if (error instanceof HubRefusal && error.status !== 401) {
        photoFetchFailed(store.db, want.hash, olderHub(error) ? OLDER_HUB : error.message);
        result.waiting++;
        continue;
      }
      throw error;
    }
    const bytes = Buffer.from(answer.base64, 'base64');
    if (sha256Hex(bytes) !== want.hash) {
      photoFetchFailed(
        store.db,
        want.hash,
        `The desk sent bytes that are not the photo ${short(want.hash)} (changed on the way); it will be fetched again.`,
      );
      result.waiting++;
      continue;
    }
    // Through this store's own gate first: bytes it would change (a location left in by a hub that
    // did not check) would be stored under another name, and the text would still lack its photo.
    let refused: string | null = null;
    try {
      if (sha256Hex(prepareImage(bytes).bytes) !== want.hash)
        refused = `The desk's copy of the photo ${short(want.hash)} still carries its location; Copydesk keeps photos only without it.`;
    } catch (error) {
      if (!(error instanceof ImageRefused)) throw error;
      refused = `The desk's photo ${short(want.hash)} is refused here: ${error.message}`;
    }
    if (refused) {
      photoFetchFailed(store.db, want.hash, refused, true);
      result.waiting++;
      continue;
    }
    // Storing it ends its want (a trigger on the photo table); the pulled text already names it.
    putPhoto(store.db, bytes, undefined, { named: true });
    result.fetched++;
  }
  return result;
}
