/**
 * Photos as exports carry them. Every format names an image the same way (`images/<hash12>.<ext>`,
 * the first twelve hex digits of its SHA-256: short, stable, and the same image in two articles of
 * one batch is one file), words a photo the same way when it has to be text, and reads bytes only
 * through a PhotoSource — the store's in the app, a plain map in a worker thread and in tests.
 */
import type { Block } from '../article/blocks';
import { PHOTO_EXTENSIONS, photoHashesOf, type PhotoFields, type PhotoSource, type PhotoType } from '../article/media';

/** The folder images sit in beside an exported Markdown or HTML file. */
export const PHOTO_FOLDER = 'images';

/** `images/3f2a9c01b7de.jpg`: where a photo's file goes beside the article. */
export function photoFilePath(photo: Pick<PhotoFields, 'hash' | 'mime'>): string {
  return `${PHOTO_FOLDER}/${photo.hash.slice(0, 12)}.${PHOTO_EXTENSIONS[photo.mime] ?? 'jpg'}`;
}

/** The photo's identity on the wire (NewsML-G2, ninjs): by hash, so every article names it alike. */
export function photoUri(photo: Pick<PhotoFields, 'hash'>): string {
  return `urn:copydesk:photo:${photo.hash}`;
}

/** Bytes by hash: what crosses to a worker thread (a PhotoSource's functions cannot). */
export type PhotoFiles = Record<string, { mime: PhotoType; bytes: Uint8Array }>;

export function photoSourceOfFiles(files: PhotoFiles): PhotoSource {
  return { bytesOf: (hash) => (Object.prototype.hasOwnProperty.call(files, hash) ? files[hash] : undefined) };
}

/** The bytes of every photo the blocks name that the source holds; absent ones are left out. */
export function photoFilesFor(blocks: readonly Block[], source: PhotoSource | undefined): PhotoFiles {
  const files: PhotoFiles = {};
  if (!source) return files;
  for (const hash of photoHashesOf(blocks)) {
    const found = source.bytesOf(hash);
    if (found) files[hash] = found;
  }
  return files;
}

/** The image's bytes for an exporter, or undefined when the store does not hold them. */
export function photoBytes(photo: PhotoFields, source: PhotoSource | undefined): { mime: PhotoType; bytes: Uint8Array } | undefined {
  return source?.bytesOf(photo.hash);
}

/** "caption (credit)", "caption", "(credit)" or the alt text: a photo said in one line of words. */
export function photoWords(photo: Pick<PhotoFields, 'caption' | 'credit' | 'alt'>): string {
  const caption = oneLine(photo.caption);
  const credit = oneLine(photo.credit);
  const words = caption || oneLine(photo.alt);
  if (words && credit) return `${words} (${credit})`;
  return words || (credit ? `(${credit})` : '');
}

/** `[Photo: A tram at Fabryczna station (Anna Wójcik)]`: how text formats print a photo. */
export function photoTextLine(photo: Pick<PhotoFields, 'caption' | 'credit' | 'alt'>): string {
  const words = photoWords(photo);
  return words ? `[Photo: ${words}]` : '[Photo]';
}

/** `[Mayor's statement on the tram line: https://…]`: an embed in text formats. */
export function embedTextLine(embed: { url: string; provider: string; title: string }, vetted: string | null): string {
  const what = oneLine(embed.title) || oneLine(embed.provider) || 'Embedded post';
  return vetted ? `[${what}: ${vetted}]` : `[${what}]`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const BASE64 = new TextEncoder().encode('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
const PAD = 61; // '='

/**
 * Base64 of bytes. Pure code has no Buffer, and btoa over String.fromCharCode took ~120 ms for
 * 2.5 MB here: the ASCII is written into bytes and decoded once instead.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const n = bytes.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = BASE64[v >> 18]!;
    out[o++] = BASE64[(v >> 12) & 63]!;
    out[o++] = BASE64[(v >> 6) & 63]!;
    out[o++] = BASE64[v & 63]!;
  }
  if (i < n) {
    const v = (bytes[i]! << 16) | ((i + 1 < n ? bytes[i + 1]! : 0) << 8);
    out[o++] = BASE64[v >> 18]!;
    out[o++] = BASE64[(v >> 12) & 63]!;
    out[o++] = i + 1 < n ? BASE64[(v >> 6) & 63]! : PAD;
    out[o++] = PAD;
  }
  return new TextDecoder().decode(out);
}

/** Bytes from base64; throws on anything that is not base64. */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** `data:image/jpeg;base64,…` for a single-file HTML export. */
export function photoDataUrl(mime: PhotoType, bytes: Uint8Array): string {
  return `data:${mime};base64,${bytesToBase64(bytes)}`;
}

/**
 * The size a photo is placed at in a page format: the full text width, its height in proportion,
 * and smaller (keeping proportion) when that would be taller than `maxHeight` — a portrait photo
 * still fits on one page with its caption.
 */
export function placedSize(
  photo: Pick<PhotoFields, 'width' | 'height'>,
  textWidth: number,
  maxHeight: number,
): { width: number; height: number } {
  const ratio = photo.width > 0 && photo.height > 0 ? photo.height / photo.width : 2 / 3;
  let width = textWidth;
  let height = width * ratio;
  if (height > maxHeight) {
    height = maxHeight;
    width = height / ratio;
  }
  return { width, height };
}
