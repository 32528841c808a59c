/**
 * The one rule for every file name Copydesk derives from content — an export's name from its
 * slug, a zip entry, a redline page, a backup. Slugs and headlines are typed by people and
 * arrive in imported files, so a name like `../../victim/notes` must never leave the folder it
 * is written to, and no name may be one an operating system refuses or treats as a device.
 *
 * What comes out is one path segment: no separators, no control or direction-changing
 * characters, no leading dot (no `..`, no hidden files), no trailing dot or space (Windows drops
 * them), not a Windows device name (CON, NUL, COM1…), at most MAX_FILE_NAME characters with the
 * extension kept.
 */

/** Characters kept at most; well under every file system's 255-byte limit in UTF-8. */
export const MAX_FILE_NAME = 120;

// C0 and C1 controls, DEL, bidirectional and zero-width formatting, line/paragraph separators.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\u2028\u2029\ufeff\ufff9-\ufffb]/g;
// Separators and the characters Windows reserves in names.
const RESERVED = /[/\\<>:"|?*]+/g;
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  let end = length;
  // Never split a surrogate pair.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end);
}

/** The usable part of a name, before any extension is added: '' when nothing is left ('..'). */
export function fileNameStem(text: string): string {
  return clean(text);
}

/**
 * A safe file name from a derived one. `fallback` is used when nothing usable is left
 * (an empty or all-dots slug); it is itself made safe.
 */
export function safeFileName(name: string, fallback = 'article'): string {
  const safe = clean(name);
  if (!safe) return fallback === name ? 'article' : safeFileName(fallback, 'article');
  return safe;
}

function clean(name: string): string {
  let clean = name
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(RESERVED, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+/, '')
    .replace(/[\s.]+$/, '');
  // Keep the extension when the name must be shortened.
  if (clean.length > MAX_FILE_NAME) {
    const dot = clean.lastIndexOf('.');
    const extension = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
    clean = cut(clean.slice(0, clean.length - extension.length), MAX_FILE_NAME - extension.length).replace(/[\s.-]+$/, '') + extension;
  }
  if (DEVICE.test(clean)) clean = `_${clean}`;
  return clean;
}
