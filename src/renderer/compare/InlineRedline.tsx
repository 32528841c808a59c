/** The redline in one column: deletions and insertions in place, list items gathered into lists. */
import { memo } from 'react';
import { RedlineBlock } from './RedlineBlock';
import type { RedlineRow } from './redline-model';

export const InlineRedline = memo(function InlineRedline({ rows }: { rows: RedlineRow[] }): React.JSX.Element {
  const out: React.JSX.Element[] = [];
  for (let i = 0; i < rows.length; ) {
    const row = rows[i]!;
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
