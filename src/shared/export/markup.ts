/**
 * One walker for every tag-based body: HTML and NITF differ only in tag names, so each gives a
 * dialect and this file does the walking, the escaping and the link vetting. Text is always
 * escaped here, and a link whose URL fails vetLink is written as its plain words.
 */
import { FORMAT, type Block, type TextRun } from '../article/blocks';
import type { EmbedFields, PhotoFields } from '../article/media';
import { escapeMarkup } from './escape';
import { vetLink } from '../security/trusted-url';
import { groupRunsByLink, type ExportList, type ExportNode } from './structure';

export interface MarkupDialect {
  paragraph(inner: string): string;
  heading(tag: 'h2' | 'h3' | 'h4', inner: string): string;
  quote(inner: string): string;
  rule(): string;
  list(type: 'bullet' | 'number', items: string[]): string;
  listItem(inner: string, nested: string): string;
  /** Wraps escaped text in the tag for one format bit (FORMAT.bold etc.); '' bits are skipped. */
  format(bit: number, inner: string): string;
  link(href: string, inner: string): string;
  lineBreak(): string;
  /** A photo with its caption and credit; `src` is where its image is, null when it has none. */
  photo(photo: PhotoFields, src: string | null): string;
  /** An embedded video or post as a link card (never a frame); `href` is null when vetting refused it. */
  embed(embed: EmbedFields, href: string | null): string;
  /** Joins blocks: a newline keeps the output readable without changing its meaning. */
  separator: string;
}

// Outermost first: bold wraps italic wraps … wraps code.
const FORMAT_ORDER = [
  FORMAT.bold,
  FORMAT.italic,
  FORMAT.underline,
  FORMAT.strikethrough,
  FORMAT.highlight,
  FORMAT.subscript,
  FORMAT.superscript,
  FORMAT.code,
];

function runMarkup(run: TextRun, dialect: MarkupDialect): string {
  if (run.text === '\n') return dialect.lineBreak();
  let inner = escapeMarkup(run.text);
  for (let i = FORMAT_ORDER.length - 1; i >= 0; i--) {
    const bit = FORMAT_ORDER[i]!;
    if (run.format & bit) inner = dialect.format(bit, inner);
  }
  return inner;
}

export function inlineMarkup(runs: TextRun[], dialect: MarkupDialect): string {
  let out = '';
  for (const group of groupRunsByLink(runs)) {
    const inner = group.runs.map((run) => runMarkup(run, dialect)).join('');
    const href = vetLink(group.link);
    out += href ? dialect.link(href, inner) : inner;
  }
  return out;
}

/** Where a photo's image is for this export (a data: URL, a file beside it), or null for none. */
export type PhotoSrc = (photo: PhotoFields) => string | null;

function blockMarkup(block: Block, dialect: MarkupDialect, photoSrc: PhotoSrc): string {
  if (block.type === 'photo' && block.photo) return dialect.photo(block.photo, photoSrc(block.photo));
  if (block.type === 'embed' && block.embed) return dialect.embed(block.embed, vetLink(block.embed.url));
  const inner = inlineMarkup(block.runs, dialect);
  switch (block.type) {
    case 'heading':
      return dialect.heading(block.tag ?? 'h2', inner);
    case 'quote':
      return dialect.quote(inner);
    case 'rule':
      return dialect.rule();
    default:
      return dialect.paragraph(inner);
  }
}

function listMarkup(list: ExportList, dialect: MarkupDialect): string {
  const items = list.items.map((item) =>
    dialect.listItem(inlineMarkup(item.block.runs, dialect), item.children.map((child) => listMarkup(child, dialect)).join('')),
  );
  return dialect.list(list.listType, items);
}

export function bodyMarkup(nodes: ExportNode[], dialect: MarkupDialect, photoSrc: PhotoSrc = () => null): string {
  return nodes
    .map((node) => (node.kind === 'list' ? listMarkup(node, dialect) : blockMarkup(node.block, dialect, photoSrc)))
    .filter(Boolean)
    .join(dialect.separator);
}
