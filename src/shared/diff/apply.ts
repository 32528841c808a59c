/**
 * Replays a redline on the older blocks to get the newer ones: the check that a diff says
 * everything (the property tests run it on random articles), and the way to restore a version
 * from its predecessor and a stored diff.
 */
import { blockText, normalizeRuns, type Block, type TextRun } from '../article/blocks';
import type { ArticleDiff, BlockChange } from './types';

export class DiffMismatchError extends Error {
  constructor(detail: string) {
    super(`This redline does not fit these blocks: ${detail}`);
    this.name = 'DiffMismatchError';
  }
}

export function applyDiff(older: Block[], diff: ArticleDiff): Block[] {
  const out: Block[] = [];
  for (const change of diff.blocks) {
    if (change.kind === 'deleted' || (change.kind === 'moved' && change.moveSide === 'from')) continue;
    if (change.kind === 'inserted') {
      if (!change.new) throw new DiffMismatchError(`inserted block ${change.id} has no content`);
      out.push(withShape(change, change.new.runs.map((r) => ({ ...r }))));
      continue;
    }
    const source = change.oldIndex === undefined ? undefined : older[change.oldIndex];
    if (!source) throw new DiffMismatchError(`block ${change.id} points at an older block that is not there`);
    if (!change.ops) {
      out.push(withShape(change, normalizeRuns(source.runs.map((r) => ({ ...r })))));
      continue;
    }
    let oldText = '';
    const runs: TextRun[] = [];
    for (const op of change.ops) {
      if (op.op !== 'insert') oldText += op.text;
      if (op.op !== 'delete') runs.push(op.link ? { text: op.text, format: op.format ?? 0, link: op.link } : { text: op.text, format: op.format ?? 0 });
    }
    if (oldText !== blockText(source)) throw new DiffMismatchError(`the older text of block ${change.id} differs`);
    out.push(withShape(change, normalizeRuns(runs)));
  }
  return out;
}

function withShape(change: BlockChange, runs: TextRun[]): Block {
  const block: Block = { id: change.id, type: change.type, runs };
  if (change.tag) block.tag = change.tag;
  if (change.listType) block.listType = change.listType;
  if (change.depth !== undefined) block.depth = change.depth;
  if (change.listId) block.listId = change.listId;
  return block;
}
