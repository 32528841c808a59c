/**
 * Changed fields (src/shared/diff/README.md, step 6): headline, deck, bylines, dateline, section, tags, status,
 * notes, slug. Text fields get a word-level diff like a small block; list fields also say which
 * items came and went. Fields never appear as body blocks.
 */
import type { ArticleContent, ArticleNote, Byline } from '../article/article';
import type { Block } from '../article/blocks';
import { Budget } from './budget';
import { diffInline } from './inline';
import type { Tokenizer } from './tokens';
import type { FieldChange, FieldName, InlineOp } from './types';

const LABELS: Record<FieldName, string> = {
  headline: 'Headline',
  deck: 'Deck',
  bylines: 'Bylines',
  dateline: 'Dateline',
  section: 'Section',
  slug: 'Slug',
  tags: 'Tags',
  status: 'Status',
  notes: 'Notes',
};

export function bylineText(byline: Byline): string {
  return byline.email ? `${byline.name} <${byline.email}>` : byline.name;
}

export function noteText(note: ArticleNote): string {
  const kind = note.kind === 'correction' ? 'Correction' : 'Update';
  return `${kind}, ${note.date.slice(0, 10)}: ${note.text}`;
}

/** Word-level ops between two plain strings. */
export function diffPlainText(before: string, after: string, tokenizer: Tokenizer): InlineOp[] {
  const a: Block = { id: '', type: 'paragraph', runs: before ? [{ text: before, format: 0 }] : [] };
  const b: Block = { id: '', type: 'paragraph', runs: after ? [{ text: after, format: 0 }] : [] };
  // Fields are short; a small budget of their own keeps them out of the body's.
  const budget = new Budget(1_000_000, 1_000_000);
  return diffInline(a, b, tokenizer, budget).ops;
}

function comingAndGoing(before: string[], after: string[]): { added: string[]; removed: string[] } {
  const left = new Map<string, number>();
  for (const item of before) left.set(item, (left.get(item) ?? 0) + 1);
  const added: string[] = [];
  for (const item of after) {
    const count = left.get(item) ?? 0;
    if (count > 0) left.set(item, count - 1);
    else added.push(item);
  }
  const removed: string[] = [];
  for (const [item, count] of left) for (let i = 0; i < count; i++) removed.push(item);
  return { added, removed };
}

export function compareFields(older: ArticleContent, newer: ArticleContent, tokenizer: Tokenizer): FieldChange[] {
  const fields: FieldChange[] = [];
  const text = (field: FieldName, before: string, after: string) => {
    if (before === after) return;
    fields.push({ field, label: LABELS[field], before, after, ops: diffPlainText(before, after, tokenizer) });
  };
  const list = (field: FieldName, before: string[], after: string[], separator: string, withOps: boolean) => {
    if (before.length === after.length && before.every((item, i) => item === after[i])) return;
    const change: FieldChange = { field, label: LABELS[field], before: before.join(separator), after: after.join(separator) };
    if (withOps) change.ops = diffPlainText(change.before, change.after, tokenizer);
    const { added, removed } = comingAndGoing(before, after);
    change.added = added;
    change.removed = removed;
    fields.push(change);
  };
  text('headline', older.headline, newer.headline);
  text('deck', older.deck, newer.deck);
  list('bylines', older.bylines.map(bylineText), newer.bylines.map(bylineText), ', ', false);
  text('dateline', older.dateline, newer.dateline);
  text('section', older.section, newer.section);
  list('tags', older.tags, newer.tags, ', ', false);
  text('status', older.status, newer.status);
  list('notes', older.notes.map(noteText), newer.notes.map(noteText), '\n', true);
  text('slug', older.slug, newer.slug);
  return fields;
}
