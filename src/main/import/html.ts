/**
 * HTML articles (saved pages, Word "Web Page" files, Google Docs exports, mammoth's output).
 * DOMPurify on a jsdom window is the last step before the walk (docs/security.md): scripts, styles,
 * frames and event handlers never reach it. The walk keeps structure (headings, paragraphs,
 * quotes, nested lists, rules, line breaks) and inline formatting, reading Word's and Google
 * Docs' span styles for bold and italic, and drops every style once read. Node only: the
 * renderer pastes HTML through Lexical itself.
 */
import createDOMPurify, { type DOMPurify, type WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import type { ArticleContent } from '../../shared/article/article';
import { FORMAT, type HeadingTag, type ListType, type TextRun } from '../../shared/article/blocks';
import { assembleArticle } from '../../shared/import/assemble';
import { refuse } from '../../shared/import/import-error';
import { BlockBuilder, runsText, tidyRuns } from '../../shared/import/block-builder';
import { isNameLike } from '../../shared/import/frame-lines';
import type { ImportedArticle, ParseOptions } from '../../shared/import/imported-article';
import { vetLink } from '../../shared/security/trusted-url';
import { parseStamp } from '../../shared/text/dates';

let purifier: { window: JSDOM['window']; purify: DOMPurify } | null = null;

/** One jsdom window for every import: creating one costs more than most articles. */
function sanitizer(): { window: JSDOM['window']; purify: DOMPurify } {
  if (!purifier) {
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    purifier = { window, purify: createDOMPurify(window as unknown as WindowLike) };
  }
  return purifier;
}

const ALLOWED_TAGS = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'figure',
  'figcaption',
  'address',
  'center',
  'blockquote',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'hr',
  'br',
  'pre',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'a',
  'span',
  'font',
  'sup',
  'sub',
  'code',
  'kbd',
  'samp',
  'tt',
  'mark',
  'small',
  'big',
  'cite',
  'q',
  'abbr',
  'time',
  'label',
  'img',
];
const DROPPED_WITH_CONTENT = [
  'object',
  'embed',
  'iframe',
  'frame',
  'frameset',
  'applet',
  'canvas',
  'nav',
  'form',
  'button',
  'select',
  'option',
  'textarea',
  'input',
  'dialog',
  'map',
];

const PURIFY_CONFIG = {
  ALLOWED_TAGS,
  // An image's src is read as an address only (settled in images.ts): nothing here loads it.
  ALLOWED_ATTR: ['href', 'style', 'class', 'lang', 'dir', 'src', 'alt'],
  ADD_FORBID_CONTENTS: DROPPED_WITH_CONTENT,
  KEEP_CONTENT: true,
  ALLOW_DATA_ATTR: false,
};

interface ParsedPage {
  meta: PageMeta;
  /** The page's body, sanitized: what the walk may read, and nothing else. */
  content: HTMLElement;
}

/**
 * Parses once (jsdom's parse is most of an import's cost), reads the head's metadata as text,
 * then moves the body into a container and sanitizes it in place. Nothing is serialized back
 * to HTML, so there is no second parse for markup to mutate in.
 */
function parsePage(html: string): ParsedPage {
  const { window, purify } = sanitizer();
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  const meta = readMeta(doc);
  const content = doc.createElement('div');
  // One node at a time from the front: jsdom's append(...nodes) costs the square of their number
  // (50,000 paragraphs took two minutes), and spreading 100,000 arguments overflows the stack.
  const body = doc.body;
  if (body) while (body.firstChild) content.appendChild(body.firstChild);
  try {
    purify.sanitize(content, { ...PURIFY_CONFIG, IN_PLACE: true });
  } catch {
    // DOMPurify refuses to clean in place a node it cannot detach ("<_<![CDATA[" leaves one): the
    // page is refused whole rather than imported half-cleaned.
    refuse('the page’s markup could not be cleaned safely, so nothing was imported from it');
  }
  // The walk runs selectors on the content (figures, captions, Word's list markers). jsdom gives
  // each document its own selector engine, and each engine adds listeners to the shared window
  // that are never removed (see readMeta), so the sanitized content moves into the window's own
  // document, whose one engine every import reuses. The page's document is then dropped whole.
  window.document.adoptNode(content);
  return { meta, content };
}

