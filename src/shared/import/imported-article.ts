/**
 * What every importer hands back: the fields the source carried, never more. Headline and body
 * are always there (the body may be one empty paragraph when the source had only a headline);
 * the lead fills the rest with newContent() and writes the store transaction.
 */
import type { ArticleContent } from '../article/article';
import type { SerializedBody } from '../article/body';

/**
 * An image an importer found where the source placed a photo. Parsers name it by `src` (a data:
 * URL, a path beside the file, a web address, or bytes they already hold); main settles it
 * (src/main/import/images.ts): reads the bytes, checks them as addPhoto does, and gives the photo
 * block its hash — or turns the block into words and says why in `importNotes`.
 */
export interface PendingImage {
  /** The photo block's `hash` until the image is settled: `pending-<n>`. */
  key: string;
  src: string;
  /** Bytes the parser already holds (a Word document's pictures, Copydesk JSON's photos map). */
  bytes?: Uint8Array;
  /** The key is the bytes' SHA-256 as the file claims (Copydesk JSON): checked before anything is kept. */
  verify?: boolean;
}

/** An image ready for the store: bytes already checked and without their location. */
export interface SettledImage {
  hash: string;
  bytes: Uint8Array;
  fileName: string;
}

export type ImportedArticle = Partial<ArticleContent> & {
  headline: string;
  body: SerializedBody;
  /** Images the parser found, until main settles them. */
  pendingImages?: PendingImage[];
  /** Images to store with the article, named by the photo blocks' hashes. */
  images?: SettledImage[];
  /** What the import could not keep as it was, in plain words ("remote image not downloaded: …"). */
  importNotes?: string[];
};

/** At most this many images come in with one imported article. */
export const MAX_IMPORT_IMAGES = 200;

/** The formats Copydesk reads. */
export type ImportFormat = 'text' | 'markdown' | 'html' | 'docx' | 'json';

/** Options every pure parser accepts; `now` only decides the year of an undated update note. */
export interface ParseOptions {
  now?: Date;
}
