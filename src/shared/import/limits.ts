/**
 * How large an article file may be, and the sentence that says so. One home for all three
 * checks: the CLI and main refuse with it after reading the file's size, the page before it
 * sends a byte, and the web host sizes its request limit from it, so the three never disagree.
 *
 * Two limits, because two kinds of file: an article written as text (plain text, Markdown, HTML,
 * Copydesk JSON) is never near 20 MB, while a Word document or a ZIP carries its photos inside —
 * a few full-size press photos are 10–25 MB each — so those may be 100 MB.
 */
import { ImportError } from './import-error';

/** No article written as text is this large; a file that is, is something else (or an attack on memory). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** A Word document or a ZIP with its photos inside. */
export const MAX_ARCHIVE_IMPORT_BYTES = 100 * 1024 * 1024;

/**
 * The largest API call the web host takes: one archive at its limit sent as base64 (4 bytes for
 * every 3) in the JSON of `importFiles`, with room for the names and the envelope.
 */
export const MAX_CALL_BYTES = Math.ceil(MAX_ARCHIVE_IMPORT_BYTES / 3) * 4 + 1024 * 1024;

const ARCHIVE_NAME = /\.(?:docx|zip)$/i;

/** True for the formats that carry their images inside (judged by name, as the page can before reading). */
export function isArchiveImport(name: string): boolean {
  return ARCHIVE_NAME.test(name.trim());
}

/** The most a file of this name may be. */
export function importLimitFor(name: string): number {
  return isArchiveImport(name) ? MAX_ARCHIVE_IMPORT_BYTES : MAX_IMPORT_BYTES;
}

export function sizeText(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The reason, for ImportError: "it is 50.0 MB, more than the 20 MB an article file can be." or,
 * for an archive, "it is 120.0 MB, more than the 100 MB a Word document or ZIP with its photos can be."
 */
export function tooLargeReason(size: number, limit = MAX_IMPORT_BYTES): string {
  const what = limit === MAX_ARCHIVE_IMPORT_BYTES ? 'a Word document or ZIP with its photos' : 'an article file';
  return `it is ${sizeText(size)}, more than the ${limit / 1024 / 1024} MB ${what} can be.`;
}

/** Base64 characters one import call may carry in all: exactly one archive at its limit. */
const CALL_BASE64_BUDGET = Math.ceil(MAX_ARCHIVE_IMPORT_BYTES / 3) * 4;

/**
 * The page's check before it reads a byte, as one sentence, or null when the files may be sent:
 * a file over its own limit, by name; then files each fine but together more than one import
 * call carries (they come in all or none, so they are not split up behind the desk's back).
 */
export function importSizeRefusal(files: readonly { name: string; size: number }[]): string | null {
  for (const f of files) {
    const limit = importLimitFor(f.name);
    if (f.size > limit) return new ImportError(f.name, tooLargeReason(f.size, limit)).message;
  }
  const base64 = files.reduce((sum, f) => sum + Math.ceil(f.size / 3) * 4, 0);
  if (files.length > 1 && base64 > CALL_BASE64_BUDGET) {
    const total = files.reduce((sum, f) => sum + f.size, 0);
    return `Cannot import these ${files.length} files at once: together they are ${sizeText(total)}, more than the ${MAX_ARCHIVE_IMPORT_BYTES / 1024 / 1024} MB one import carries. Import them a few at a time.`;
  }
  return null;
}
