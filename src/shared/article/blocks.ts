/**
 * A flat view of the body: one Block per paragraph, subhead, quote, list item or rule, each a
 * list of formatted text runs. The diff engine, the note writer and the exporters work on
 * blocks; the editor works on Lexical's tree. bodyToBlocks/blocksToBody convert both ways and
 * round-trip exactly (text, block types, formatting, links, ids).
 */
import {
  BLOCK_ID_STATE,
  NODE_STATE_KEY,
  blockIdOf,
  emptyRoot,
  paragraphNode,
  textNode,
  withBlockId,
  type SerializedBody,
  type SerializedNode,
} from './body';
import { embedFieldsOf, photoFieldsOf, type EmbedFields, type PhotoFields } from './media';

export type BlockType = 'paragraph' | 'heading' | 'quote' | 'list-item' | 'rule' | 'photo' | 'embed';
export type HeadingTag = 'h2' | 'h3' | 'h4';
export type ListType = 'bullet' | 'number';

/** Lexical's text format bits. */
export const FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
  highlight: 128,
} as const;

/** The HTML element for each format bit, innermost first: one table for every renderer. */
export const FORMAT_TAGS: readonly (readonly [number, 'strong' | 'em' | 'u' | 's' | 'code' | 'sub' | 'sup' | 'mark'])[] = [
  [FORMAT.bold, 'strong'],
  [FORMAT.italic, 'em'],
  [FORMAT.underline, 'u'],
  [FORMAT.strikethrough, 's'],
  [FORMAT.code, 'code'],
  [FORMAT.subscript, 'sub'],
  [FORMAT.superscript, 'sup'],
  [FORMAT.highlight, 'mark'],
];

export interface TextRun {
  /** A line break inside a block is the single character "\n". */
  text: string;
  /** Bitmask of FORMAT. */
  format: number;
  /** The URL when the run is inside a link. */
  link?: string;
}

export interface Block {
  /** Stable across edits (NodeState); aligns blocks between versions. */
  id: string;
  type: BlockType;
  tag?: HeadingTag;
  listType?: ListType;
  /** Nesting of a list item, 0 at the top. */
  depth?: number;
  /** Id of the top-level list a list item belongs to. */
  listId?: string;
  /** Text runs; empty for a rule, a photo and an embed (their words are in their fields). */
  runs: TextRun[];
  /** Set on a photo block: the image by hash and what the desk wrote about it. */
  photo?: PhotoFields;
  /** Set on an embed block: the vetted address of a video or post. */
  embed?: EmbedFields;
}

export function blockText(block: Block): string {
  let text = '';
  for (const run of block.runs) text += run.text;
  return text;
}

export function blocksText(blocks: Block[]): string {
  return blocks.map(blockText).join('\n\n');
}

/**
 * The canonical form of runs: neighbours with the same format and link merged, empty runs
 * dropped, and each line break a run of its own ("\n", no format, no link), as Lexical stores it.
 */
export function normalizeRuns(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  const push = (text: string, format: number, link: string | undefined) => {
    if (!text) return;
    if (text === '\n') {
      out.push({ text, format: 0 });
      return;
    }
    const last = out[out.length - 1];
    if (last && last.text !== '\n' && last.format === format && last.link === link) last.text += text;
    else out.push(link ? { text, format, link } : { text, format });
  };
  for (const run of runs) {
    const parts = run.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) push('\n', 0, undefined);
      push(part, run.format, run.link);
    });
  }
  return out;
}

// ---------------------------------------------------------------- body -> blocks

function inlineRuns(nodes: SerializedNode[] | undefined, link: string | undefined, out: TextRun[]): void {
  for (const node of nodes ?? []) {
    switch (node.type) {
      case 'text':
        out.push(
          link
            ? { text: String(node.text ?? ''), format: Number(node.format ?? 0), link }
            : { text: String(node.text ?? ''), format: Number(node.format ?? 0) },
        );
        break;
      case 'linebreak':
        out.push({ text: '\n', format: 0 });
        break;
      case 'tab':
        out.push({ text: '\t', format: Number(node.format ?? 0) });
        break;
      case 'link':
      case 'autolink':
        inlineRuns(node.children, String(node.url ?? ''), out);
        break;
      default:
        // Unknown inline element: keep its text, never lose words.
        if (typeof node.text === 'string') out.push({ text: node.text, format: 0 });
        else inlineRuns(node.children, link, out);
    }
  }
}

function runsOf(node: SerializedNode): TextRun[] {
  const runs: TextRun[] = [];
  inlineRuns(node.children, undefined, runs);
  return normalizeRuns(runs);
}

function listItems(list: SerializedNode, depth: number, listId: string, prefix: string, out: Block[]): void {
  const listType: ListType = list.listType === 'number' ? 'number' : 'bullet';
  let index = 0;
  for (const item of list.children ?? []) {
    if (item.type !== 'listitem') continue;
    const nested = (item.children ?? []).filter((child) => child.type === 'list');
    const inline = (item.children ?? []).filter((child) => child.type !== 'list');
    const id = blockIdOf(item) ?? `${prefix}.${index}`;
    if (inline.length > 0 || nested.length === 0) {
      out.push({ id, type: 'list-item', listType, depth, listId, runs: runsOf({ type: 'listitem', children: inline }) });
    }
    for (const sub of nested) listItems(sub, depth + 1, listId, `${id}`, out);
    index++;
  }
}

