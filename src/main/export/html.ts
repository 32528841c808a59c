/**
 * The HTML export as it leaves the app: built by the pure exporter, then passed through
 * DOMPurify (with jsdom, as docs/security.md explains) as the very last step. WHOLE_DOCUMENT keeps the
 * <head> with its stylesheet and CSP; everything else follows DOMPurify's defaults, so a script,
 * an event handler or a javascript: URL that slipped past the exporter is still removed.
 */
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';
import { exportHtml } from '../../shared/export/html';
import type { ExportableArticle, ExportOptions } from '../../shared/export/types';

let purifier: DOMPurify | null = null;

function getPurifier(): DOMPurify {
  if (purifier) return purifier;
  const purify = createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0]);
  // Our own <meta http-equiv> is the CSP; any other (refresh, set-cookie) must not survive.
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'meta') return;
    const element = node as unknown as { getAttribute(name: string): string | null; remove(): void };
    const equiv = element.getAttribute('http-equiv');
    if (equiv !== null && equiv.toLowerCase() !== 'content-security-policy') element.remove();
  });
  purifier = purify;
  return purify;
}

/** Sanitizes a whole HTML document, keeping head, title, meta and style. */
export function sanitizeHtmlDocument(html: string): string {
  const clean = getPurifier().sanitize(html, {
    WHOLE_DOCUMENT: true,
    ADD_TAGS: ['meta', 'title', 'style', 'time', 'article', 'header', 'footer'],
    ADD_ATTR: ['charset', 'content', 'name', 'http-equiv', 'datetime', 'lang', 'rel'],
    // DOMPurify's default minus tel:, sms: and friends: only web and mail links, as the exporter vets them.
    ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.\-]+(?:[^a-z+.\-:]|$))/i,
    RETURN_TRUSTED_TYPE: false,
  });
  return `<!DOCTYPE html>\n${String(clean)}\n`;
}

export function exportSafeHtml(article: ExportableArticle, options: ExportOptions): string {
  return sanitizeHtmlDocument(exportHtml(article, options));
}
