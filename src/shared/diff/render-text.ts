/** The redline for a terminal: [-deleted-] [+inserted+], moves and field changes labelled. */
import { describeTypeChange, moveDirection, summarizeDiff } from './summary';
import { photoLabel } from './media';
import type { ArticleDiff, BlockChange, InlineOp } from './types';

export function opsText(ops: InlineOp[]): string {
  let out = '';
  for (const op of ops) {
    if (op.op === 'equal') out += op.text;
    else if (op.op === 'delete') out += `[-${op.text}-]`;
    else out += `[+${op.text}+]`;
  }
  return out;
}

function prefix(change: BlockChange): string {
  const indent = '  '.repeat(change.depth ?? 0);
  switch (change.type) {
    case 'heading':
      return change.tag === 'h3' ? '### ' : change.tag === 'h4' ? '#### ' : '## ';
    case 'quote':
      return '> ';
    case 'list-item':
      return `${indent}${change.listType === 'number' ? '1.' : '-'} `;
    default:
      return '';
  }
}

function body(change: BlockChange): string {
  if (change.type === 'rule') return '---';
  if (change.type === 'photo' || change.type === 'embed') return media(change);
  return change.text;
}

/** "[photo JPEG 1200×800, 3f2a9c1e: caption | credit: … | alt: …]", field edits marked inside. */
function media(change: BlockChange): string {
  const block = change.kind === 'deleted' || change.moveSide === 'from' ? change.old : change.new;
  const fields = (block?.photo ?? block?.embed ?? {}) as unknown as Record<string, string>;
  const value = (name: string) => {
    const field = change.media?.fields.find((f) => f.field === name);
    return field ? opsText(field.ops) : (fields[name] ?? '');
  };
  if (change.type === 'embed') {
    return `[embed ${value('provider') || 'post'}: ${[value('title'), value('url')].filter(Boolean).join(' | ')}]`;
  }
  const image = change.media?.replaced ? `[-${photoLabel(change.old)}-][+${photoLabel(change.new)}+]` : photoLabel(block);
  const parts = [value('caption'), value('credit') && `credit: ${value('credit')}`, value('alt') && `alt: ${value('alt')}`].filter(Boolean);
  return `[photo ${image}${parts.length ? `: ${parts.join(' | ')}` : ''}]`;
}

export function redlineText(diff: ArticleDiff): string {
  const lines: string[] = [summarizeDiff(diff), ''];
  for (const field of diff.fields) {
    const parts: string[] = [];
    if (field.ops) parts.push(opsText(field.ops));
    if (field.added?.length) parts.push(`added: ${field.added.join('; ')}`);
    if (field.removed?.length) parts.push(`removed: ${field.removed.join('; ')}`);
    lines.push(`${field.label}: ${parts.join(' | ')}`);
  }
  if (diff.fields.length) lines.push('', '---', '');
  for (const change of diff.blocks) {
    const head = prefix(change);
    let line: string;
    switch (change.kind) {
      case 'equal':
        line = head + body(change);
        break;
      case 'inserted':
        line = `[+${head}${body(change)}+]`;
        break;
      case 'deleted':
        line = `[-${head}${body(change)}-]`;
        break;
      case 'modified':
        line = head + (change.ops ? opsText(change.ops) : body(change));
        if (change.media?.replaced) line += '  {photo replaced}';
        break;
      case 'moved':
        if (change.moveSide === 'from') {
          line = `[moved ${moveDirection(diff.blocks, change)} ${change.moveId}: ${head}${body(change)}]`;
        } else {
          line = `[moved here from ${moveDirection(diff.blocks, change) === 'down' ? 'below' : 'above'} ${change.moveId}] ${head}${change.ops ? opsText(change.ops) : body(change)}`;
        }
        break;
    }
    lines.push(line);
    const notes: string[] = [];
    if (change.typeChange) notes.push(describeTypeChange(change));
    for (const fc of change.formatChanges ?? []) {
      const url = fc.after.link && fc.after.link !== fc.before.link ? ` (${fc.after.link})` : '';
      notes.push(`"${fc.text}": ${fc.description}${url}`);
    }
    if (change.replaced) notes.push('too many changes to compare word by word: shown as replaced');
    if (notes.length) lines.push(`  {${notes.join('; ')}}`);
    lines.push('');
  }
  return lines.join('\n').replace(/\n+$/, '\n');
}
