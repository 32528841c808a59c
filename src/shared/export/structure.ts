/**
 * The body as exporters walk it: blocks in reading order, with consecutive list items gathered
 * into nested lists. Every markup format (HTML, NITF, DOCX, PDF) needs lists as trees, while the
 * block model keeps them flat with a depth; this is the one place that turns one into the other.
 */
import { bodyToBlocks, type Block, type ListType, type TextRun } from '../article/blocks';
import type { SerializedBody } from '../article/body';

export interface ExportListItem {
  block: Block;
  /** Lists nested under this item. */
  children: ExportList[];
}

export interface ExportList {
  kind: 'list';
  listType: ListType;
  items: ExportListItem[];
}

export interface ExportBlock {
  kind: 'block';
  block: Block;
}

export type ExportNode = ExportBlock | ExportList;

function buildList(items: Block[], start: number, depth: number): [ExportList, number] {
  const listType = items[start]!.listType ?? 'bullet';
  const list: ExportList = { kind: 'list', listType, items: [] };
  let i = start;
  while (i < items.length) {
    const item = items[i]!;
    const itemDepth = item.depth ?? 0;
    if (itemDepth < depth) break;
    if (itemDepth > depth) {
      const [nested, next] = buildList(items, i, itemDepth);
      const parent = list.items[list.items.length - 1];
      // A nested list with no item above it still needs a home: an empty item holds it.
      if (parent) parent.children.push(nested);
      else list.items.push({ block: { ...item, runs: [] }, children: [nested] });
      i = next;
      continue;
    }
    if ((item.listType ?? 'bullet') !== listType) break;
    list.items.push({ block: item, children: [] });
    i++;
  }
  return [list, i];
}

export function exportNodes(blocks: Block[]): ExportNode[] {
  const nodes: ExportNode[] = [];
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i]!;
    if (block.type !== 'list-item') {
      nodes.push({ kind: 'block', block });
      i++;
      continue;
    }
    let end = i + 1;
    while (end < blocks.length && blocks[end]!.type === 'list-item' && blocks[end]!.listId === block.listId) end++;
    const group = blocks.slice(i, end);
    let at = 0;
    while (at < group.length) {
      const [list, next] = buildList(group, at, group[at]!.depth ?? 0);
      nodes.push(list);
      at = next > at ? next : at + 1;
    }
    i = end;
  }
  return nodes;
}

export function bodyNodes(body: SerializedBody): ExportNode[] {
  return exportNodes(bodyToBlocks(body));
}

/** Consecutive runs that share a link, so one link is written as one anchor. */
export interface RunGroup {
  link?: string;
  runs: TextRun[];
}

export function groupRunsByLink(runs: TextRun[]): RunGroup[] {
  const groups: RunGroup[] = [];
  for (const run of runs) {
    const last = groups[groups.length - 1];
    if (last && last.link === run.link) last.runs.push(run);
    else groups.push(run.link ? { link: run.link, runs: [run] } : { runs: [run] });
  }
  return groups;
}
