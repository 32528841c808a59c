/**
 * IPTC NewsML-G2 2.35 newsItem carrying the NITF body inline. The guid is the article's for its
 * whole life and @version the stored version's number, so exporting one version twice gives
 * the same identity. The signal follows the latest reader-facing note: sig:correction for a
 * correction, sig:update for an update (Superdesk compares against "Corrected" with the wrong
 * case and always says update; we check both kinds in tests).
 */
import { articleGuid, exportVersionNumber, firstCreatedAt, isPublished, languageTag, latestNote, versionCreatedAt } from './meta';
import { nitfElement } from './nitf';
import { noteLine, oneLine } from './notes';
import type { ExportableArticle, ExportOptions } from './types';
import { el, xmlDocument } from './xml';

export const NEWSML_NS = 'http://iptc.org/std/nar/2006-10-01/';
/** IPTC's catalog of G2 standard schemes (ninat, stat, sig, drol …). */
export const IPTC_CATALOG = 'http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml';

/** 'sig:correction', 'sig:update', or null when the article has no note. */
export function newsmlSignal(article: Pick<ExportableArticle, 'notes'>): 'sig:correction' | 'sig:update' | null {
  const note = latestNote(article);
  if (!note) return null;
  return note.kind === 'correction' ? 'sig:correction' : 'sig:update';
}

export function exportNewsml(article: ExportableArticle, options: ExportOptions): string {
  const lang = languageTag(article);
  const note = latestNote(article);
  const signal = newsmlSignal(article);
  const itemMeta = el(
    'itemMeta',
    {},
    el('itemClass', { qcode: 'ninat:text' }),
    el('provider', { literal: options.provider }, el('name', {}, options.provider)),
    el('versionCreated', {}, versionCreatedAt(article, options)),
    el('firstCreated', {}, firstCreatedAt(article, options)),
    el('pubStatus', { qcode: isPublished(article) ? 'stat:usable' : 'stat:withheld' }),
    note ? el('edNote', {}, noteLine(note, options)) : null,
    signal ? el('signal', { qcode: signal }) : null,
  );
  const contentMeta = el(
    'contentMeta',
    {},
    article.firstPublishedAt ? el('contentCreated', {}, article.firstPublishedAt) : null,
    article.updatedAt ? el('contentModified', {}, article.updatedAt) : null,
    article.bylines
      .filter((b) => b.name.trim())
      .map((b) => el('creator', { literal: b.email.trim() || undefined }, el('name', {}, oneLine(b.name)))),
    el('language', { tag: lang }),
    article.tags.map((tag) => el('keyword', {}, tag)),
    article.slug ? el('slugline', {}, article.slug) : null,
    el('headline', {}, oneLine(article.headline)),
    article.dateline.trim() ? el('dateline', {}, oneLine(article.dateline)) : null,
    article.deck.trim() ? el('description', { role: 'drol:summary' }, oneLine(article.deck)) : null,
  );
  const item = el(
    'newsItem',
    {
      xmlns: NEWSML_NS,
      guid: articleGuid(article),
      version: exportVersionNumber(article),
      standard: 'NewsML-G2',
      standardversion: '2.35',
      conformance: 'power',
      'xml:lang': lang,
    },
    el('catalogRef', { href: IPTC_CATALOG }),
    itemMeta,
    contentMeta,
    el('contentSet', {}, el('inlineXML', { contenttype: 'application/nitf+xml' }, nitfElement(article, options, false))),
  );
  return xmlDocument(item, options.pretty ?? true);
}
