/**
 * One block of the redline, drawn for the inline view or for one column of the side-by-side
 * view. Whole-block changes say so in words as well as by line style: "inserted paragraph: …
 * end inserted", "paragraph moved from here to further down: …".
 */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { BlockShape } from '../../shared/diff';
import { Mark, Pieces, Said } from './RedlineMarks';
import { MediaContent } from './RedlineMedia';
import { moveAnchor, type RedlineRow } from './redline-model';

export type Side = 'inline' | 'old' | 'new';

/** Go to a change by number: highlight it, and scroll it into view when asked. */
export const SelectChange = createContext<(n: number, scroll: boolean) => void>(() => undefined);

export function blockTag(shape: BlockShape): string {
  switch (shape.type) {
    case 'heading':
      return shape.tag ?? 'h2';
    case 'quote':
      return 'blockquote';
    case 'list-item':
      return 'li';
    case 'rule':
      return 'hr';
    case 'photo':
    case 'embed':
      return 'figure';
    default:
      return 'p';
  }
}

function depthClass(shape: BlockShape): string {
  if (shape.type === 'photo' || shape.type === 'embed') return `redline-media ${shape.type}`;
  return shape.type === 'list-item' && shape.depth ? `depth-${Math.min(shape.depth, 6)}` : '';
}

/** "Moved down ↓" at the old place, "Moved here from above ↑" at the new one, linked both ways. */
function MoveLink({ row }: { row: RedlineRow }): React.JSX.Element {
  const select = useContext(SelectChange);
  const from = row.entry.moveSide === 'from';
  const other = moveAnchor(row.entry.moveId ?? '', from ? 'to' : 'from');
  const label = from
    ? `Moved ${row.direction === 'down' ? 'down ↓' : 'up ↑'}`
    : `Moved here from ${row.direction === 'down' ? 'below ↓' : 'above ↑'}`;
  return (
    <a
      className="move-link"
      href={`#${other}`}
      title={from ? 'Go to the new place' : 'Go to the old place'}
      onClick={(e) => {
        // The page routes by the hash: follow the anchor by hand instead of changing it.
        e.preventDefault();
        e.stopPropagation();
        const target = document.getElementById(other);
        if (!target) return;
        select(Number(target.dataset.change), true);
        target.focus({ preventScroll: true });
      }}
    >
      {label}
    </a>
  );
}

/** Wraps a block's content in its element; a rule has no text, so a labelled box carries it. */
function element(tag: string, props: Record<string, unknown>, children: ReactNode): React.JSX.Element {
  if (tag === 'hr')
    return createElement('div', { ...props, className: ['rule-box', props.className].filter(Boolean).join(' ') }, children, <hr />);
  return createElement(tag, props, children);
}

function markedElement(n: number, tag: string, className: string, id: string | undefined, children: ReactNode): React.JSX.Element {
  if (tag === 'hr') {
    return (
      <Mark n={n} tag="div" className={`rule-box ${className}`} id={id}>
        {children}
        <hr />
      </Mark>
    );
  }
  return (
    <Mark n={n} tag={tag} className={className} id={id}>
      {children}
    </Mark>
  );
}

function TypeChange({ row }: { row: RedlineRow }): React.JSX.Element | null {
  if (!row.typeChange) return null;
  return (
    <Mark n={row.typeChange.change} tag="span" className="type-change">
      {row.typeChange.text}
    </Mark>
  );
}

/** The block on one side, or null when it has no place there (a gap in the column). */
export function RedlineBlock({ row, side }: { row: RedlineRow; side: Side }): React.JSX.Element | null {
  const { entry, noun } = row;
  const shape: BlockShape = side === 'old' && entry.typeChange ? entry.typeChange.before : entry;
  const tag = blockTag(shape);
  const depth = depthClass(shape);
  const cls = (...names: string[]) => [depth, ...names].filter(Boolean).join(' ');
  // A photo or an embed draws its image and fields; a rule has no text; other blocks their pieces.
  const body = (pieces: Parameters<typeof Pieces>[0]['pieces'] | null) =>
    row.media ? <MediaContent row={row} side={side} /> : tag === 'hr' ? null : <Pieces pieces={pieces ?? []} />;
  // Whole-block marks: text is struck or underlined; a figure says it in words and by its margin rule.
  const whole = (Tag: 'ins' | 'del', children: React.ReactNode) =>
    row.media ? <div className={`media-${Tag}`}>{children}</div> : <Tag>{children}</Tag>;

  switch (entry.kind) {
    case 'equal': {
      const pieces = side === 'old' ? row.oldPieces : row.newPieces;
      return element(tag, { className: cls() || undefined }, body(pieces));
    }
    case 'inserted':
      if (side === 'old') return null;
      return markedElement(
        row.change!,
        tag,
        cls('change-inserted'),
        undefined,
        whole(
          'ins',
          <>
            <Said>inserted {noun}: </Said>
            {body(row.pieces)}
            <Said> end inserted {noun}</Said>
          </>,
        ),
      );
    case 'deleted':
      if (side === 'new') return null;
      return markedElement(
        row.change!,
        tag,
        cls('change-deleted'),
        undefined,
        whole(
          'del',
          <>
            <Said>deleted {noun}: </Said>
            {body(row.pieces)}
            <Said> end deleted {noun}</Said>
          </>,
        ),
      );
    case 'modified': {
      const pieces = side === 'inline' ? row.pieces : side === 'old' ? row.oldPieces : row.newPieces;
      return element(
        tag,
        { className: cls('change-modified', entry.replaced ? 'replaced' : '') },
        <>
          {side !== 'old' && <TypeChange row={row} />}
          {entry.replaced && side !== 'old' && (
            <span className="replaced-note">Too many changes to compare word by word: shown as replaced.</span>
          )}
          {body(pieces)}
        </>,
      );
    }
    case 'moved': {
      const from = entry.moveSide === 'from';
      if ((from && side === 'new') || (!from && side === 'old')) return null;
      const spoken = from
        ? `${noun} moved from here to further ${row.direction}: `
        : `${noun} moved from further ${row.direction === 'down' ? 'down' : 'up'}: `;
      return markedElement(
        row.change!,
        tag,
        cls(from ? 'change-moved-from' : 'change-moved-to'),
        moveAnchor(entry.moveId ?? '', from ? 'from' : 'to'),
        <>
          <MoveLink row={row} />
          <Said>{spoken}</Said>
          {!from && <TypeChange row={row} />}
          {body(row.pieces)}
          <Said> end moved {noun}</Said>
        </>,
      );
    }
  }
}
