/**
 * Copydesk's own JSON: `{ "format": "copydesk-article", "formatVersion": 1, ...ArticleContent }`,
 * or a bare object with at least a headline and a body. Checked with the article schema; the
 * body is rebuilt from its blocks so every link is vetted whatever the file says; block ids
 * are kept when they are sound, so export → import gives back the same article.
 */
import type { ArticleContent } from '../article/article';
import { BODY_VERSION, isSerializedBody } from '../article/body';
import { bodyToBlocks, blocksFromParagraphs, type Block } from '../article/blocks';
import { newBlockId } from '../article/ids';
import { contentPatchSchema, describeIssues } from '../article/schema';
import { assembleArticle } from './assemble';
import { BlockBuilder } from './block-builder';
import { refuse } from './import-error';
import type { ImportedArticle, ParseOptions, PendingImage } from './imported-article';
import { vetLink } from '../security/trusted-url';
import { embedFieldsSchema, photoFieldsSchema } from '../article/media';
import { base64ToBytes } from '../export/photos';

export const JSON_FORMAT = 'copydesk-article';
export const JSON_FORMAT_VERSION = 1;

const STORED_ID = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * A re-import must give back the same article, block ids included (versions are aligned by
 * them): keep each block's id and list id from the file when the rebuilt blocks match the file's
 * one for one and the ids are well-formed and unique; otherwise keep the fresh ones.
 */
function keepIds(original: Block[], rebuilt: Block[]): Block[] {
  if (original.length !== rebuilt.length) return rebuilt;
  const ids = original.map((b) => b.id);
  if (new Set(ids).size !== ids.length || !ids.every((id) => STORED_ID.test(id))) return rebuilt;
  return rebuilt.map((block, i) => {
    const source = original[i]!;
    const kept: Block = { ...block, id: source.id };
    if (block.type === 'list-item' && source.listId && STORED_ID.test(source.listId)) kept.listId = source.listId;
    return kept;
  });
}

/** Blocks with vetted links and tidy runs from any serialized body (ids: see keepIds). */
function freshBlocks(blocks: Block[]): Block[] {
  const builder = new BlockBuilder(false);
  let listId: string | undefined;
  for (const block of blocks) {
    const runs = block.runs.map((run) => {
      const link = vetLink(run.link);
      return link ? { ...run, link } : { text: run.text, format: run.format & 0xff };
    });
    switch (block.type) {
      case 'heading':
        builder.heading(block.tag ?? 'h2', runs);
        break;
      case 'quote':
        builder.quote(runs);
        break;
      case 'rule':
        builder.rule();
        break;
      case 'photo': {
        // A photo names its image by hash; a block that names none soundly is words, if any.
        const photo = photoFieldsSchema.safeParse(block.photo);
        if (photo.success) builder.storedPhoto(photo.data);
        else
          builder.paragraph([
            { text: [block.photo?.caption, block.photo?.credit && `(${block.photo.credit})`].filter(Boolean).join(' '), format: 0 },
          ]);
        break;
      }
      case 'embed': {
        const embed = embedFieldsSchema.safeParse(block.embed);
        const url = embed.success ? vetLink(embed.data.url) : null;
        if (embed.success && url) builder.embed({ ...embed.data, url });
        else builder.paragraph([{ text: block.embed?.title ?? '', format: 0 }]);
        break;
      }
      case 'list-item':
        if (block.listId !== listId) builder.endList();
        listId = block.listId;
        builder.listItem(block.listType ?? 'bullet', block.depth ?? 0, runs);
        break;
      default:
        builder.paragraph(runs);
    }
    if (block.type !== 'list-item') listId = undefined;
  }
  return keepIds(blocks, builder.blocks);
}

