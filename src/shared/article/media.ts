/**
 * Photos and embeds in the body. Both are top-level blocks with the same stable block id as
 * paragraphs, so the redline aligns them across versions like any other block.
 *
 * A photo block never holds image bytes: it names them by the SHA-256 of the bytes (lowercase
 * hex). The bytes live once in the store's photo table, outside the version deltas, so a hundred
 * versions of an article with five photos keep five images, not five hundred.
 *
 * An embed (a video or a social post) is only its address, vetted by the one link policy, plus
 * what the desk typed about it; the editor shows it as a card, never as a live third-party frame.
 *
 * Serialized in Lexical's JSON as decorator nodes:
 *   { type: 'photo', version: 1, hash, mime, width, height, caption, credit, alt, $: { blockId } }
 *   { type: 'embed', version: 1, url, provider, title, $: { blockId } }
 */
import { z } from 'zod';

/** The image types a photo may be. Anything else (SVG, TIFF, HEIC, PDF …) is refused on import. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

export const PHOTO_LIMITS = {
  /** Bytes of one image file: a full-resolution news photo is 2–12 MB. */
  maxBytes: 25 * 1024 * 1024,
  /** Pixels on one side: larger is a decompression bomb, not a photo. */
  maxSide: 20_000,
  /** Pixels in all: 100 megapixels, above any press camera. */
  maxPixels: 100_000_000,
  caption: 2000,
  credit: 300,
  alt: 1000,
} as const;

export interface PhotoFields {
  /** SHA-256 of the stored bytes, lowercase hex. */
  hash: string;
  mime: PhotoType;
  width: number;
  height: number;
  caption: string;
  credit: string;
  /** What a reader who cannot see the photo is told. */
  alt: string;
}

export interface EmbedFields {
  /** An https address allowed by the link policy. */
  url: string;
  /** A readable name of the host ("YouTube", "X", "Telegram", or the host name). */
  provider: string;
  /** What the desk calls it; shown on the card and in exports. */
  title: string;
}

export const photoHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 photo name (64 hex digits)');

export const photoFieldsSchema = z.object({
  hash: photoHashSchema,
  mime: z.enum(PHOTO_TYPES),
  width: z.number().int().min(1).max(PHOTO_LIMITS.maxSide),
  height: z.number().int().min(1).max(PHOTO_LIMITS.maxSide),
  caption: z.string().max(PHOTO_LIMITS.caption),
  credit: z.string().max(PHOTO_LIMITS.credit),
  alt: z.string().max(PHOTO_LIMITS.alt),
});

export const embedFieldsSchema = z.object({
  url: z.string().max(2000),
  provider: z.string().max(200),
  title: z.string().max(500),
});

/** The file-name extension for each photo type, for exports that write images beside the text. */
export const PHOTO_EXTENSIONS: Record<PhotoType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
};

/** Reads a photo block's fields from a serialized node, filling what an older or foreign node lacks. */
export function photoFieldsOf(node: Record<string, unknown>): PhotoFields {
  const mime = PHOTO_TYPES.includes(node.mime as PhotoType) ? (node.mime as PhotoType) : 'image/jpeg';
  return {
    hash: String(node.hash ?? ''),
    mime,
    width: Number(node.width ?? 0) || 0,
    height: Number(node.height ?? 0) || 0,
    caption: String(node.caption ?? ''),
    credit: String(node.credit ?? ''),
    alt: String(node.alt ?? ''),
  };
}

export function embedFieldsOf(node: Record<string, unknown>): EmbedFields {
  return { url: String(node.url ?? ''), provider: String(node.provider ?? ''), title: String(node.title ?? '') };
}

/** Every photo a body names, in order, each hash once: what a version references. */
export function photoHashesOf(blocks: readonly { type: string; photo?: PhotoFields }[]): string[] {
  const seen = new Set<string>();
  for (const block of blocks) if (block.type === 'photo' && block.photo?.hash) seen.add(block.photo.hash);
  return [...seen];
}

/** Where the bytes of a photo come from when an exporter or the redline needs them. */
export interface PhotoSource {
  /** The stored bytes, or undefined when this store does not hold them (yet). */
  bytesOf(hash: string): { mime: PhotoType; bytes: Uint8Array } | undefined;
}