/** The sanitized body of an HTML document, as an element whose children are the content. */
export function sanitizeHtml(html: string): HTMLElement {
  return parsePage(html).content;
}

// ---------------------------------------------------------------- metadata

interface PageMeta {
  title: string;
  description: string;
  language?: string;
  author?: string;
  published?: string;
  modified?: string;
}

/** Title, language and dates from the page head: text reads only, nothing runs. */
function readMeta(doc: Document): PageMeta {
  // Only the head is searched: a selector over the whole document costs a walk of every node
  // of a 100,000-paragraph body, once per field.
  //
  // No CSS selectors here: jsdom builds a selector engine for a document the first time one is
  // used, and that engine adds nine listeners to the window, which every import shares and which
  // are never removed. One per import made each later import slower (adding a listener scans the
  // ones already there) and kept every imported page alive. The tag lists below match what the
  // selectors matched, first in document order, with the attribute's value compared ignoring case
  // as jsdom's selector engine does in an HTML document.
  const head = doc.head;
  const metas = head ? Array.from(head.getElementsByTagName('meta')) : [];
  const meta = (attribute: 'name' | 'property', value: string) =>
    metas
      .find((el) => el.getAttribute(attribute)?.toLowerCase() === value)
      ?.getAttribute('content')
      ?.trim() ?? '';
  const lang = doc.documentElement.getAttribute('lang')?.trim() ?? '';
  const stamp = (value: string) => (value.length <= 100 ? (parseStamp(value) ?? undefined) : undefined);
  return {
    title: head?.getElementsByTagName('title')[0]?.textContent?.trim() ?? '',
    description: meta('name', 'description') || meta('property', 'og:description'),
    language: /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : undefined,
    author: meta('name', 'author') || undefined,
    published: stamp(meta('property', 'article:published_time')),
    modified: stamp(meta('property', 'article:modified_time')),
  };
}

// ---------------------------------------------------------------- the walk

type Kind =
  | { type: 'paragraph' }
  | { type: 'quote' }
  | { type: 'heading'; tag: HeadingTag }
  | { type: 'list-item'; listType: ListType; depth: number };

interface Inline {
  format: number;
  link?: string;
}

const MAX_DEPTH = 200;

const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'figure',
  'figcaption',
  'address',
  'center',
  'dl',
  'dt',
  'dd',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'pre',
]);

/** Format bits from an element's tag and inline style; styles override tags ("<b style=font-weight:normal>"). */
function formatOf(el: Element, format: number): number {
  const tag = el.localName;
  if (tag === 'b' || tag === 'strong') format |= FORMAT.bold;
  if (tag === 'i' || tag === 'em' || tag === 'cite') format |= FORMAT.italic;
  if (tag === 'u' || tag === 'ins') format |= FORMAT.underline;
  if (tag === 's' || tag === 'strike' || tag === 'del') format |= FORMAT.strikethrough;
  if (tag === 'code' || tag === 'kbd' || tag === 'samp' || tag === 'tt') format |= FORMAT.code;
  if (tag === 'sup') format |= FORMAT.superscript;
  if (tag === 'sub') format |= FORMAT.subscript;
  if (tag === 'mark') format |= FORMAT.highlight;
  const style = (el.getAttribute('style') ?? '').toLowerCase();
  if (style) {
    const weight = /(?:^|[;\s])font-weight\s*:\s*([a-z0-9]+)/.exec(style)?.[1];
    if (weight === 'bold' || weight === 'bolder' || (weight && /^\d+$/.test(weight) && Number(weight) >= 600)) format |= FORMAT.bold;
    else if (weight === 'normal' || weight === 'lighter' || (weight && /^\d+$/.test(weight) && Number(weight) < 600))
      format &= ~FORMAT.bold;
    const fontStyle = /(?:^|[;\s])font-style\s*:\s*([a-z]+)/.exec(style)?.[1];
    if (fontStyle === 'italic' || fontStyle === 'oblique') format |= FORMAT.italic;
    else if (fontStyle === 'normal') format &= ~FORMAT.italic;
    const decoration = /(?:^|[;\s])text-decoration(?:-line)?\s*:\s*([^;]+)/.exec(style)?.[1] ?? '';
    if (decoration.includes('underline')) format |= FORMAT.underline;
    if (decoration.includes('line-through')) format |= FORMAT.strikethrough;
    if (/(?:^|[;\s])text-decoration(?:-line)?\s*:\s*none/.test(style)) format &= ~(FORMAT.underline | FORMAT.strikethrough);
    const align = /(?:^|[;\s])vertical-align\s*:\s*([a-z]+)/.exec(style)?.[1];
    if (align === 'super') format |= FORMAT.superscript;
    if (align === 'sub') format |= FORMAT.subscript;
  }
  return format;
}

