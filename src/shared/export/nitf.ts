/**
 * NITF 3.6 (http://iptc.org/std/NITF/2006-10-18/). The head carries the machine facts: doc-id,
 * issue and release dates, a <correction> for each correction note and an <ed-msg> for each
 * update note, keywords, and one <revision-history> per stored version. The body carries what
 * readers see: hedline (headline, deck as hl2), byline, dateline, the body, the notes as end
 * notes, and the seed's end-of-story tagline ("By NAME [email]").
 */
import { FORMAT } from '../article/blocks';
import { escapeMarkup as esc } from './escape';
import { bodyMarkup, type MarkupDialect } from './markup';
import { exportVersionNumber, firstCreatedAt, isPublished, languageTag } from './meta';
import { noteLine, oneLine, printedNote } from './notes';
import { bodyNodes } from './structure';
import type { ExportableArticle, ExportOptions } from './types';
import { el, nitfNormDate, raw, serializeXml, xmlDocument, type XmlElement } from './xml';
import { longDate } from '../text/dates';
import type { PhotoFields } from '../article/media';
import { photoBytes, photoFilePath } from './photos';

/**
 * A photo as NITF's generalized media object: the reference names the image file that travels
 * beside the document (`images/<hash12>.<ext>`; no source when the store lacks its bytes), with
 * its type, size and alt text, then the caption and the credit (media-producer).
 */
function nitfMedia(photo: PhotoFields, src: string | null): string {
  const attrs = [
    src ? ` source="${esc(src)}"` : '',
    ` mime-type="${esc(photo.mime)}"`,
    ` width="${photo.width}" height="${photo.height}" units="pixels"`,
    photo.alt.trim() ? ` alternate-text="${esc(photo.alt.trim())}"` : '',
  ].join('');
  const caption = photo.caption.trim() ? `<media-caption>${esc(photo.caption.trim())}</media-caption>` : '';
  const credit = photo.credit.trim() ? `<media-producer>${esc(photo.credit.trim())}</media-producer>` : '';
  return `<media media-type="image"><media-reference${attrs}/>${caption}${credit}</media>`;
}

/** Where a photo's file is beside a wire document (NITF, NewsML-G2, ninjs), or null without bytes. */
export function wirePhotoSrc(options: ExportOptions): (photo: PhotoFields) => string | null {
  return (photo) => (photoBytes(photo, options.photos) ? photoFilePath(photo) : null);
}

export const NITF_NS = 'http://iptc.org/std/NITF/2006-10-18/';

// NITF has only <em>; the class says which emphasis it is.
const EMPHASIS: Record<number, string> = {
  [FORMAT.bold]: 'bold',
  [FORMAT.italic]: 'italic',
  [FORMAT.underline]: 'underline',
  [FORMAT.strikethrough]: 'strikethrough',
  [FORMAT.highlight]: 'highlight',
  [FORMAT.subscript]: 'subscript',
  [FORMAT.superscript]: 'superscript',
  [FORMAT.code]: 'code',
};

export const NITF_DIALECT: MarkupDialect = {
  paragraph: (inner) => `<p>${inner}</p>`,
  heading: (tag, inner) => `<hl2 class="${tag}">${inner}</hl2>`,
  quote: (inner) => `<bq><block><p>${inner}</p></block></bq>`,
  // NITF has no rule element; an empty paragraph with a class keeps the break visible to readers.
  rule: () => '<p class="rule"/>',
  list: (type, items) => `<${type === 'number' ? 'ol' : 'ul'}>${items.join('')}</${type === 'number' ? 'ol' : 'ul'}>`,
  listItem: (inner, nested) => `<li>${inner}${nested}</li>`,
  format: (bit, inner) => `<em class="${EMPHASIS[bit] ?? 'other'}">${inner}</em>`,
  link: (href, inner) => `<a href="${esc(href)}">${inner}</a>`,
  lineBreak: () => '<br/>',
  photo: nitfMedia,
  // An embed is a link to the post or video: NITF carries no player, and we never ship a frame.
  embed: (embed, href) => {
    const title = esc(embed.title.trim() || embed.provider.trim() || 'Embedded post');
    const provider = embed.provider.trim() ? ` (${esc(embed.provider.trim())})` : '';
    return `<p class="embed">${href ? `<a href="${esc(href)}">${title}</a>` : title}${provider}</p>`;
  },
  separator: '\n',
};

function dateAttr(iso: string | null | undefined): string | undefined {
  return iso ? nitfNormDate(iso) : undefined;
}

