/**
 * A standalone, semantic HTML page of the article: <article> with a <header> (headline, deck,
 * byline, dateline, <time> stamps), the body, and the notes in a <footer>. No script, no event
 * handler, no external resource; a CSP meta forbids them again in case a reader's browser is
 * handed something we missed. Text is escaped and links vetted in markup.ts; the main process
 * also runs the result through DOMPurify (src/main/export/html.ts) before it reaches a file.
 */
import { stampDateTime } from '../text/dates';
import { escapeMarkup as esc } from './escape';
import { vetLink } from '../security/trusted-url';
import { bodyMarkup, type MarkupDialect, type PhotoSrc } from './markup';
import { languageTag, noteLabel } from './meta';
import { printedNote } from './notes';
import { bodyNodes } from './structure';
import { FORMAT } from '../article/blocks';
import type { ExportableArticle, ExportOptions } from './types';
import type { EmbedFields, PhotoFields } from '../article/media';
import { photoBytes, photoDataUrl } from './photos';

/** `caption <span class="credit">credit</span>`, each part only when there is one. */
export function captionHtml(photo: Pick<PhotoFields, 'caption' | 'credit'>): string {
  const caption = photo.caption.trim();
  const credit = photo.credit.trim();
  return [caption ? esc(caption) : '', credit ? `<span class="credit">${esc(credit)}</span>` : ''].filter(Boolean).join(' ');
}

/**
 * Alt text as an attribute survives the sanitizer: DOMPurify drops any attribute holding `]>` or
 * `-->` (they close XML and comment contexts), so a space goes before that `>`.
 */
export function altAttribute(alt: string): string {
  return alt.trim().replace(/(--!?|\])>/g, '$1 >');
}