/** True when the text looks like Copydesk JSON rather than JSON of some other kind. */
export function looksLikeArticleJson(text: string): boolean {
  return /^\s*\{/.test(text) && /"(format|headline|body)"\s*:/.test(text.slice(0, 4096));
}

export function parseJsonArticle(text: string, options: ParseOptions = {}): ImportedArticle {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    refuse(`it is not valid JSON (${error instanceof Error ? error.message : 'unreadable'}).`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    refuse('it is JSON, but not an article: an article is one object with a headline and a body.');
  const { format, formatVersion, body, photos, ...rest } = data as Record<string, unknown>;
  if (format !== undefined) {
    if (format !== JSON_FORMAT) refuse(`it is JSON of another kind ("${String(format).slice(0, 60)}"), not a Copydesk article.`);
    if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1)
      refuse('its formatVersion is missing or not a whole number.');
    if (formatVersion > JSON_FORMAT_VERSION)
      refuse(`it was written by a newer Copydesk (format version ${formatVersion}); this one reads version ${JSON_FORMAT_VERSION}.`);
  } else if (typeof rest.headline !== 'string' || body === undefined) {
    refuse('it is JSON, but not an article: it has no "headline" and "body".');
  }

  // A body may be a Lexical editor state or, in hand-written files, plain text.
  let blocks: Block[] = [];
  if (typeof body === 'string')
    blocks = blocksFromParagraphs(
      body
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean),
      newBlockId,
    );
  else if (isSerializedBody(body)) {
    try {
      blocks = bodyToBlocks(body);
    } catch {
      refuse('its body is not a readable Lexical editor state.');
    }
  } else if (body !== undefined) refuse('its body is not a Lexical editor state.');

  const checked = contentPatchSchema.omit({ body: true }).safeParse(rest);
  if (!checked.success) refuse(`its article fields are not valid: ${describeIssues(checked.error)}.`);
  const fields: Partial<ArticleContent> = { ...checked.data };
  if ((fields.bodyVersion ?? BODY_VERSION) > BODY_VERSION)
    refuse(`its body was written by a newer Copydesk (body version ${fields.bodyVersion}).`);
  delete fields.bodyVersion;
  const kept = freshBlocks(blocks);
  const { pending, notes } = photosOf(photos, kept);
  const article = assembleArticle(
    { headline: fields.headline ?? '', blocks: kept, fields, exactBody: true, pendingImages: pending },
    options,
  );
  if (notes.length > 0) article.importNotes = notes;
  return article;
}

/**
 * The `photos` map's bytes for each photo the body names, to be checked against their hash and
 * stored (src/main/import/images.ts). A photo the map lacks keeps its hash: the store may hold it.
 */
function photosOf(photos: unknown, blocks: Block[]): { pending: PendingImage[]; notes: string[] } {
  const pending: PendingImage[] = [];
  const notes: string[] = [];
  if (photos !== undefined && (photos === null || typeof photos !== 'object' || Array.isArray(photos))) {
    refuse('its "photos" is not a map of photos by hash.');
  }
  const map = (photos ?? {}) as Record<string, unknown>;
  const seen = new Set<string>();
  for (const block of blocks) {
    const hash = block.type === 'photo' ? block.photo?.hash : undefined;
    if (!hash || seen.has(hash)) continue;
    seen.add(hash);
    const entry = Object.prototype.hasOwnProperty.call(map, hash) ? (map[hash] as { base64?: unknown } | null) : undefined;
    if (!entry) {
      notes.push(`photo ${hash.slice(0, 12)}… came without its image (the file holds no bytes for it)`);
      continue;
    }
    let bytes: Uint8Array | null = null;
    try {
      bytes = typeof entry.base64 === 'string' ? base64ToBytes(entry.base64) : null;
    } catch {
      bytes = null;
    }
    if (!bytes) {
      notes.push(`photo ${hash.slice(0, 12)}… came without a readable image (its base64 is damaged)`);
      continue;
    }
    pending.push({ key: hash, src: `photo ${hash.slice(0, 12)}`, bytes, verify: true });
  }
  return { pending, notes };
}