function head(article: ExportableArticle, options: ExportOptions): XmlElement {
  const docdata = el(
    'docdata',
    { 'management-status': isPublished(article) ? 'usable' : 'withheld' },
    article.notes
      .filter((note) => note.kind === 'correction')
      .map((note) => el('correction', { info: noteLine(note, options), 'id-string': article.id, regsrc: options.provider })),
    el('doc-id', { regsrc: options.provider, 'id-string': article.id }),
    el('date.issue', { norm: dateAttr(firstCreatedAt(article, options)) }),
    article.updatedAt ? el('date.release', { norm: dateAttr(article.updatedAt) }) : null,
    article.notes
      .filter((note) => note.kind === 'update')
      .map((note) => el('ed-msg', { 'msg-type': 'update', info: noteLine(note, options) })),
    el('du-key', { key: article.slug || article.id, version: String(exportVersionNumber(article)) }),
    article.tags.length
      ? el(
          'key-list',
          {},
          article.tags.map((tag) => el('keyword', { key: tag })),
        )
      : null,
  );
  const revisions = (article.versions ?? []).map((v) =>
    el('revision-history', {
      norm: dateAttr(v.createdAt),
      function: 'editor',
      comment: `Version ${v.number}: ${v.kind}${v.label ? ` (${v.label})` : ''}`,
    }),
  );
  return el(
    'head',
    {},
    el('title', {}, oneLine(article.headline)),
    docdata,
    article.section.trim()
      ? el('pubdata', { type: 'web', 'position.section': article.section.trim(), 'date.publication': dateAttr(article.firstPublishedAt) })
      : null,
    revisions,
  );
}

function bodyHead(article: ExportableArticle): XmlElement {
  const hedline = el(
    'hedline',
    {},
    el('hl1', {}, oneLine(article.headline)),
    article.deck.trim() ? el('hl2', {}, oneLine(article.deck)) : null,
  );
  const people = article.bylines.filter((b) => b.name.trim());
  const byline = people.length
    ? el(
        'byline',
        {},
        'By ',
        ...people.flatMap((b, i) => [...(i === 0 ? [] : [i === people.length - 1 ? ' and ' : ', ']), el('person', {}, oneLine(b.name))]),
      )
    : null;
  let storyDate: XmlElement | null = null;
  if (article.firstPublishedAt) {
    let shown = article.firstPublishedAt;
    try {
      shown = longDate(article.firstPublishedAt);
    } catch {
      /* keep the raw time */
    }
    storyDate = el('story.date', { norm: dateAttr(article.firstPublishedAt) }, shown);
  }
  const dateline =
    article.dateline.trim() || storyDate
      ? el('dateline', {}, article.dateline.trim() ? el('location', {}, oneLine(article.dateline)) : null, storyDate)
      : null;
  return el('body.head', {}, hedline, byline, dateline);
}

/** The end notes readers see, as NITF <note noteclass="end"> blocks. */
function notesMarkup(article: ExportableArticle, options: ExportOptions): string {
  return article.notes
    .map((note) => {
      const printed = printedNote(note, options);
      const label = printed.label ? `<em class="bold">${esc(printed.label)}</em> ` : '';
      return `<note noteclass="end" type="std" class="${note.kind}"><body.content><p>${label}${esc(printed.text)}</p></body.content></note>`;
    })
    .map((markup) => `\n${markup}`)
    .join('');
}

function tagline(article: ExportableArticle): XmlElement | null {
  const people = article.bylines.filter((b) => b.name.trim());
  if (!people.length) return null;
  const text = people.map((b) => (b.email.trim() ? `${oneLine(b.name)} [${oneLine(b.email)}]` : oneLine(b.name))).join(', ');
  return el('body.end', {}, el('tagline', {}, `By ${text}`));
}

/** The <nitf> element alone, for embedding in NewsML-G2 inlineXML. */
export function nitfElement(article: ExportableArticle, options: ExportOptions, withHead = true): XmlElement {
  const content = `\n${bodyMarkup(bodyNodes(article.body), NITF_DIALECT, wirePhotoSrc(options))}${notesMarkup(article, options)}\n`;
  return el(
    'nitf',
    { xmlns: NITF_NS, version: '-//IPTC//DTD NITF 3.6//EN', baselang: languageTag(article) },
    withHead ? head(article, options) : null,
    el('body', {}, bodyHead(article), el('body.content', {}, raw(content)), tagline(article)),
  );
}

export function exportNitf(article: ExportableArticle, options: ExportOptions): string {
  return xmlDocument(nitfElement(article, options), options.pretty ?? true);
}

export function nitfMarkup(article: ExportableArticle, options: ExportOptions): string {
  return serializeXml(nitfElement(article, options, false), options.pretty ?? true);
}