/** A figure with the image (when there is one) and its caption and credit. */
export function photoFigure(photo: PhotoFields, src: string | null): string {
  const img = src ? `<img src="${esc(src)}" alt="${esc(altAttribute(photo.alt))}" width="${photo.width}" height="${photo.height}">` : '';
  const caption = captionHtml(photo);
  // Without its image the figure still tells readers what was there.
  const missing = !src && photo.alt.trim() ? `<p class="photo-alt">${esc(photo.alt.trim())}</p>` : '';
  return `<figure class="photo${src ? '' : ' no-image'}">${img}${missing}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
}

/** An embed as a card linking out: a live third-party frame never enters an export. */
export function embedCard(embed: EmbedFields, href: string | null): string {
  const provider = embed.provider.trim();
  const title = embed.title.trim() || href || 'Embedded post';
  const inner = `${provider ? `<span class="embed-provider">${esc(provider)}</span> ` : ''}<span class="embed-title">${esc(title)}</span>`;
  return href
    ? `<figure class="embed"><a class="embed-card" href="${esc(href)}" rel="noopener noreferrer">${inner}</a></figure>`
    : `<figure class="embed">${inner}</figure>`;
}

/**
 * Where each photo's image is in an HTML export: inline, as a data: URL. The export is one file
 * a desk can mail or open anywhere; a zip with files beside it would be two things to keep.
 */
export function htmlPhotoSrc(options: ExportOptions): (photo: PhotoFields) => string | null {
  return (photo) => {
    const found = photoBytes(photo, options.photos);
    return found ? photoDataUrl(found.mime, found.bytes) : null;
  };
}

const TAGS: Record<number, string> = {
  [FORMAT.bold]: 'strong',
  [FORMAT.italic]: 'em',
  [FORMAT.underline]: 'u',
  [FORMAT.strikethrough]: 's',
  [FORMAT.highlight]: 'mark',
  [FORMAT.subscript]: 'sub',
  [FORMAT.superscript]: 'sup',
  [FORMAT.code]: 'code',
};

export const HTML_DIALECT: MarkupDialect = {
  paragraph: (inner) => `<p>${inner}</p>`,
  heading: (tag, inner) => `<${tag}>${inner}</${tag}>`,
  quote: (inner) => `<blockquote><p>${inner}</p></blockquote>`,
  rule: () => '<hr>',
  list: (type, items) => {
    const tag = type === 'number' ? 'ol' : 'ul';
    return `<${tag}>\n${items.join('\n')}\n</${tag}>`;
  },
  listItem: (inner, nested) => `<li>${inner}${nested ? `\n${nested}\n` : ''}</li>`,
  format: (bit, inner) => {
    const tag = TAGS[bit];
    return tag ? `<${tag}>${inner}</${tag}>` : inner;
  },
  link: (href, inner) => `<a href="${esc(href)}" rel="noopener noreferrer">${inner}</a>`,
  lineBreak: () => '<br>',
  photo: photoFigure,
  embed: embedCard,
  separator: '\n',
};

export const ARTICLE_STYLESHEET = `
body { margin: 0; background: #fff; color: #1a1a1a; font: 18px/1.6 Georgia, "DejaVu Serif", serif; }
article { max-width: 40rem; margin: 3rem auto; padding: 0 1.25rem; }
h1 { font-size: 2.2rem; line-height: 1.2; margin: 0 0 .75rem; }
h2, h3, h4 { font-family: Helvetica, Arial, sans-serif; margin: 2rem 0 .5rem; }
.deck { font-size: 1.2rem; color: #444; margin: 0 0 1rem; }
.byline, .dateline, .stamps { font: .85rem/1.5 Helvetica, Arial, sans-serif; color: #555; margin: .25rem 0; }
.byline { text-transform: none; font-weight: bold; color: #1a1a1a; }
.byline a { color: inherit; }
header { border-bottom: 1px solid #ddd; padding-bottom: 1rem; margin-bottom: 1.5rem; }
blockquote { margin: 1.5rem 0; padding-left: 1rem; border-left: 3px solid #999; font-style: italic; }
a { color: #0b5394; }
.notes { border-top: 1px solid #ddd; margin-top: 2rem; padding-top: 1rem; font-size: .95rem; }
.note-label { font-weight: bold; }
figure { margin: 1.5rem 0; }
figure img { display: block; width: 100%; height: auto; }
figcaption { font: .85rem/1.4 Helvetica, Arial, sans-serif; color: #444; margin-top: .4rem; }
.credit { color: #777; text-transform: uppercase; font-size: .75rem; letter-spacing: .03em; }
.embed-card { display: block; border: 1px solid #ccc; border-radius: 6px; padding: .75rem 1rem; text-decoration: none; }
.embed-provider { font: bold .75rem Helvetica, Arial, sans-serif; text-transform: uppercase; color: #555; }
@media print { article { margin: 0 auto; } a { color: inherit; } }
`.trim();

function timeElement(iso: string): string {
  let shown: string;
  try {
    shown = stampDateTime(iso);
  } catch {
    shown = iso;
  }
  return `<time datetime="${esc(iso)}">${esc(shown)}</time>`;
}

function bylineHtml(article: ExportableArticle): string {
  const people = article.bylines
    .filter((b) => b.name.trim())
    .map((b) => {
      const mail = b.email.trim() ? vetLink(`mailto:${b.email.trim()}`) : null;
      const name = esc(b.name.trim());
      return mail ? `<a class="author" href="${esc(mail)}">${name}</a>` : `<span class="author">${name}</span>`;
    });
  if (people.length === 0) return '';
  const joined = people.length === 1 ? people[0]! : `${people.slice(0, -1).join(', ')} and ${people[people.length - 1]}`;
  return `<p class="byline">By ${joined}</p>`;
}

/**
 * The article page, before sanitizing. Deterministic: the same article gives the same bytes.
 * `photoSrc` replaces where images point (the sanitizer's placeholders, see main/export/html.ts).
 */
export function exportHtml(article: ExportableArticle, options: ExportOptions, photoSrc: PhotoSrc = htmlPhotoSrc(options)): string {
  const header: string[] = [`<h1>${esc(article.headline)}</h1>`];
  if (article.deck.trim()) header.push(`<p class="deck">${esc(article.deck)}</p>`);
  const byline = bylineHtml(article);
  if (byline) header.push(byline);
  if (article.dateline.trim()) header.push(`<p class="dateline">${esc(article.dateline)}</p>`);
  const stamps: string[] = [];
  if (article.firstPublishedAt) stamps.push(`Published: ${timeElement(article.firstPublishedAt)}`);
  if (article.updatedAt) stamps.push(`Updated: ${timeElement(article.updatedAt)}`);
  if (stamps.length) header.push(`<p class="stamps">${stamps.join('<br>')}</p>`);

  const notes = article.notes.map((note) => {
    const printed = printedNote(note, options);
    const label = printed.label ? `<span class="note-label">${esc(printed.label)}</span> ` : '';
    return `<p class="note note-${note.kind === 'correction' ? 'correction' : 'update'}" data-kind="${esc(noteLabel(note).toLowerCase())}">${label}${esc(printed.text)}</p>`;
  });

  const lang = esc(languageTag(article));
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${esc(options.provider)}">`,
    `<title>${esc(article.headline)}</title>`,
    `<style>\n${ARTICLE_STYLESHEET}\n</style>`,
    '</head>',
    '<body>',
    `<article lang="${lang}">`,
    '<header>',
    ...header,
    '</header>',
    '<div class="article-body">',
    bodyMarkup(bodyNodes(article.body), HTML_DIALECT, photoSrc),
    '</div>',
    ...(notes.length ? ['<footer class="notes">', ...notes, '</footer>'] : []),
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