const hasClass = (el: Element, pattern: RegExp) => pattern.test(el.getAttribute('class') ?? '');

/** Classes pages give a photo's credit line. */
const CREDIT_CLASS = /\b(credit|photo-?credit|byline|photographer|copyright|source)\b/i;
/** "… Photo: Jane Doe/AP", "(Credit: City of Łódź)", "Photo by Jane Doe" at a caption's end. */
const CREDIT_AT_END = /\s*[(\[]?\b(?:photo(?:graph)?s?|credit|picture|image)(?:\s+by|:)\s*([^()[\]]{2,120}?)[)\]]?\s*$/i;

/** A caption element's words and its credit: a credit-classed element, else an obvious "Photo: …" ending. */
function captionParts(el: Element): { caption: string; credit: string } {
  const clone = el.cloneNode(true) as Element;
  const creditEl = Array.from(clone.querySelectorAll('*')).find((child) => CREDIT_CLASS.test(child.getAttribute('class') ?? ''));
  let credit = creditEl?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  creditEl?.remove();
  let caption = (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!credit) {
    const m = CREDIT_AT_END.exec(caption);
    if (m && m.index > 0) {
      credit = m[1]!.trim();
      caption = caption.slice(0, m.index).trim();
    }
  }
  return { caption, credit };
}
const styleOf = (el: Element) => (el.getAttribute('style') ?? '').toLowerCase();

class HtmlWalker {
  readonly builder = new BlockBuilder(true);
  headline = '';
  deck = '';
  private runs: TextRun[] = [];
  private kind: Kind = { type: 'paragraph' };
  private listDepth = -1;
  private inItem = false;
  private pre = false;
  /** Nodes left to visit; past it, the rest of a monstrous document is not read. */
  private budget = 500_000;
  private depth = 0;

  private flush(): void {
    const runs = this.runs;
    this.runs = [];
    const kind = this.kind;
    if (kind.type === 'heading') this.builder.heading(kind.tag, runs);
    else if (kind.type === 'quote') this.builder.quote(runs);
    else if (kind.type === 'list-item') this.builder.listItem(kind.listType, kind.depth, runs);
    else this.builder.paragraph(runs);
  }

  /** Walks an element as a block of the given kind; the enclosing kind resumes after it. */
  private block(kind: Kind, el: Element, inline: Inline): void {
    this.flush();
    const outer = this.kind;
    this.kind = kind;
    this.children(el, inline);
    this.flush();
    this.kind = outer;
  }

  /** Collects an element's runs without emitting a block (headline, deck). */
  private collect(el: Element, inline: Inline): string {
    this.flush();
    this.children(el, inline);
    const text = runsText(tidyRuns(this.runs, true));
    this.runs = [];
    return text;
  }

  private text(text: string, inline: Inline): void {
    const parts = this.pre ? text.split('\n') : [text];
    parts.forEach((part, i) => {
      if (i > 0) this.runs.push({ text: '\n', format: 0 });
      // A link's underline is how pages draw links, not the writer's emphasis.
      if (part)
        this.runs.push(
          inline.link
            ? { text: part, format: inline.format & ~FORMAT.underline, link: inline.link }
            : { text: part, format: inline.format },
        );
    });
  }

  private lineBreakInside(): void {
    if (this.runs.length && this.runs[this.runs.length - 1]!.text !== '\n') this.runs.push({ text: '\n', format: 0 });
  }

