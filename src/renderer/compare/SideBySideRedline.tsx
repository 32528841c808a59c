/**
 * Old on the left, new on the right, one row per block so a paragraph faces its other version;
 * a gap stands where a block was not. Each column scrolls, and scrolling one scrolls the other:
 * rows are made the same height on both sides, so the same scroll offset shows the same rows.
 */
import { memo, useLayoutEffect, useRef } from 'react';
import { RedlineBlock, type Side } from './RedlineBlock';
import type { RedlineRow } from './redline-model';
import { Folded } from './InlineRedline';

interface Props {
  rows: RedlineRow[];
  fromTitle: string;
  toTitle: string;
}

/** Each cell's content: a list item wrapped in its own list, numbered as it stands on that side. */
function cells(rows: RedlineRow[], side: Exclude<Side, 'inline'>): React.JSX.Element[] {
  const counters = new Map<string, number>();
  return rows.map((row) => {
    if (row.collapsed)
      return (
        <div key={row.key} className="sbs-cell">
          <Folded count={row.collapsed} />
        </div>
      );
    const block = <RedlineBlock row={row} side={side} />;
    const present = side === 'old' ? row.oldPieces !== null : row.newPieces !== null;
    if (!present) return <div key={row.key} className="sbs-cell gap" aria-hidden="true" />;
    if (row.entry.type !== 'list-item')
      return (
        <div key={row.key} className="sbs-cell">
          {block}
        </div>
      );
    const listKey = row.entry.listId ?? 'list';
    const value = (counters.get(listKey) ?? 0) + 1;
    counters.set(listKey, value);
    return (
      <div key={row.key} className="sbs-cell">
        {row.entry.listType === 'number' ? <ol start={value}>{block}</ol> : <ul>{block}</ul>}
      </div>
    );
  });
}

/** Row i gets the taller of its two cells' heights on both sides. */
function equalizeRows(left: HTMLElement, right: HTMLElement): void {
  const a = Array.from(left.children) as HTMLElement[];
  const b = Array.from(right.children) as HTMLElement[];
  for (const cell of [...a, ...b]) cell.style.minHeight = '';
  const heights = a.map((cell, i) => Math.max(cell.getBoundingClientRect().height, b[i]?.getBoundingClientRect().height ?? 0));
  heights.forEach((h, i) => {
    const px = `${Math.ceil(h)}px`;
    a[i]!.style.minHeight = px;
    if (b[i]) b[i].style.minHeight = px;
  });
}

export const SideBySideRedline = memo(function SideBySideRedline({ rows, fromTitle, toTitle }: Props): React.JSX.Element {
  const leftPane = useRef<HTMLDivElement>(null);
  const rightPane = useRef<HTMLDivElement>(null);
  const leftRows = useRef<HTMLDivElement>(null);
  const rightRows = useRef<HTMLDivElement>(null);
  // The pane whose scroll we set ourselves: its echoing scroll event is not passed back.
  const echo = useRef<HTMLElement | null>(null);

  useLayoutEffect(() => {
    const left = leftRows.current;
    const right = rightRows.current;
    if (!left || !right) return;
    equalizeRows(left, right);
    // Widths change with the window and fonts arrive late: measure again whenever either column resizes.
    const observer = new ResizeObserver(() => equalizeRows(left, right));
    observer.observe(left);
    observer.observe(right);
    return () => observer.disconnect();
  }, [rows]);

  const follow = (source: HTMLElement | null, target: HTMLElement | null) => {
    if (!source || !target) return;
    if (echo.current === source) {
      echo.current = null;
      return;
    }
    if (Math.abs(target.scrollTop - source.scrollTop) < 1) return;
    const before = target.scrollTop;
    target.scrollTop = source.scrollTop;
    // Only a scroll that happened sends an event back (a column already at its end does not move).
    if (target.scrollTop !== before) echo.current = target;
  };

  return (
    <div className="side-by-side">
      <div className="sbs-heads" aria-hidden="true">
        <div className="sbs-head old">{fromTitle}</div>
        <div className="sbs-head new">{toTitle}</div>
      </div>
      <div className="sbs-panes">
        <div
          className="sbs-pane old"
          ref={leftPane}
          role="group"
          aria-label={`Older: ${fromTitle}`}
          tabIndex={0}
          data-testid="redline-old"
          onScroll={() => follow(leftPane.current, rightPane.current)}
        >
          <div className="sbs-rows redline-body" ref={leftRows}>
            {cells(rows, 'old')}
          </div>
        </div>
        <div
          className="sbs-pane new"
          ref={rightPane}
          role="group"
          aria-label={`Newer: ${toTitle}`}
          tabIndex={0}
          data-testid="redline-new"
          onScroll={() => follow(rightPane.current, leftPane.current)}
        >
          <div className="sbs-rows redline-body" ref={rightRows}>
            {cells(rows, 'new')}
          </div>
        </div>
      </div>
    </div>
  );
});
