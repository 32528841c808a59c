/**
 * The crash test's articles: the content of slot S at draft revision R is a pure function of
 * (S, R), so after a kill the test can say what any stored revision must hold, byte for byte.
 */
import { createHash } from 'node:crypto';
import type { ArticleContent } from '../../src/shared/article/article';
import { newContent } from '../../src/shared/article/content';
import { blocksToBody, type Block } from '../../src/shared/article/blocks';
import { canonicalJson } from '../../src/main/store/article-store';
import { prng } from '../support/prng';
import { photoOfSize } from '../photos/images';
export { prng };

export const SLOTS = 3;

const WORDS = [
  'council',
  'harbour',
  'ferry',
  'budget',
  'levee',
  'storm',
  'mayor',
  'tender',
  'depot',
  'inquiry',
  'tram',
  'school',
  'nurses',
  'strike',
  'vote',
  'bridge',
];

export const sha256Bytes = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const photos = new Map<string, { bytes: Buffer; hash: string }>();

/**
 * The photo of slot S at revision R, when that take has one (every other take): 50–300 KB, so a
 * kill often lands while its bytes are being written. A JPEG without EXIF is stored as it is, so
 * its name is the SHA-256 of these bytes.
 */
export function photoFor(slot: number, revision: number): { bytes: Buffer; hash: string } | undefined {
  if (revision % 2 !== 0) return undefined;
  const key = `${slot}/${revision}`;
  let photo = photos.get(key);
  if (!photo) {
    const size = 50_000 + Math.floor(prng(slot * 7919 + revision)() * 250_000);
    const bytes = photoOfSize(size, slot * 100_003 + revision);
    photo = { bytes, hash: sha256Bytes(bytes) };
    if (photos.size > 64) photos.clear();
    photos.set(key, photo);
  }
  return photo;
}

/** Every field set, so a saveDraft of it makes the draft exactly this, whatever came before. */
export function contentFor(slot: number, revision: number): ArticleContent {
  const rand = prng(slot * 1_000_003 + revision);
  const paragraphs = 2 + Math.floor(rand() * 12);
  const blocks = Array.from({ length: paragraphs }, (_, p) => {
    const words = Array.from({ length: 8 + Math.floor(rand() * 40) }, () => WORDS[Math.floor(rand() * WORDS.length)]!);
    return { id: `s${slot}p${p}`, type: 'paragraph' as const, runs: [{ text: `Take ${revision}: ${words.join(' ')}.`, format: 0 }] };
  });
  const photo = photoFor(slot, revision);
  const withPhoto: Block[] = photo
    ? [
        ...blocks,
        {
          id: `s${slot}photo`,
          type: 'photo',
          runs: [],
          photo: {
            hash: photo.hash,
            mime: 'image/jpeg',
            width: 40,
            height: 30,
            caption: `Take ${revision}`,
            credit: 'Crash Desk',
            alt: 'A test picture',
          },
        },
      ]
    : blocks;
  return newContent({
    headline: `Slot ${slot} story, take ${revision}`,
    deck: `Filed in ${WORDS[revision % WORDS.length]} week`,
    bylines: [{ name: 'Crash Desk', email: 'desk@example.org' }],
    tags: [WORDS[slot % WORDS.length]!],
    body: blocksToBody(withPhoto),
  });
}

export const canonicalFor = (slot: number, revision: number): string => canonicalJson(contentFor(slot, revision));

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** One acknowledgement line of the writer: printed only after the write committed. */
export type Ack =
  | { t: 'create'; id: string; slot: number }
  | { t: 'draft'; id: string; slot: number; revision: number; sha: string }
  | { t: 'version'; id: string; slot: number; number: number; revision: number; sha: string }
  /** A photo committed (before the draft that names it is saved). */
  | { t: 'photo'; hash: string; slot: number; revision: number }
  | { t: 'ready' };