export function bodyToBlocks(body: SerializedBody): Block[] {
  const blocks: Block[] = [];
  body.root.children.forEach((node, index) => {
    const id = blockIdOf(node) ?? `b${index}`;
    switch (node.type) {
      case 'heading': {
        const tag = node.tag === 'h3' || node.tag === 'h4' ? node.tag : 'h2';
        blocks.push({ id, type: 'heading', tag, runs: runsOf(node) });
        break;
      }
      case 'quote':
        blocks.push({ id, type: 'quote', runs: runsOf(node) });
        break;
      case 'list':
        listItems(node, 0, id, id, blocks);
        break;
      case 'horizontalrule':
        blocks.push({ id, type: 'rule', runs: [] });
        break;
      case 'photo':
        blocks.push({ id, type: 'photo', runs: [], photo: photoFieldsOf(node) });
        break;
      case 'embed':
        blocks.push({ id, type: 'embed', runs: [], embed: embedFieldsOf(node) });
        break;
      default:
        blocks.push({ id, type: 'paragraph', runs: runsOf(node) });
    }
  });
  return blocks;
}

// ---------------------------------------------------------------- blocks -> body

function runNodes(runs: TextRun[]): SerializedNode[] {
  const nodes: SerializedNode[] = [];
  let linkNode: SerializedNode | null = null;
  for (const run of runs) {
    if (run.text === '\n') {
      linkNode = null;
      nodes.push({ type: 'linebreak', version: 1 });
      continue;
    }
    const parts = run.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) {
        linkNode = null;
        nodes.push({ type: 'linebreak', version: 1 });
      }
      if (!part) return;
      const text = textNode(part, run.format);
      if (run.link) {
        if (!linkNode || linkNode.url !== run.link) {
          linkNode = {
            type: 'link',
            url: run.link,
            rel: 'noreferrer',
            target: null,
            title: null,
            children: [],
            direction: null,
            format: '',
            indent: 0,
            version: 1,
          };
          nodes.push(linkNode);
        }
        (linkNode.children as SerializedNode[]).push(text);
      } else {
        linkNode = null;
        nodes.push(text);
      }
    });
  }
  return nodes;
}

function elementNode(type: string, children: SerializedNode[], extra: Record<string, unknown> = {}): SerializedNode {
  return { type, children, direction: null, format: '', indent: 0, version: 1, ...extra };
}

function buildList(items: Block[], start: number, depth: number, listId: string | undefined): [SerializedNode, number] {
  const listType = items[start]!.listType ?? 'bullet';
  const list = elementNode('list', [], { listType, start: 1, tag: listType === 'number' ? 'ol' : 'ul' });
  const children = list.children as SerializedNode[];
  let i = start;
  let value = 1;
  while (i < items.length) {
    const item = items[i]!;
    const itemDepth = item.depth ?? 0;
    if (itemDepth < depth) break;
    if (itemDepth > depth) {
      // A nested list lives in a list item of its own, as Lexical serializes it.
      const [nested, next] = buildList(items, i, itemDepth, undefined);
      children.push(elementNode('listitem', [nested], { value }));
      value++;
      i = next;
      continue;
    }
    if ((item.listType ?? 'bullet') !== listType) break;
    const node = elementNode('listitem', runNodes(item.runs), { value });
    withBlockId(node, item.id);
    children.push(node);
    value++;
    i++;
  }
  if (listId) withBlockId(list, listId);
  return [list, i];
}

export function blocksToBody(blocks: Block[]): SerializedBody {
  const children: SerializedNode[] = [];
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i]!;
    switch (block.type) {
      case 'heading':
        children.push(withBlockId(elementNode('heading', runNodes(block.runs), { tag: block.tag ?? 'h2' }), block.id));
        i++;
        break;
      case 'quote':
        children.push(withBlockId(elementNode('quote', runNodes(block.runs)), block.id));
        i++;
        break;
      case 'rule':
        children.push(withBlockId({ type: 'horizontalrule', version: 1 }, block.id));
        i++;
        break;
      case 'photo':
        children.push(withBlockId({ type: 'photo', version: 1, ...photoFieldsOf({ ...block.photo }) }, block.id));
        i++;
        break;
      case 'embed':
        children.push(withBlockId({ type: 'embed', version: 1, ...embedFieldsOf({ ...block.embed }) }, block.id));
        i++;
        break;
      case 'list-item': {
        // Consecutive items of one list (same listId, or none) become one Lexical list.
        let end = i + 1;
        while (
          end < blocks.length &&
          blocks[end]!.type === 'list-item' &&
          blocks[end]!.listId === block.listId &&
          ((blocks[end]!.depth ?? 0) > 0 || blocks[end]!.listType === block.listType)
        )
          end++;
        const group = blocks.slice(i, end).map((b, k) => (k === 0 ? { ...b, depth: 0 } : b));
        let at = 0;
        let first = true;
        while (at < group.length) {
          const [list, next] = buildList(group, at, 0, first ? block.listId : undefined);
          children.push(list);
          first = false;
          at = next === at ? at + 1 : next;
        }
        i = end;
        break;
      }
      default:
        children.push(paragraphNode(runNodes(block.runs), block.id));
        i++;
    }
  }
  if (children.length === 0) children.push(paragraphNode([]));
  return { root: emptyRoot(children) };
}

/** Paragraph blocks from plain text: one per blank-line-separated paragraph. */
export function blocksFromParagraphs(paragraphs: string[], newId: () => string): Block[] {
  return paragraphs.map((text) => ({ id: newId(), type: 'paragraph' as const, runs: text ? [{ text, format: 0 }] : [] }));
}

export { BLOCK_ID_STATE, NODE_STATE_KEY };
