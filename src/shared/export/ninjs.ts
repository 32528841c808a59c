/**
 * IPTC ninjs 3.1 (JSON). Same identity as NewsML-G2: uri = the article's guid, version = the
 * stored version's number. Bodies: the HTML body with its notes, and the plain text; the deck
 * is a description; the latest note is also the edNote, for the receiving desk.
 */
import { bodyMarkup } from './markup';
import { HTML_DIALECT } from './html';
import { escapeMarkup as esc } from './escape';
import { articleGuid, bylineNames, exportVersionNumber, firstCreatedAt, isPublished, languageTag, latestNote, versionCreatedAt } from './meta';
import { noteLine, oneLine, printedNote } from './notes';
import { bodyNodes } from './structure';
import { bodyTextLines } from './txt';
import type { ExportableArticle, ExportOptions } from './types';

export const NINJS_SCHEMA = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#';

export function ninjsDocument(article: ExportableArticle, options: ExportOptions): Record<string, unknown> {
  const note = latestNote(article);
  const notesHtml = article.notes
    .map((n) => {
      const printed = printedNote(n, options);
      return `<p class="note note-${n.kind}">${printed.label ? `<strong>${esc(printed.label)}</strong> ` : ''}${esc(printed.text)}</p>`;
    })
    .join('\n');
  const html = bodyMarkup(bodyNodes(article.body), HTML_DIALECT) + (notesHtml ? `\n<footer class="notes">\n${notesHtml}\n</footer>` : '');
  const text = [...bodyTextLines(article), ...article.notes.map((n) => noteLine(n, options))].join('\n\n');
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
    altIds: [{ role: 'slug', value: article.slug }, { role: 'copydesk-id', value: article.id }].filter((a) => a.value),
  };
  // JSON has no undefined: drop absent fields so the document stays tidy.
  for (const key of Object.keys(doc)) if (doc[key] === undefined) delete doc[key];
  return doc;
}

export function exportNinjs(article: ExportableArticle, options: ExportOptions): string {
  return JSON.stringify(ninjsDocument(article, options), null, options.pretty === false ? undefined : 2) + '\n';
}
