/** The redline in one column: deletions and insertions in place, list items gathered into lists. */
import { memo } from 'react';
import { RedlineBlock } from './RedlineBlock';
import type { RedlineRow } from './redline-model';

export const InlineRedline = memo(function InlineRedline({ rows }: { rows: RedlineRow[] }): React.JSX.Element {
  const out: React.JSX.Element[] = [];
  for (let i = 0; i < rows.length;) {
    const row = rows[i]!;
    if (row.collapsed) {
      out.push(<Folded key={row.key} count={row.collapsed} />);
      i++;
      continue;
    }
    if (row.entry.type !== 'list-item') {
      out.push(<RedlineBlock key={row.key} row={row} side="inline" />);
      i++;
      continue;
    }
    const listType = row.entry.listType;
    const items: RedlineRow[] = [];
    while (i < rows.length && rows[i]!.entry.type === 'list-item' && rows[i]!.entry.listType === listType) items.push(rows[i++]!);
    const List = listType === 'number' ? 'ol' : 'ul';
    out.push(
      <List key={`list-${row.key}`}>
        {items.map((item) => (
          <RedlineBlock key={item.key} row={item} side="inline" />
        ))}
      </List>,
    );
  }
  return <div className="redline-body inline-view">{out}</div>;
});

/** Unchanged blocks folded away in the "changes only" view. */
export function Folded({ count }: { count: number }): React.JSX.Element {
  return (
    <p className="folded">
      ⋯ {count} unchanged {count === 1 ? 'paragraph' : 'paragraphs'} ⋯
    </p>
  );
}
