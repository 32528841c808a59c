/**
 * Replays a redline on the older blocks to get the newer ones: the check that a diff says
 * everything (the property tests run it on random articles), and the way to restore a version
 * from its predecessor and a stored diff.
 */
import { blockText, normalizeRuns, type Block, type TextRun } from '../article/blocks';
import { isMedia } from './media';
import type { ArticleDiff, BlockChange, InlineOp } from './types';

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
      out.push(
        withMedia(
          withShape(
            change,
            change.new.runs.map((r) => ({ ...r })),
          ),
          change.new,
        ),
      );
      continue;
    }
    const source = change.oldIndex === undefined ? undefined : older[change.oldIndex];
    if (!source) throw new DiffMismatchError(`block ${change.id} points at an older block that is not there`);
    if (isMedia(change)) {
      out.push(replayMedia(change, source));
      continue;
    }
    if (!change.ops) {
      out.push(withShape(change, normalizeRuns(source.runs.map((r) => ({ ...r })))));
      continue;
    }
    let oldText = '';
    const runs: TextRun[] = [];
    for (const op of change.ops) {
      if (op.op !== 'insert') oldText += op.text;
      if (op.op !== 'delete')
        runs.push(op.link ? { text: op.text, format: op.format ?? 0, link: op.link } : { text: op.text, format: op.format ?? 0 });
    }
    if (oldText !== blockText(source)) throw new DiffMismatchError(`the older text of block ${change.id} differs`);
    out.push(withShape(change, normalizeRuns(runs)));
  }
  return out;
}

function withMedia(block: Block, from: Block): Block {
  if (from.photo) block.photo = { ...from.photo };
  if (from.embed) block.embed = { ...from.embed };
  return block;
}

function textOf(ops: InlineOp[], side: 'older' | 'newer'): string {
  return ops
    .filter((op) => op.op !== (side === 'older' ? 'insert' : 'delete'))
    .map((op) => op.text)
    .join('');
}

/** A photo or embed rebuilt from the older one and its field edits; a replaced image comes from the new block. */
function replayMedia(change: BlockChange, source: Block): Block {
  if (source.type !== change.type) throw new DiffMismatchError(`block ${change.id} was a ${source.type}, not a ${change.type}`);
  const block = withMedia(withShape(change, []), source);
  const fields = (block.photo ?? block.embed) as unknown as Record<string, string>;
  for (const field of change.media?.fields ?? []) {
    if (fields[field.field] !== textOf(field.ops, 'older'))
      throw new DiffMismatchError(`the older ${field.label.toLowerCase()} of block ${change.id} differs`);
    fields[field.field] = textOf(field.ops, 'newer');
  }
  if (change.media?.replaced) {
    const image = change.new?.photo;
    if (!image || !block.photo) throw new DiffMismatchError(`replaced photo ${change.id} has no new image`);
    Object.assign(block.photo, { hash: image.hash, mime: image.mime, width: image.width, height: image.height });
  }
  return block;
}

function withShape(change: BlockChange, runs: TextRun[]): Block {
  const block: Block = { id: change.id, type: change.type, runs };
  if (change.tag) block.tag = change.tag;
  if (change.listType) block.listType = change.listType;
  if (change.depth !== undefined) block.depth = change.depth;
  if (change.listId) block.listId = change.listId;
  return block;
}