  children(el: Element | DocumentFragment, inline: Inline): void {
    // Markup nested hundreds deep is an attack or a broken file, not an article: below this
    // depth only the words are kept, read without recursion.
    if (++this.depth > MAX_DEPTH) {
      this.text(el.textContent ?? '', inline);
      this.depth--;
      return;
    }
    for (const child of Array.from(el.childNodes)) {
      if (--this.budget < 0) break;
      if (child.nodeType === 3) this.text(child.nodeValue ?? '', inline);
      else if (child.nodeType === 1) this.element(child as Element, inline);
    }
    this.depth--;
  }

  private element(el: Element, inline: Inline): void {
    const tag = el.localName;
    const style = styleOf(el);
    // Word's list bullets and numbers ("·", "1.") sit in spans it marks to be ignored.
    if (/mso-list\s*:\s*ignore/.test(style)) return;
    if (/display\s*:\s*none/.test(style)) return;
    const quoteKind: Kind | null = this.kind.type === 'quote' ? { type: 'quote' } : null;

    if (/^h[1-6]$/.test(tag)) {
      if (this.inItem) return this.children(el, inline);
      if (tag === 'h1' && !this.headline && !quoteKind) {
        this.headline = this.collect(el, inline);
        if (this.headline) return;
      }
      const level = Number(tag[1]);
      const headingTag: HeadingTag = level <= 2 ? 'h2' : level === 3 ? 'h3' : 'h4';
      return this.block(quoteKind ?? { type: 'heading', tag: headingTag }, el, inline);
    }

    switch (tag) {
      case 'img':
        this.flush();
        this.builder.photo(el.getAttribute('src') ?? '', { alt: el.getAttribute('alt') ?? '' });
        return;
      case 'figure': {
        // Copydesk's own embed card (and any figure classed "embed" around one link) is an embed again.
        const card = hasClass(el, /\bembed\b/) ? el.querySelector('a[href]') : null;
        const cardUrl = card ? vetLink(card.getAttribute('href')) : null;
        if (card && cardUrl && /^https:/i.test(cardUrl)) {
          this.flush();
          const part = (name: string) => el.querySelector(`.embed-${name}`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
          this.builder.embed({
            url: cardUrl,
            provider: part('provider').slice(0, 200),
            title: (part('title') || card.textContent?.replace(/\s+/g, ' ').trim() || '').slice(0, 500),
          });
          return;
        }
        const img = el.querySelector('img');
        if (!img) break;
        this.flush();
        const figcaption = el.querySelector('figcaption');
        const words = figcaption ? captionParts(figcaption) : { caption: '', credit: '' };
        if (!words.credit)
          words.credit =
            Array.from(el.querySelectorAll('*'))
              .find((child) => child !== figcaption && CREDIT_CLASS.test(child.getAttribute('class') ?? ''))
              ?.textContent?.trim() ?? '';
        this.builder.photo(img.getAttribute('src') ?? '', { ...words, alt: img.getAttribute('alt') ?? '' });
        return;
      }
      case 'br':
        this.runs.push({ text: '\n', format: 0 });
        return;
      case 'hr':
        if (this.inItem) return;
        this.flush();
        this.builder.rule();
        return;
      case 'blockquote':
        if (this.inItem) return this.children(el, inline);
        return this.block({ type: 'quote' }, el, inline);
      case 'ul':
      case 'ol':
        return this.list(el, tag === 'ol' ? 'number' : 'bullet', inline);
      case 'li':
        // An item outside any list (broken HTML) is still an item.
        return this.item(el, el.parentElement?.localName === 'ol' ? 'number' : 'bullet', inline);
      case 'a': {
        const link = inline.link ?? vetLink(el.getAttribute('href')) ?? undefined;
        return this.children(el, { format: formatOf(el, inline.format), link });
      }
    }

    if (tag === 'p' && !this.inItem && !quoteKind) {
      if (hasClass(el, /\bMsoTitle\b/i) && !this.headline) {
        this.headline = this.collect(el, inline);
        if (this.headline) return;
      }
      if (hasClass(el, /\b(MsoSubtitle|subtitle|deck)\b/i) && !this.deck) {
        this.deck = this.collect(el, inline);
        if (this.deck) return;
      }
      if (hasClass(el, /\bMso(Intense)?Quote\b/i)) return this.block({ type: 'quote' }, el, inline);
      // Word's Caption style (mammoth: p.caption) right under a picture is that picture's caption.
      const awaiting = hasClass(el, /\b(caption|MsoCaption)\b/i) ? this.builder.photoAwaitingCaption() : null;
      if (awaiting) {
        this.flush();
        const words = captionParts(el);
        awaiting.caption = words.caption.slice(0, 2000);
        if (!awaiting.credit) awaiting.credit = words.credit.slice(0, 300);
        return;
      }
      const msoList = /mso-list\s*:\s*\S+\s+level(\d+)/.exec(style);
      if (msoList || hasClass(el, /\bMsoListParagraph/i)) return this.wordListItem(el, Number(msoList?.[1] ?? 1) - 1, inline);
    }

    if (BLOCKS.has(tag) || tag === 'td' || tag === 'th') {
      if (this.inItem) {
        this.lineBreakInside();
        this.children(el, inline);
        this.lineBreakInside();
        return;
      }
      if (tag === 'td' || tag === 'th') {
        if (this.runs.some((r) => r.text.trim())) this.runs.push({ text: '\t', format: 0 });
        return this.children(el, inline);
      }
      if (tag === 'pre') {
        const outer = this.pre;
        this.pre = true;
        this.block(quoteKind ?? { type: 'paragraph' }, el, { ...inline, format: inline.format });
        this.pre = outer;
        return;
      }
      // A div holding blocks is a container; a div holding words is a paragraph.
      return this.block(quoteKind ?? { type: 'paragraph' }, el, inline);
    }

    // Inline or unknown element: its words, with its formatting.
    this.children(el, { format: formatOf(el, inline.format), link: inline.link });
  }

  private list(el: Element, listType: ListType, inline: Inline): void {
    this.flush();
    const outerItem = this.inItem;
    this.inItem = false;
    this.listDepth++;
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 1 && (child as Element).localName === 'li') this.item(child as Element, listType, inline);
      else if (child.nodeType === 1) this.element(child as Element, inline);
      else if (child.nodeType === 3 && child.nodeValue?.trim()) this.text(child.nodeValue, inline);
    }
    this.flush();
    this.listDepth--;
    this.inItem = outerItem;
    if (this.listDepth < 0) this.builder.endList();
  }

  private item(el: Element, listType: ListType, inline: Inline): void {
    this.flush();
    const outerKind = this.kind;
    const outerItem = this.inItem;
    this.kind = { type: 'list-item', listType, depth: Math.max(0, this.listDepth) };
    this.inItem = true;
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 1 && ((child as Element).localName === 'ul' || (child as Element).localName === 'ol')) {
        // The item's own words come first, then the nested list one level down.
        this.flush();
        this.list(child as Element, (child as Element).localName === 'ol' ? 'number' : 'bullet', inline);
        this.inItem = true;
      } else if (child.nodeType === 3) this.text(child.nodeValue ?? '', inline);
      else if (child.nodeType === 1) this.element(child as Element, inline);
    }
    this.flush();
    this.kind = outerKind;
    this.inItem = outerItem;
  }

  /** Word writes list items as paragraphs with an mso-list style and the marker in a span. */
  private wordListItem(el: Element, depth: number, inline: Inline): void {
    const marker =
      Array.from(el.querySelectorAll('span'))
        .find((s) => /mso-list\s*:\s*ignore/.test(styleOf(s)))
        ?.textContent?.trim() ?? '';
    const listType: ListType = /^(\d+|[a-z]|[ivxlc]+)[.)]/i.test(marker) ? 'number' : 'bullet';
    this.block({ type: 'list-item', listType, depth: Math.max(0, depth) }, el, inline);
  }

  /** Text before any block (stray words at the top level) ends here. */
  finish(): void {
    this.flush();
  }
}

