/**
 * Links survive an import only when a reader can safely follow them: http, https and mailto.
 * Anything else (javascript:, data:, file:, relative paths) keeps its words and loses the link.
 */
export function vetLink(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so do we.
  const url = href.trim().replace(/[\u0000-\u0020\u007f]+/g, (m) => (/^ +$/.test(m) ? '%20' : ''));
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https' && scheme !== 'mailto') return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'mailto:') return undefined;
    if (parsed.protocol !== 'mailto:' && !parsed.hostname) return undefined;
  } catch {
    return undefined;
  }
  return url;
}
