/**
 * How large an article file may be, and the sentence that says so. One home for both: the CLI
 * and main refuse with it after reading the file's size, the page before it sends a byte.
 */

/** No article is this large; a file that is, is something else (or an attack on memory). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export function sizeText(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The reason, for ImportError: "it is 50.0 MB, more than the 20 MB an article file can be." */
export function tooLargeReason(size: number): string {
  return `it is ${sizeText(size)}, more than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB an article file can be.`;
}