/** Elements whose end tag may be left out, or that have none: they do not deepen the tree. */
const NO_DEPTH = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'option',
  'optgroup',
  'colgroup',
  'rb',
  'rt',
  'rp',
  'html',
  'head',
  'body',
  'br',
  'hr',
  'img',
  'input',
  'meta',
  'link',
  'area',
  'base',
  'col',
  'embed',
  'source',
  'track',
  'wbr',
  'param',
]);
const MAX_NESTING = 1000;

/** SVG and MathML: the only places where `<x/>` closes itself in HTML. */
const FOREIGN = new Set(['svg', 'math']);

/**
 * How deep the tags nest, counted in one pass over the source. jsdom's parser slows down
 * sharply on very deep trees (100,000 nested <b> take most of a minute), so such files are
 * refused before parsing. In HTML `<div/>` opens a div like `<div>` does (the slash is
 * ignored), so it deepens the tree too; only inside SVG or MathML does a slash close the tag.
 */
export function tagNesting(html: string): number {
  return tagCounts(html).depth;
}

/**
 * Elements a page may hold: a 10,000-word article has a few thousand; past this, jsdom and the
 * sanitizer would spend a minute and a gigabyte on it, so it is refused from the scan.
 */
export const MAX_ELEMENTS = 150_000;

