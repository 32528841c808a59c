/**
 * The redline as the page shows it, worked out once from the engine's ArticleDiff: every change
 * numbered in reading order (fields first, then the body; a deletion and the insertion right
 * after it share a number, as in the engine's HTML), each block's pieces for the inline view and
 * for each column of the side-by-side view, and one sentence per change for the status line.
 * Pure data: the React views only draw it.
 */
import {
  MEDIA_FIELD_LABELS,
  type ArticleDiff,
  type BlockChange,
  type FieldChange,
  type InlineOp,
  type MediaFieldName,
  type TextStyle,
} from '../../shared/diff';
import type { Block, TextRun } from '../../shared/article/blocks';
import { blockNoun, describeTypeChange, moveDirection } from '../../shared/diff/summary';
import { describeStyleChange } from '../../shared/diff/styles';

export interface Piece {
  op: 'equal' | 'insert' | 'delete';
  text: string;
  format: number;
  link?: string;
  /** Change number; absent on unchanged text. */
  change?: number;
  /** Unchanged words whose formatting changed: how they looked before, in words and as a style. */
  formatChange?: { description: string; before: TextStyle };
}

export interface RedlineRow {
  key: string;
  entry: BlockChange;
  /** "paragraph", "subhead", "list item"… */
  noun: string;
  /** Change number of the whole block: inserted, deleted, or one place of a move. */
  change?: number;
  /** "paragraph became subhead (h2)", with its own change number. */
  typeChange?: { text: string; change: number };
  /** For moves: which way the other place is. */
  direction?: 'up' | 'down';
  /** The block as the inline redline shows it (deletions and insertions together). */
  pieces: Piece[];
  /** Left column of the side-by-side view (null: the block was not there). */
  oldPieces: Piece[] | null;
  /** Right column (null: the block is gone). */
  newPieces: Piece[] | null;
  /** "Changes only": this row stands for so many unchanged blocks, folded away. */
  collapsed?: number;
  /** A photo or an embed: its image and its words, each field as pieces like a block's. */
  media?: MediaRow;
}

export interface MediaFieldRow {
  field: MediaFieldName;
  /** "Caption", "Credit", "Alt text", "Address"… */
  label: string;
  pieces: Piece[];
  oldPieces: Piece[];
  newPieces: Piece[];
  changed: boolean;
}

export interface MediaRow {
  /** Change number of a replaced image (another photo under the same block). */
  replaced?: number;
  fields: MediaFieldRow[];
}

export interface FieldRow {
  field: FieldChange;
  pieces: Piece[];
  /** Set for a list field whose items only changed order. */
  reordered?: number;
}

export interface ChangeInfo {
  number: number;
  /** For the status line and screen readers: "Replaced “seven” with “six”". */
  what: string;
}

export interface RedlineModel {
  fields: FieldRow[];
  rows: RedlineRow[];
  changes: ChangeInfo[];
}

const EXCERPT = 40;

