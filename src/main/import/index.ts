/**
 * Importing an article from a file. Picks the format by the file's name and by what its bytes
 * say, refuses what is not an article with a sentence naming the file, and returns data or
 * throws: nothing is ever half-imported (the caller writes the store in one transaction).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { settleImages, type SettleOptions } from './images';
import { readArticleZip } from './article-zip';
import { ImportError } from '../../shared/import/import-error';
import { importLimitFor, MAX_ARCHIVE_IMPORT_BYTES, MAX_IMPORT_BYTES, tooLargeReason } from '../../shared/import/limits';
import type { ImportedArticle, ImportFormat, ParseOptions } from '../../shared/import/imported-article';
import { looksLikeArticleJson, parseJsonArticle } from '../../shared/import/json';
import { parseMarkdownArticle } from '../../shared/import/markdown';
import { parseTextArticle } from '../../shared/import/text';
import { decodeText } from './decode';
import { parseDocxArticle } from './docx';
import { parseHtmlArticle } from './html';
import { sniff } from './sniff';

export { ImportError } from '../../shared/import/import-error';
export type { ImportedArticle, ImportFormat, ParseOptions } from '../../shared/import/imported-article';

export { MAX_ARCHIVE_IMPORT_BYTES, MAX_IMPORT_BYTES } from '../../shared/import/limits';

const BY_EXTENSION: Record<string, ImportFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.asc': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.mkd': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.docx': 'docx',
  '.json': 'json',
};
// A .zip is not in this table: it is read for the one article file inside it (article-zip.ts).

/** The format a file's name promises, or null when its name says nothing we read. */
export function formatFromName(name: string): ImportFormat | null {
  return BY_EXTENSION[extname(name).toLowerCase()] ?? null;
}

const HTML_DOCUMENT = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>])/i;

