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
import { el, xmlDocument, type XmlElement } from './xml';
import { bodyToBlocks } from '../article/blocks';
import type { PhotoFields } from '../article/media';
import { photoBytes, photoFilePath, photoUri } from './photos';

export const NEWSML_NS = 'http://iptc.org/std/nar/2006-10-01/';
/** IPTC's catalog of G2 standard schemes (ninat, stat, sig, drol …). */
export const IPTC_CATALOG = 'http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml';

/** 'sig:correction', 'sig:update', or null when the article has no note. */
export function newsmlSignal(article: Pick<ExportableArticle, 'notes'>): 'sig:correction' | 'sig:update' | null {
  const note = latestNote(article);
  if (!note) return null;
  return note.kind === 'correction' ? 'sig:correction' : 'sig:update';
}

function itemMetaOf(article: ExportableArticle, options: ExportOptions, itemClass: string, withNote: boolean): XmlElement {
  const note = withNote ? latestNote(article) : undefined;
  const signal = withNote ? newsmlSignal(article) : null;
  return el(
    'itemMeta',
    {},
    el('itemClass', { qcode: itemClass }),
    el('provider', { literal: options.provider }, el('name', {}, options.provider)),
    el('versionCreated', {}, versionCreatedAt(article, options)),
    el('firstCreated', {}, firstCreatedAt(article, options)),
    el('pubStatus', { qcode: isPublished(article) ? 'stat:usable' : 'stat:withheld' }),
    note ? el('edNote', {}, noteLine(note, options)) : null,
    signal ? el('signal', { qcode: signal }) : null,
  );
}

/** The article's text item: the one item of a plain export, the text of a package with photos. */
function textNewsItem(article: ExportableArticle, options: ExportOptions, root: boolean): XmlElement {
  const lang = languageTag(article);
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
  return el(
    'newsItem',
    {
      xmlns: root ? NEWSML_NS : undefined,
      guid: articleGuid(article),
      version: exportVersionNumber(article),
      standard: 'NewsML-G2',
      standardversion: '2.35',
      conformance: 'power',
      'xml:lang': lang,
    },
    el('catalogRef', { href: IPTC_CATALOG }),
    itemMetaOf(article, options, 'ninat:text', true),
    contentMeta,
    el('contentSet', {}, el('inlineXML', { contenttype: 'application/nitf+xml' }, nitfElement(article, options, false))),
  );
}

/**
 * A picture item per IPTC's rules: itemClass ninat:picture, the caption as its description
 * (drol:caption), the alt text as an accessibility description (drol:alternativeText), the credit
 * as its creditline, and the image file beside the message as remote content.
 */
function pictureNewsItem(photo: PhotoFields, bytes: number, article: ExportableArticle, options: ExportOptions): XmlElement {
  const lang = languageTag(article);
  const contentMeta = el(
    'contentMeta',
    {},
    el('language', { tag: lang }),
    photo.caption.trim() ? el('headline', {}, oneLine(photo.caption)) : null,
    photo.credit.trim() ? el('creditline', {}, oneLine(photo.credit)) : null,
    photo.caption.trim() ? el('description', { role: 'drol:caption' }, oneLine(photo.caption)) : null,
    photo.alt.trim() ? el('description', { role: 'drol:alternativeText' }, oneLine(photo.alt)) : null,
  );
  return el(
    'newsItem',
    { guid: photoUri(photo), version: 1, standard: 'NewsML-G2', standardversion: '2.35', conformance: 'power', 'xml:lang': lang },
    el('catalogRef', { href: IPTC_CATALOG }),
    itemMetaOf(article, options, 'ninat:picture', false),
    contentMeta,
    el(
      'contentSet',
      {},
      el('remoteContent', {
        href: photoFilePath(photo),
        rendition: 'rnd:highRes',
        contenttype: photo.mime,
        size: bytes,
        width: photo.width,
        height: photo.height,
      }),
    ),
  );
}

/** The package that ties the text and its pictures together, in reading order. */
function packageItem(article: ExportableArticle, options: ExportOptions, photos: PhotoFields[]): XmlElement {
  const lang = languageTag(article);
  const ref = (residref: string, version: number, itemClass: string, contenttype: string) =>
    el('itemRef', { residref, version, contenttype }, el('itemClass', { qcode: itemClass }));
  return el(
    'packageItem',
    {
      guid: `${articleGuid(article)}:package`,
      version: exportVersionNumber(article),
      standard: 'NewsML-G2',
      standardversion: '2.35',
      conformance: 'power',
      'xml:lang': lang,
    },
    el('catalogRef', { href: IPTC_CATALOG }),
    itemMetaOf(article, options, 'ninat:composite', true),
    el('contentMeta', {}, el('language', { tag: lang }), el('headline', {}, oneLine(article.headline))),
    el(
      'groupSet',
      { root: 'G1' },
      el(
        'group',
        { id: 'G1', role: 'group:main' },
        ref(articleGuid(article), exportVersionNumber(article), 'ninat:text', NEWSML_ITEM_TYPE),
        photos.map((photo) => ref(photoUri(photo), 1, 'ninat:picture', NEWSML_ITEM_TYPE)),
      ),
    ),
  );
}

const NEWSML_ITEM_TYPE = 'application/vnd.iptc.g2.newsitem+xml';

/**
 * One newsItem when the body has no photo the store holds; otherwise a newsMessage whose itemSet
 * holds a packageItem (the text and its pictures, in order), the text newsItem and one picture
 * newsItem per photo. Each image file travels beside the message (`images/<hash12>.<ext>`).
 */
export function exportNewsml(article: ExportableArticle, options: ExportOptions): string {
  const pictures: { photo: PhotoFields; bytes: number }[] = [];
  const seen = new Set<string>();
  for (const block of bodyToBlocks(article.body)) {
    if (block.type !== 'photo' || !block.photo || seen.has(block.photo.hash)) continue;
    const found = photoBytes(block.photo, options.photos);
    if (!found) continue;
    seen.add(block.photo.hash);
    pictures.push({ photo: block.photo, bytes: found.bytes.length });
  }
  if (pictures.length === 0) return xmlDocument(textNewsItem(article, options, true), options.pretty ?? true);
  const message = el(
    'newsMessage',
    { xmlns: NEWSML_NS },
    el('header', {}, el('sent', {}, versionCreatedAt(article, options))),
    el(
      'itemSet',
      {},
      packageItem(
        article,
        options,
        pictures.map((p) => p.photo),
      ),
      textNewsItem(article, options, false),
      pictures.map((p) => pictureNewsItem(p.photo, p.bytes, article, options)),
    ),
  );
  return xmlDocument(message, options.pretty ?? true);
}
