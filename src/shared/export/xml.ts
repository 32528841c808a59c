/**
 * A tiny XML writer for the wire formats. Elements whose children are all elements are indented
 * when pretty; anything holding text or raw markup is written on one line, so pretty printing
 * never adds whitespace inside a paragraph.
 */
import { escapeMarkup } from './escape';

export interface XmlElement {
  name: string;
  attrs: Record<string, string | number | undefined | null>;
  children: XmlChild[];
}

/** Markup already escaped and well-formed (the body, written by markup.ts). */
export interface XmlRaw {
  raw: string;
}

export type XmlChild = XmlElement | XmlRaw | string;

export function el(
  name: string,
  attrs: XmlElement['attrs'] = {},
  ...children: (XmlChild | null | undefined | false | XmlChild[])[]
): XmlElement {
  const flat: XmlChild[] = [];
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) flat.push(...child);
    else flat.push(child);
  }
  return { name, attrs, children: flat };
}

export const raw = (markup: string): XmlRaw => ({ raw: markup });

function isElement(child: XmlChild): child is XmlElement {
  return typeof child === 'object' && 'name' in child;
}

function attrsText(attrs: XmlElement['attrs']): string {
  let out = '';
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null) continue;
    out += ` ${key}="${escapeMarkup(String(value))}"`;
  }
  return out;
}

export function serializeXml(node: XmlElement, pretty = true, depth = 0): string {
  const pad = pretty ? '  '.repeat(depth) : '';
  const open = `<${node.name}${attrsText(node.attrs)}`;
  if (node.children.length === 0) return `${pad}${open}/>`;
  const blockish = node.children.every(isElement);
  if (blockish && pretty) {
    const inner = node.children.map((child) => serializeXml(child as XmlElement, true, depth + 1)).join('\n');
    return `${pad}${open}>\n${inner}\n${pad}</${node.name}>`;
  }
  const inner = node.children
    .map((child) => (typeof child === 'string' ? escapeMarkup(child) : isElement(child) ? serializeXml(child, false) : child.raw))
    .join('');
  return `${pad}${open}>${inner}</${node.name}>`;
}

export function xmlDocument(root: XmlElement, pretty = true): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeXml(root, pretty)}\n`;
}

/** NITF's normalized date: 20250304T091500+0100 (or ...Z), from any ISO 8601 time. */
export function nitfNormDate(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(iso.trim());
  if (!m) return undefined;
  const offset = m[7] ? (m[7] === 'Z' ? 'Z' : m[7].replace(':', '')) : '';
  return `${m[1]}${m[2]}${m[3]}T${m[4] ?? '00'}${m[5] ?? '00'}${m[6] ?? '00'}${offset}`;
}