/** The text format to read, from the name's promise and the text's own look. */
export function detectTextFormat(name: string, text: string): Exclude<ImportFormat, 'docx'> {
  const promised = formatFromName(name);
  if (promised === 'json' || promised === 'html') return promised;
  // Content wins over a vague name: a saved web page called .txt is still a web page.
  if (HTML_DOCUMENT.test(text)) return 'html';
  if (promised === 'markdown') return 'markdown';
  if (looksLikeArticleJson(text)) return 'json';
  const firstLine = text.split('\n').find((line) => line.trim()) ?? '';
  if (/^#\s+\S/.test(firstLine) || /^---\s*$/.test(firstLine)) return 'markdown';
  return 'text';
}

const tooLarge = tooLargeReason;

/**
 * Reads decoded text as an article of the format it is (no DOCX: that needs bytes), its images
 * settled: without `options.baseDir` the ones it names beside it stay out, with a note.
 */
export function importText(name: string, text: string, options: ImportOptions = {}): ImportedArticle {
  const file = basename(name);
  const article = parseText(name, text, options);
  return named(file, () => settleImages(article, file, options));
}

function parseText(name: string, text: string, options: ParseOptions): ImportedArticle {
  const file = basename(name);
  return named(file, () => {
    if (!text.trim()) throw new ImportError(file, 'the file is empty (it holds only white space).');
    switch (detectTextFormat(name, text)) {
      case 'json':
        return parseJsonArticle(text, options);
      case 'html':
        return parseHtmlArticle(text, options);
      case 'markdown':
        return parseMarkdownArticle(text, options);
      default:
        return parseTextArticle(text, options);
    }
  });
}

/** Parse options plus where the file's own images are (its folder; absent for an upload). */
export type ImportOptions = ParseOptions & SettleOptions;

/**
 * Imports a file's bytes; `name` picks the format together with the bytes themselves. Images the
 * file carries (or names beside it, in `options.baseDir`) are checked and settled here.
 */
export async function importBytes(name: string, bytes: Buffer | Uint8Array, options: ImportOptions = {}): Promise<ImportedArticle> {
  const file = basename(name);
  const { zipImages, ...article } = await parseBytes(name, bytes, options);
  return named(file, () => settleImages(article, file, zipImages ? { zipImages } : options));
}

async function parseBytes(
  name: string,
  bytes: Buffer | Uint8Array,
  options: ParseOptions,
): Promise<ImportedArticle & { zipImages?: Map<string, Uint8Array> }> {
  const file = basename(name);
  // Nothing is read past the larger limit; the sentence names the limit of what the name promises.
  if (bytes.length > MAX_ARCHIVE_IMPORT_BYTES) throw new ImportError(file, tooLarge(bytes.length, importLimitFor(name)));
  if (bytes.length === 0) throw new ImportError(file, 'the file is empty.');
  const promised = formatFromName(name);
  const sniffed = sniff(bytes);
  if (sniffed.kind === 'binary') {
    const expected = promised === 'docx' ? 'a Word document' : 'text';
    throw new ImportError(file, `it is ${sniffed.what}, not ${expected}.${sniffed.advice ? ' ' + sniffed.advice : ''}`);
  }
  // Only a Word document or a ZIP carries its photos inside; an article written as text keeps
  // the text limit whatever it is named.
  const archive = sniffed.kind === 'zip' || sniffed.kind === 'docx';
  if (!archive && bytes.length > MAX_IMPORT_BYTES) throw new ImportError(file, tooLarge(bytes.length, MAX_IMPORT_BYTES));
  if (sniffed.kind === 'zip') {
    if (promised === 'docx')
      throw new ImportError(file, 'it is a ZIP archive, not a Word document. Unpack it and import the article inside.');
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const bundle = await namedAsync(file, () => readArticleZip(buffer));
    // The article inside, its images read from the ZIP alone (settled by importBytes).
    const article = await namedAsync(file, () => parseBytes(bundle.name, bundle.bytes, options));
    return { ...article, zipImages: bundle.images };
  }
  if (sniffed.kind === 'docx') {
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return namedAsync(file, () => parseDocxArticle(buffer, options));
  }
  if (promised === 'docx') throw new ImportError(file, 'it is named .docx but is not a Word document.');
  const text = named(file, () => decodeText(bytes).text);
  return parseText(name, text, options);
}

/** Imports the file at `path` (its images from its folder); refuses folders, missing and unreadable files by name. */
export async function importFile(path: string, options: ImportOptions = {}): Promise<ImportedArticle> {
  const file = basename(path);
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new ImportError(file, 'it is a folder, not a file.');
    if (!info.isFile()) throw new ImportError(file, 'it is not a regular file.');
    // Before reading a byte, by the name's promise (as the page does); the bytes are judged again.
    if (info.size > importLimitFor(path)) throw new ImportError(file, tooLarge(info.size, importLimitFor(path)));
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ImportError(file, 'the file does not exist (it may have been moved or renamed).');
    if (code === 'EACCES' || code === 'EPERM') throw new ImportError(file, 'Copydesk is not allowed to read it.');
    throw new ImportError(file, `it could not be read (${code ?? 'unknown error'}).`);
  }
  return importBytes(path, bytes, { baseDir: dirname(path), ...options });
}

/** Names the file in a parser's refusal; any other failure becomes a refusal too, keeping its cause. */
function named<T>(file: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw asImportError(file, error);
  }
}

async function namedAsync<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asImportError(file, error);
  }
}

function asImportError(file: string, error: unknown): ImportError {
  if (error instanceof ImportError) return error.file ? error : error.forFile(file);
  // Parsers recurse over nesting; a file nested thousands deep exhausts the stack.
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return new ImportError(file, 'it is nested too deeply (quotes, lists or tags inside each other) to be an article.');
  }
  const wrapped = new ImportError(file, 'something in it could not be read as an article.');
  (wrapped as { cause?: unknown }).cause = error;
  return wrapped;
}
