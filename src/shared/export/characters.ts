/**
 * Characters each export format can hold, applied in one place to the whole article before any
 * exporter sees it. Text arrives from paste, old wire files and imports with bytes no format
 * wants: a TAB in a tag fails the NewsML-G2 schema (keywords are single-line tokens), U+FFFF in
 * a headline makes Word's XML ill-formed, and NUL or ESC in a .txt or .md file become terminal
 * escapes when the file is printed to a screen.
 *
 * - markup (HTML, NewsML-G2, NITF, ninjs, DOCX): only what XML 1.0 allows — no C0 controls
 *   other than TAB and newline, no U+FFFE/U+FFFF, no lone surrogates.
 * - plain (TXT, Markdown, PDF): no control characters at all except newline and TAB (C0, DEL and
 *   C1 — 0x9B is a terminal's CSI), no U+FFFE/U+FFFF, no lone surrogates.
 * - Copydesk JSON is the article itself, byte for byte, and is not touched.
 * In every format, tags are one-line tokens: runs of white space inside become one space.
 */
import type { SerializedBody, SerializedNode } from '../article/body';
import type { ExportableArticle, ExportFormat } from './types';

export type CharacterSet = 'markup' | 'plain' | 'exact';

export const FORMAT_CHARACTERS: Record<ExportFormat, CharacterSet> = {
  html: 'markup',
  newsml: 'markup',
  nitf: 'markup',
  ninjs: 'markup',
  docx: 'markup',
  txt: 'plain',
  md: 'plain',
  pdf: 'plain',
  json: 'exact',
};

const LONE_SURROGATE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const NOT_IN_MARKUP = new RegExp(`[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|${LONE_SURROGATE}`, 'g');
const NOT_IN_PLAIN = new RegExp(`[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\uFFFE\\uFFFF]|${LONE_SURROGATE}`, 'g');

/** Text with the characters a character set cannot hold removed. */
export function textFor(text: string, set: CharacterSet): string {
  if (set === 'exact') return text;
  // Carriage returns end lines on old systems; a newline says the same everywhere.
  const lines = text.replace(/\r\n?/g, '\n');
  return lines.replace(set === 'markup' ? NOT_IN_MARKUP : NOT_IN_PLAIN, '');
}

/** A tag as a one-line token. */
export function tagFor(tag: string, set: CharacterSet): string {
  return textFor(tag, set).replace(/\s+/g, ' ').trim();
}

const MEDIA_TEXT_FIELDS = ['caption', 'credit', 'alt', 'title', 'provider'] as const;

/** Every `text` in the body, without recursion (a body can be nested thousands deep). */
function bodyFor(body: SerializedBody, set: CharacterSet): SerializedBody {
  const root = { ...body.root } as SerializedNode;
  const stack: SerializedNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node.text === 'string') node.text = textFor(node.text, set);
    // A photo's and an embed's words are printed too (captions, credits, alt text, titles).
    for (const field of MEDIA_TEXT_FIELDS) if (typeof node[field] === 'string') node[field] = textFor(node[field] as string, set);
    if (Array.isArray(node.children)) {
      node.children = node.children.map((child) => ({ ...child }));
      for (const child of node.children) stack.push(child);
    }
  }
  return { ...body, root: root as SerializedBody['root'] };
}

/** The article as the format can hold it; the original is not changed. */
export function articleForFormat(article: ExportableArticle, format: ExportFormat): ExportableArticle {
  const set = FORMAT_CHARACTERS[format];
  if (set === 'exact') return article;
  const text = (value: string) => textFor(value, set);
  return {
    ...article,
    slug: text(article.slug),
    headline: text(article.headline),
    deck: text(article.deck),
    dateline: text(article.dateline),
    section: text(article.section),
    bylines: article.bylines.map((b) => ({ name: text(b.name), email: text(b.email) })),
    tags: article.tags.map((tag) => tagFor(tag, set)).filter(Boolean),
    notes: article.notes.map((note) => ({ ...note, text: text(note.text) })),
    body: bodyFor(article.body, set),
    version: article.version?.author
      ? { ...article.version, author: { name: text(article.version.author.name), email: text(article.version.author.email) } }
      : article.version,
    versions: article.versions?.map((v) => ({ ...v, label: v.label == null ? v.label : text(v.label) })),
  };
}