/** How deep the tags nest and how many elements open, in one pass over the source. */
export function tagCounts(html: string): { depth: number; elements: number } {
  let depth = 0;
  let max = 0;
  let foreign = 0;
  let elements = 0;
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(\/?)>/g;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2]!.toLowerCase();
    const closing = !!m[1];
    const selfClosed = !!m[3];
    if (!closing) elements++;
    if (FOREIGN.has(name) && !selfClosed) foreign = Math.max(0, foreign + (closing ? -1 : 1));
    if (NO_DEPTH.has(name) || (selfClosed && (foreign > 0 || FOREIGN.has(name)))) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return { depth: max, elements };
}

// Linear: a tag's scan stops at the next `<`, so no two scans cover the same characters, and
// the address's scan stops at its quote.
const IMG_TAG = /<img\b[^<>]*>/gi;
const DATA_SRC = /(\ssrc\s*=\s*)(["'])(data:image\/[^"'<>]*)\2/i;

/**
 * `src="data:image/…"` of <img> tags swapped for short stand-ins (relative addresses the
 * sanitizer keeps). Words are never touched: text that shows a tag has it escaped (`&lt;img`).
 */
export function liftDataUrls(html: string): { html: string; urls: Map<string, string> } {
  const urls = new Map<string, string>();
  const out = html.replace(IMG_TAG, (tag) =>
    tag.replace(DATA_SRC, (_whole, before: string, quote: string, url: string) => {
      const key = `copydesk-inline-image-${urls.size}`;
      urls.set(key, url);
      return `${before}${quote}${key}${quote}`;
    }),
  );
  return { html: out, urls };
}

export function parseHtmlArticle(html: string, options: ParseOptions = {}): ImportedArticle {
  const counts = tagCounts(html);
  if (counts.depth > MAX_NESTING) refuse(`its HTML tags are nested more than ${MAX_NESTING} deep; no article is built like that.`);
  if (counts.elements > MAX_ELEMENTS) {
    refuse(
      `it has ${counts.elements.toLocaleString('en-US')} HTML elements, more than the ${MAX_ELEMENTS.toLocaleString('en-US')} an article page can have.`,
    );
  }
  // Inline images are lifted out before parsing: jsdom and DOMPurify spend over a second on a
  // page with a few megabytes of data: URLs, and only their address is wanted here anyway.
  const lifted = liftDataUrls(html);
  const { meta, content } = parsePage(lifted.html);
  const walker = new HtmlWalker();
  walker.children(content, { format: 0 });
  walker.finish();
  const fields: Partial<ArticleContent> = {};
  const defaults: Partial<ArticleContent> = {};
  const deck = walker.deck || meta.description;
  if (deck) fields.deck = deck.slice(0, 5000);
  if (meta.language) fields.language = meta.language;
  if (meta.author && isNameLike(meta.author)) defaults.bylines = [{ name: meta.author, email: '' }];
  if (meta.published) defaults.firstPublishedAt = meta.published;
  if (meta.modified) defaults.updatedAt = meta.modified;
  return assembleArticle(
    {
      headline: walker.headline,
      fallbackHeadline: meta.title,
      blocks: walker.builder.blocks,
      fields,
      defaults,
      pendingImages: walker.builder.pendingImages.map((image) => ({ ...image, src: lifted.urls.get(image.src) ?? image.src })),
    },
    options,
  );
}