export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1).trimEnd()}…` : flat;
}

const capital = (text: string) => (text ? text[0]!.toUpperCase() + text.slice(1) : text);

function runsToPieces(runs: TextRun[] | undefined): Piece[] {
  return (runs ?? []).map((r) =>
    r.link ? { op: 'equal', text: r.text, format: r.format, link: r.link } : { op: 'equal', text: r.text, format: r.format },
  );
}

class Numberer {
  readonly changes: ChangeInfo[] = [];

  next(what: string): number {
    const number = this.changes.length + 1;
    this.changes.push({ number, what });
    return number;
  }

  /** Describe a del/ins group once it is complete. */
  describe(number: number, what: string): void {
    const info = this.changes[number - 1];
    if (info) info.what = what;
  }

  /** Inline ops to pieces, numbering each del/ins group and each format change. */
  ops(ops: InlineOp[], where: string): Piece[] {
    const pieces: Piece[] = [];
    let open = 0;
    let deleted = '';
    let inserted = '';
    const close = () => {
      if (!open) return;
      const what =
        deleted && inserted
          ? `Replaced “${excerpt(deleted)}” with “${excerpt(inserted)}”`
          : deleted
            ? `Deleted “${excerpt(deleted)}”`
            : `Inserted “${excerpt(inserted)}”`;
      this.describe(open, where ? `${what} ${where}` : what);
      open = 0;
      deleted = inserted = '';
    };
    for (const op of ops) {
      const base: Piece = { op: op.op, text: op.text, format: op.format ?? 0 };
      if (op.link) base.link = op.link;
      if (op.op === 'equal') {
        close();
        if (op.previous) {
          const description = describeStyleChange(op.previous, { format: op.format ?? 0, link: op.link });
          base.change = this.next(`${capital(description)}: “${excerpt(op.text)}”${where ? ` ${where}` : ''}`);
          base.formatChange = { description, before: op.previous };
        }
        pieces.push(base);
        continue;
      }
      if (!open) open = this.next('');
      if (op.op === 'insert') inserted += op.text;
      else deleted += op.text;
      base.change = open;
      pieces.push(base);
    }
    close();
    return pieces;
  }
}

function fieldRow(numberer: Numberer, field: FieldChange): FieldRow {
  const where = `in the ${field.label.toLowerCase()}`;
  if (field.ops) return { field, pieces: numberer.ops(field.ops, where) };
  const parts: string[] = [];
  if (field.added?.length) parts.push(`added ${field.added.join(', ')}`);
  if (field.removed?.length) parts.push(`removed ${field.removed.join(', ')}`);
  const number = numberer.next(`${field.label}: ${parts.length ? parts.join('; ') : 'order changed'}`);
  const pieces: Piece[] = [];
  if (field.removed?.length) pieces.push({ op: 'delete', text: field.removed.join(', '), format: 0, change: number });
  if (field.added?.length) pieces.push({ op: 'insert', text: field.added.join(', '), format: 0, change: number });
  return pieces.length ? { field, pieces } : { field, pieces: [{ op: 'equal', text: field.after, format: 0 }], reordered: number };
}

/** The left column keeps what was there: deletions, and unchanged words in their old style. */
function oldSide(pieces: Piece[]): Piece[] {
  return pieces
    .filter((p) => p.op !== 'insert')
    .map((p) => {
      if (!p.formatChange) return p;
      const before: Piece = { ...p, format: p.formatChange.before.format };
      if (p.formatChange.before.link) before.link = p.formatChange.before.link;
      else delete before.link;
      return before;
    });
}

const newSide = (pieces: Piece[]): Piece[] => pieces.filter((p) => p.op !== 'delete');

const MEDIA_FIELDS: Record<'photo' | 'embed', MediaFieldName[]> = {
  photo: ['caption', 'credit', 'alt'],
  embed: ['provider', 'title', 'url'],
};

function mediaValue(block: Block | undefined, field: MediaFieldName): string {
  const fields = (block?.photo ?? block?.embed) as unknown as Record<string, unknown> | undefined;
  const value = fields?.[field];
  return typeof value === 'string' ? value : '';
}

/** What a photo or an embed is called in the status line: its caption, else its title or address. */
function mediaText(entry: BlockChange): string {
  const block = entry.new ?? entry.old;
  return block?.photo?.caption || block?.photo?.alt || block?.embed?.title || block?.embed?.url || '';
}

/** A photo or an embed: the whole block numbered as a text block is, then its image and each changed field. */
function mediaRow(numberer: Numberer, blocks: BlockChange[], entry: BlockChange, index: number): RedlineRow {
  const noun = blockNoun(entry);
  const row: RedlineRow = { key: `${index}-${entry.kind}-${entry.id}`, entry, noun, pieces: [], oldPieces: [], newPieces: [] };
  const shown = entry.kind === 'deleted' || entry.moveSide === 'from' ? entry.old : entry.new;
  const about = excerpt(mediaText(entry));
  const quoted = about ? `: “${about}”` : '';
  switch (entry.kind) {
    case 'inserted':
      row.change = numberer.next(`Inserted ${noun}${quoted}`);
      row.oldPieces = null;
      break;
    case 'deleted':
      row.change = numberer.next(`Deleted ${noun}${quoted}`);
      row.newPieces = null;
      break;
    case 'moved': {
      const from = entry.moveSide === 'from';
      row.direction = moveDirection(blocks, entry);
      row.change = numberer.next(
        from
          ? `${capital(noun)} moved further ${row.direction} (its old place)${quoted}`
          : `${capital(noun)} moved here from further ${row.direction === 'down' ? 'down' : 'up'}${quoted}`,
      );
      if (from) row.newPieces = null;
      else row.oldPieces = null;
      break;
    }
    default:
      break;
  }
  const media: MediaRow = { fields: [] };
  if (entry.media?.replaced) media.replaced = numberer.next(`Replaced the photo${quoted}`);
  for (const field of MEDIA_FIELDS[entry.type === 'embed' ? 'embed' : 'photo']) {
    const label = MEDIA_FIELD_LABELS[field];
    const change = entry.moveSide === 'from' ? undefined : entry.media?.fields.find((f) => f.field === field);
    if (change) {
      const pieces = numberer.ops(change.ops, `in the ${noun} ${label.toLowerCase()}`);
      media.fields.push({ field, label, pieces, oldPieces: oldSide(pieces), newPieces: newSide(pieces), changed: true });
    } else {
      const pieces: Piece[] = [{ op: 'equal', text: mediaValue(shown, field), format: 0 }];
      const before: Piece[] = entry.old ? [{ op: 'equal', text: mediaValue(entry.old, field), format: 0 }] : pieces;
      media.fields.push({ field, label, pieces, oldPieces: before, newPieces: pieces, changed: false });
    }
  }
  row.media = media;
  return row;
}

function blockRow(numberer: Numberer, blocks: BlockChange[], entry: BlockChange, index: number): RedlineRow {
  if (entry.type === 'photo' || entry.type === 'embed') return mediaRow(numberer, blocks, entry, index);
  const noun = blockNoun(entry);
  const row: RedlineRow = { key: `${index}-${entry.kind}-${entry.id}`, entry, noun, pieces: [], oldPieces: null, newPieces: null };
  switch (entry.kind) {
    case 'equal':
      row.pieces = runsToPieces(entry.new?.runs ?? entry.old?.runs);
      row.oldPieces = runsToPieces(entry.old?.runs ?? entry.new?.runs);
      row.newPieces = row.pieces;
      break;
    case 'inserted':
      row.change = numberer.next(`Inserted ${noun}: “${excerpt(entry.text)}”`);
      row.pieces = runsToPieces(entry.new?.runs);
      row.newPieces = row.pieces;
      break;
    case 'deleted':
      row.change = numberer.next(`Deleted ${noun}: “${excerpt(entry.text)}”`);
      row.pieces = runsToPieces(entry.old?.runs);
      row.oldPieces = row.pieces;
      break;
    case 'modified': {
      if (entry.typeChange) {
        const text = describeTypeChange(entry);
        row.typeChange = { text, change: numberer.next(capital(text)) };
      }
      if (entry.ops) {
        row.pieces = numberer.ops(entry.ops, '');
        row.oldPieces = oldSide(row.pieces);
        row.newPieces = newSide(row.pieces);
      } else {
        row.pieces = runsToPieces(entry.new?.runs);
        row.oldPieces = runsToPieces(entry.old?.runs);
        row.newPieces = row.pieces;
      }
      break;
    }
    case 'moved': {
      const from = entry.moveSide === 'from';
      row.direction = moveDirection(blocks, entry);
      row.change = numberer.next(
        from
          ? `${capital(noun)} moved further ${row.direction} (its old place): “${excerpt(entry.text)}”`
          : `${capital(noun)} moved here from further ${row.direction === 'down' ? 'down' : 'up'}: “${excerpt(entry.text)}”`,
      );
      if (from) {
        row.pieces = runsToPieces(entry.old?.runs);
        row.oldPieces = row.pieces;
      } else {
        if (entry.typeChange) {
          const text = describeTypeChange(entry);
          row.typeChange = { text, change: numberer.next(capital(text)) };
        }
        row.pieces = entry.ops ? numberer.ops(entry.ops, 'in the moved ' + noun) : runsToPieces(entry.new?.runs);
        // The new place shows the whole redline of a moved and edited block: its old text has no row of its own.
        row.newPieces = row.pieces;
      }
      break;
    }
  }
  return row;
}

export function buildRedlineModel(diff: ArticleDiff): RedlineModel {
  const numberer = new Numberer();
  const fields = diff.fields.map((f) => fieldRow(numberer, f));
  const rows = diff.blocks.map((entry, i) => blockRow(numberer, diff.blocks, entry, i));
  return { fields, rows, changes: numberer.changes };
}

/** Anchor id of one place of a move, and of the other place it links to. */
export function moveAnchor(moveId: string, side: 'from' | 'to'): string {
  return `redline-${moveId}-${side}`;
}

/**
 * The "changes only" view of a long article: every changed block with `context` unchanged
 * blocks either side; each longer run of unchanged blocks folds into one row that says how many.
 */
export function changesOnly(rows: RedlineRow[], context = 1): RedlineRow[] {
  const changed = rows.map((row) => row.entry.kind !== 'equal');
  const out: RedlineRow[] = [];
  let hidden: RedlineRow[] = [];
  const fold = () => {
    if (hidden.length === 0) return;
    const first = hidden[0]!;
    out.push({
      key: `folded-${first.key}`,
      entry: { ...first.entry, type: 'paragraph' },
      noun: 'paragraph',
      pieces: [],
      oldPieces: [],
      newPieces: [],
      collapsed: hidden.length,
    });
    hidden = [];
  };
  rows.forEach((row, i) => {
    const near = changed.slice(Math.max(0, i - context), i + context + 1).some(Boolean);
    if (near) {
      fold();
      out.push(row);
    } else hidden.push(row);
  });
  fold();
  return out;
}
