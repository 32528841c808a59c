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
import { photoBytes, photoDataUrl } from '../../shared/export/photos';

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

/** Where an image goes until the page is sanitized: a fragment DOMPurify keeps as it is. */
const placeholder = (hash: string) => `#copydesk-photo-${hash}`;
const PLACEHOLDER_SRC = / src="#copydesk-photo-([0-9a-f]{64})"/g;

/**
 * The sanitized page. Images are written in after sanitizing: DOMPurify spends most of a second
 * on five photos' worth of data: URLs, and what goes in is made here from stored bytes alone
 * (`data:image/…;base64,` and base64 digits), never from anything an article's writer typed.
 * Text cannot forge a placeholder: every quote in text and attributes is escaped.
 */
export function exportSafeHtml(article: ExportableArticle, options: ExportOptions): string {
  const clean = sanitizeHtmlDocument(
    exportHtml(article, options, (photo) => (photoBytes(photo, options.photos) ? placeholder(photo.hash) : null)),
  );
  return clean.replace(PLACEHOLDER_SRC, (whole, hash: string) => {
    const found = options.photos?.bytesOf(hash);
    return found ? ` src="${photoDataUrl(found.mime, found.bytes)}"` : whole;
  });
}
