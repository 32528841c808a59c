/**
 * Link vetting for exports. Only web and mail links leave Copydesk as links; anything else
 * (javascript:, data:, file:, vbscript:, relative paths) is written as plain text, so an export
 * never carries a link that runs code or reaches into the reader's disk.
 */
const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/** The URL in canonical form when it may be a link, else null. */
export function vetLink(url: string | undefined | null): string | null {
  if (!url) return null;
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"): so do we.
  const cleaned = url.trim().replace(/[\u0000-\u0020\u007F]+/g, (m) => (m === ' ' ? '%20' : ''));
  if (!cleaned) return null;
  let parsed: URL;
  try {
    parsed = new URL(cleaned);
  } catch {
    return null;
  }
  if (!ALLOWED.has(parsed.protocol)) return null;
  if (parsed.protocol !== 'mailto:' && !parsed.hostname) return null;
  return parsed.href;
}
