/**
 * An article with its images in one ZIP — what Copydesk's own Markdown, NITF, NewsML-G2 and ninjs
 * exports of an article with photos are, and how a browser can hand over a file with the images
 * it names (it cannot hand over a folder). The ZIP must hold exactly one article file (Markdown,
 * HTML, text or Copydesk JSON) at its top; its images are read from inside the ZIP only, by the
 * paths the article gives, never from outside it.
 *
 * A ZIP can promise little and unpack to a lot, so it is judged from its directory first (as
 * Word files are, docx-zip.ts) and each entry is inflated once with its declared size as a hard
 * limit, so a directory that lies is caught too.
 */
import JSZip from 'jszip';
import { inflateRawSync } from 'node:zlib';
import { extname } from 'node:path';
import { refuse } from '../../shared/import/import-error';
import { MAX_IMPORT_BYTES } from '../../shared/import/limits';
import { MAX_IMPORT_IMAGES } from '../../shared/import/imported-article';
import { MAX_IMPORT_IMAGE_BYTES } from './images';

const ARTICLE_EXTENSIONS = new Set(['.md', '.markdown', '.html', '.htm', '.txt', '.json']);
const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.gif', '.webp']);
/** Pictures are already packed: an entry over 1 MB packed tighter than this is not a picture. */
const MAX_RATIO = 200;

interface ZipEntryData {
  compressedSize: number;
  uncompressedSize: number;
  compression?: { magic: string };
  compressedContent?: Uint8Array;
}

const STORED = '\u0000\u0000';
const DEFLATE = '\u0008\u0000';

export interface ArticleZip {
  /** The article file's name inside the ZIP. */
  name: string;
  bytes: Buffer;
  /** The ZIP's images by their path inside it (`images/3f2a9c01b7de.jpg`). */
  images: Map<string, Uint8Array>;
}

function inflate(name: string, data: ZipEntryData): Buffer {
  const content = data.compressedContent;
  if (!content) refuse(`the ZIP's entry ${name} cannot be read.`);
  if (data.compression?.magic === STORED) {
    if (content.length !== data.uncompressedSize) refuse('the ZIP is damaged or incomplete (it may have been cut short while copying).');
    return Buffer.from(content);
  }
  if (data.compression?.magic !== DEFLATE) refuse(`the ZIP's entry ${name} is packed in a way Copydesk does not read.`);
  try {
    return inflateRawSync(content, { maxOutputLength: Math.max(1, data.uncompressedSize) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      refuse('a part of the ZIP unpacks to more than its directory says; the file is damaged or built to exhaust memory.');
    }
    refuse('the ZIP is damaged or incomplete (it may have been cut short while copying).');
  }
}

export async function readArticleZip(bytes: Buffer): Promise<ArticleZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    refuse('the ZIP is damaged or incomplete (it may have been cut short while copying).');
  }
  const articles: [string, ZipEntryData][] = [];
  const images: [string, ZipEntryData][] = [];
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const data = (entry as unknown as { _data?: ZipEntryData })._data;
    if (!data) continue;
    const ext = extname(entry.name).toLowerCase();
    if (!entry.name.includes('/') && ARTICLE_EXTENSIONS.has(ext)) articles.push([entry.name, data]);
    else if (IMAGE_EXTENSIONS.has(ext)) images.push([entry.name, data]);
    else continue; // anything else in the ZIP is not read at all
    total += data.uncompressedSize;
    if (data.uncompressedSize > 1024 * 1024 && data.uncompressedSize > Math.max(1, data.compressedSize) * MAX_RATIO) {
      refuse(`its entry ${entry.name} would unpack far more than any article or photo packs, so it is refused as a zip bomb.`);
    }
  }
  if (articles.length !== 1) {
    refuse(
      articles.length === 0
        ? 'the ZIP holds no article file (.md, .html, .txt or .json) at its top. Unpack it and import the article inside.'
        : `the ZIP holds ${articles.length} article files at its top (${articles
            .map(([n]) => n)
            .slice(0, 3)
            .join(', ')}…); import them one by one.`,
    );
  }
  if (images.length > MAX_IMPORT_IMAGES)
    refuse(`the ZIP holds ${images.length} images; one article can bring at most ${MAX_IMPORT_IMAGES}.`);
  if (total > MAX_IMPORT_BYTES + MAX_IMPORT_IMAGE_BYTES) refuse(`the ZIP would unpack to more than an article and its photos can be.`);
  const [name, data] = articles[0]!;
  return {
    name,
    bytes: inflate(name, data),
    images: new Map(images.map(([path, entry]) => [path, inflate(path, entry)])),
  };
}
