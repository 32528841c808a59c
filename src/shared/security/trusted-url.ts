/**
 * Which links may leave the app: http(s) and mailto only, with no credentials in them. Used by
 * the desktop shell before shell.openExternal and by the editor and exporters for links.
 */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function isSafeLinkUrl(raw: string): boolean {
  const text = raw.trim();
  if (!text || text.length > 4096) return false;
  // Control characters and whitespace inside a URL are how "java\tscript:" slips past checks.
  if (/[\u0000-\u001f\u007f\s]/.test(text)) return false;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return false;
  if (url.protocol !== 'mailto:' && (url.username || url.password || !url.hostname)) return false;
  return true;
}

/** The link as it may be stored, or null when it is not one a reader may follow. */
export function vetLinkUrl(raw: string): string | null {
  return isSafeLinkUrl(raw) ? raw.trim() : null;
}
