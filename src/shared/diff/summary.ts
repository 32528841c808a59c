/** One sentence for the desk: "412 words added, 37 removed; 2 paragraphs inserted, 1 deleted, 5 modified, 1 moved". */
import type { ArticleDiff, BlockChange, BlockShape } from './types';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function listJoin(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function summarizeDiff(diff: ArticleDiff): string {
  const { stats } = diff;
  const parts: string[] = [];
  const words: string[] = [];
  if (stats.wordsAdded) words.push(`${plural(stats.wordsAdded, 'word', 'words')} added`);
  if (stats.wordsRemoved)
    words.push(words.length ? `${stats.wordsRemoved} removed` : `${plural(stats.wordsRemoved, 'word', 'words')} removed`);
  if (words.length) parts.push(words.join(', '));
  const blocks: string[] = [];
  for (const [count, verb] of [
    [stats.blocksInserted, 'inserted'],
    [stats.blocksDeleted, 'deleted'],
    [stats.blocksModified, 'modified'],
    [stats.blocksMoved, 'moved'],
  ] as const) {
    if (!count) continue;
    blocks.push(blocks.length ? `${count} ${verb}` : `${plural(count, 'paragraph', 'paragraphs')} ${verb}`);
  }
  if (blocks.length) parts.push(blocks.join(', '));
  parts.push(...mediaParts(diff));
  if (diff.fields.length) parts.push(`${listJoin(diff.fields.map((f) => f.label.toLowerCase()))} changed`);
  if (parts.length === 0) return 'No changes.';
  let sentence = parts.join('; ');
  sentence = sentence[0]!.toUpperCase() + sentence.slice(1) + '.';
  if (diff.degraded) sentence += ' Some paragraphs changed too much to compare word by word and are shown as replaced.';
  return sentence;
}

/** Counts phrased like the paragraphs': "1 photo added, 1 replaced", "2 photo fields changed (caption and credit)". */
function mediaParts(diff: ArticleDiff): string[] {
  const { stats } = diff;
  const parts: string[] = [];
  const counted = (one: string, many: string, counts: (readonly [number, string])[]) => {
    const items: string[] = [];
    for (const [count, verb] of counts) if (count) items.push(items.length ? `${count} ${verb}` : `${plural(count, one, many)} ${verb}`);
    if (items.length) parts.push(items.join(', '));
  };
  counted('photo', 'photos', [
    [stats.photosAdded, 'added'],
    [stats.photosRemoved, 'removed'],
    [stats.photosReplaced, 'replaced'],
    [stats.photosMoved, 'moved'],
  ]);
  if (stats.photoFieldsChanged) {
    const labels = new Set<string>();
    for (const change of diff.blocks)
      if (change.type === 'photo') for (const f of change.media?.fields ?? []) labels.add(f.label.toLowerCase());
    parts.push(`${plural(stats.photoFieldsChanged, 'photo field', 'photo fields')} changed (${listJoin([...labels])})`);
  }
  counted('embed', 'embeds', [
    [stats.embedsAdded, 'added'],
    [stats.embedsRemoved, 'removed'],
    [stats.embedsChanged, 'changed'],
    [stats.embedsMoved, 'moved'],
  ]);
  return parts;
}

/** "paragraph", "subhead", "quote", "list item", "rule", "photo", "embed". */
export function blockNoun(shape: BlockShape): string {
  switch (shape.type) {
    case 'heading':
      return 'subhead';
    case 'list-item':
      return 'list item';
    default:
      return shape.type;
  }
}

export function describeTypeChange(change: BlockChange): string {
  if (!change.typeChange) return '';
  const { before, after } = change.typeChange;
  const name = (s: BlockShape) => {
    let text = blockNoun(s);
    if (s.type === 'heading' && s.tag) text += ` (${s.tag})`;
    if (s.type === 'list-item')
      text = `${s.listType === 'number' ? 'numbered' : 'bulleted'} ${text}${s.depth ? ` at level ${s.depth + 1}` : ''}`;
    return text;
  };
  return `${name(before)} became ${name(after)}`;
}

/** Where a move went, seen from one of its places: "further down" / "further up". */
export function moveDirection(blocks: BlockChange[], change: BlockChange): 'down' | 'up' {
  const here = blocks.indexOf(change);
  const there = blocks.findIndex((b) => b !== change && b.moveId === change.moveId);
  return there > here ? 'down' : 'up';
}
