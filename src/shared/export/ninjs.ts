/**
 * IPTC ninjs 3.1 (JSON). Same identity as NewsML-G2: uri = the article's guid, version = the
 * stored version's number. Bodies: the HTML body with its notes, and the plain text; the deck
 * is a description; the latest note is also the edNote, for the receiving desk.
 */
import { bodyMarkup } from './markup';
import { HTML_DIALECT } from './html';
import { escapeMarkup as esc } from './escape';
import {
  articleGuid,
  bylineNames,
  exportVersionNumber,
  firstCreatedAt,
  isPublished,
  languageTag,
  latestNote,
  versionCreatedAt,
} from './meta';
import { noteLine, oneLine, printedNote } from './notes';
import { bodyNodes } from './structure';
import { bodyTextLines } from './txt';
import type { ExportableArticle, ExportOptions } from './types';
import { wirePhotoSrc } from './nitf';
import { bodyToBlocks } from '../article/blocks';
import { photoBytes, photoFilePath, photoUri } from './photos';
export { photoUri } from './photos';

/**
 * Each photo of the body as a ninjs association of type picture: caption, alt text and credit,
 * and one rendition naming the image file that travels beside the document (none when the store
 * lacks the bytes). Associations are named photo1, photo2 … in reading order.
 */
export function ninjsPhotoAssociations(article: ExportableArticle, options: ExportOptions): Record<string, unknown>[] {
  const photos = bodyToBlocks(article.body).flatMap((block) => (block.type === 'photo' && block.photo ? [block.photo] : []));
  return photos.map((photo, i) => {
    const found = photoBytes(photo, options.photos);
    const descriptions = [
      photo.caption.trim() ? { role: 'caption', contentType: 'text/plain', value: oneLine(photo.caption) } : null,
      photo.alt.trim() ? { role: 'alt', contentType: 'text/plain', value: oneLine(photo.alt) } : null,
    ].filter(Boolean);
    const association: Record<string, unknown> = {
      name: `photo${i + 1}`,
      rel: 'photo',
      uri: photoUri(photo),
      type: 'picture',
      representationType: 'full',
      headlines: photo.caption.trim() ? [{ role: 'main', contentType: 'text/plain', value: oneLine(photo.caption) }] : undefined,
      descriptions: descriptions.length ? descriptions : undefined,
      by: photo.credit.trim() ? oneLine(photo.credit) : undefined,
      renditions: found
        ? [
            {
              name: 'original',
              href: photoFilePath(photo),
              contentType: photo.mime,
              width: photo.width,
              height: photo.height,
              sizeInBytes: found.bytes.length,
            },
          ]
        : undefined,
    };
    for (const key of Object.keys(association)) if (association[key] === undefined) delete association[key];
    return association;
  });
}

export const NINJS_SCHEMA = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#';

export function ninjsDocument(article: ExportableArticle, options: ExportOptions): Record<string, unknown> {
  const note = latestNote(article);
  const notesHtml = article.notes
    .map((n) => {
      const printed = printedNote(n, options);
      return `<p class="note note-${n.kind}">${printed.label ? `<strong>${esc(printed.label)}</strong> ` : ''}${esc(printed.text)}</p>`;
    })
    .join('\n');
  const html =
    bodyMarkup(bodyNodes(article.body), HTML_DIALECT, wirePhotoSrc(options)) +
    (notesHtml ? `\n<footer class="notes">\n${notesHtml}\n</footer>` : '');
  const text = [...bodyTextLines(article), ...article.notes.map((n) => noteLine(n, options))].join('\n\n');
  const associations = ninjsPhotoAssociations(article, options);
  const doc: Record<string, unknown> = {
    uri: articleGuid(article),
    standard: { name: 'ninjs', version: '3.1', schema: NINJS_SCHEMA },
    type: 'text',
    representationType: 'full',
    version: String(exportVersionNumber(article)),
    firstCreated: firstCreatedAt(article, options),
    versionCreated: versionCreatedAt(article, options),
    pubStatus: isPublished(article) ? 'usable' : 'withheld',
    language: languageTag(article),
    slugline: article.slug || undefined,
    headlines: [{ role: 'main', contentType: 'text/plain', value: oneLine(article.headline) }],
    descriptions: article.deck.trim() ? [{ role: 'summary', contentType: 'text/plain', value: oneLine(article.deck) }] : undefined,
    by: bylineNames(article) || undefined,
    people: article.bylines.length
      ? article.bylines.map((b) => ({
          name: oneLine(b.name),
          rel: 'author',
          ...(b.email.trim() ? { contactInfo: [{ type: 'email', value: b.email.trim() }] } : {}),
        }))
      : undefined,
    located: article.dateline.trim() || undefined,
    subjects: article.tags.length ? article.tags.map((tag) => ({ name: tag, literal: tag })) : undefined,
    bodies: [
      { role: 'main', contentType: 'text/html', value: html },
      { role: 'plain', contentType: 'text/plain', value: text },
    ],
    edNote: note ? noteLine(note, options) : undefined,
    associations: associations.length ? associations : undefined,
    altIds: [
      { role: 'slug', value: article.slug },
      { role: 'copydesk-id', value: article.id },
    ].filter((a) => a.value),
  };
  // JSON has no undefined: drop absent fields so the document stays tidy.
  for (const key of Object.keys(doc)) if (doc[key] === undefined) delete doc[key];
  return doc;
}

export function exportNinjs(article: ExportableArticle, options: ExportOptions): string {
  return JSON.stringify(ninjsDocument(article, options), null, options.pretty === false ? undefined : 2) + '\n';
}
