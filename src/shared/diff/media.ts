/**
 * Photos and embeds in the redline. They have no text runs: what changes is the image (its hash)
 * and the words the desk wrote about it — caption, credit and alt text for a photo; address,
 * provider and title for an embed. Those words are diffed like small fields, word by word.
 *
 * Identity: a photo is the same photo when it keeps its block id; failing that, when it shows the
 * same image (same hash) — then it may have moved. Another image at the same block id is a
 * replaced photo. An embed is the same embed by block id, else by its address.
 */
import type { Block } from '../article/blocks';
import { diffPlainText } from './fields';
import type { Tokenizer } from './tokens';
import type { DiffStats, MediaChange, MediaFieldChange, MediaFieldName } from './types';

export const MEDIA_FIELD_LABELS: Record<MediaFieldName, string> = {
  caption: 'Caption',
  credit: 'Credit',
  alt: 'Alt text',
  url: 'Address',
  provider: 'Provider',
  title: 'Title',
};

const PHOTO_FIELDS = ['caption', 'credit', 'alt'] as const;
const EMBED_FIELDS = ['url', 'provider', 'title'] as const;

export function isMedia(block: Pick<Block, 'type'>): boolean {
  return block.type === 'photo' || block.type === 'embed';
}

/** What makes two media blocks the same item when their ids say nothing: the image, or the address. */
export function mediaIdentity(block: Block): string | undefined {
  if (block.type === 'photo') return block.photo?.hash ? `photo\u0000${block.photo.hash}` : undefined;
  if (block.type === 'embed') return block.embed?.url ? `embed\u0000${block.embed.url}` : undefined;
  return undefined;
}

/** The part of a block's hash key a media block adds: equal keys mean nothing a reader sees changed. */
export function mediaKey(block: Block): string {
  if (block.type === 'photo') {
    const p = block.photo;
    return p ? `\u0000${p.hash}\u0000${p.caption}\u0000${p.credit}\u0000${p.alt}` : '';
  }
  if (block.type === 'embed') {
    const e = block.embed;
    return e ? `\u0000${e.url}\u0000${e.provider}\u0000${e.title}` : '';
  }
  return '';
}

function fieldsOf(block: Block): Partial<Record<MediaFieldName, string>> {
  if (block.type === 'photo') return block.photo ?? {};
  if (block.type === 'embed') return block.embed ?? {};
  return {};
}

/** What changed between two paired media blocks of one kind; undefined when nothing did. */
export function compareMedia(older: Block, newer: Block, tokenizer: Tokenizer): MediaChange | undefined {
  const names = newer.type === 'photo' ? PHOTO_FIELDS : EMBED_FIELDS;
  const a = fieldsOf(older);
  const b = fieldsOf(newer);
  const fields: MediaFieldChange[] = [];
  for (const field of names) {
    const before = a[field] ?? '';
    const after = b[field] ?? '';
    if (before === after) continue;
    fields.push({ field, label: MEDIA_FIELD_LABELS[field], before, after, ops: diffPlainText(before, after, tokenizer) });
  }
  const replaced = newer.type === 'photo' && (older.photo?.hash ?? '') !== (newer.photo?.hash ?? '');
  if (!replaced && fields.length === 0) return undefined;
  return { replaced, fields };
}

/** Photo and embed counts all start at zero. */
export function emptyMediaStats(): Pick<DiffStats, MediaStat> {
  return {
    photosAdded: 0,
    photosRemoved: 0,
    photosReplaced: 0,
    photosMoved: 0,
    photoFieldsChanged: 0,
    embedsAdded: 0,
    embedsRemoved: 0,
    embedsChanged: 0,
    embedsMoved: 0,
  };
}

export type MediaStat =
  | 'photosAdded'
  | 'photosRemoved'
  | 'photosReplaced'
  | 'photosMoved'
  | 'photoFieldsChanged'
  | 'embedsAdded'
  | 'embedsRemoved'
  | 'embedsChanged'
  | 'embedsMoved';

/** Counts what changed in a paired photo or embed (added, removed and moved ones are counted where they are found). */
export function countMedia(stats: DiffStats, block: Block, media: MediaChange): void {
  if (block.type === 'photo') {
    if (media.replaced) stats.photosReplaced++;
    stats.photoFieldsChanged += media.fields.length;
  } else if (media.fields.length) stats.embedsChanged++;
}

/** A short name of the image for places with no thumbnail: "JPEG 1200×800, 3f2a9c1e". */
export function photoLabel(block: Block | undefined): string {
  const p = block?.photo;
  if (!p) return 'photo';
  const type = p.mime.replace(/^image\//, '').toUpperCase();
  return `${type} ${p.width}×${p.height}, ${p.hash.slice(0, 8)}`;
}
