/**
 * The small pieces both redline views are drawn with, all plain React (no HTML strings from the
 * engine): formatted text, links only when vetted, <ins>/<del> with words for screen readers,
 * and the numbered marks the change navigator steps through.
 */
import { createContext, createElement, Fragment, useContext, type ReactNode } from 'react';
import { FORMAT_TAGS } from '../../shared/article/blocks';
import { isSafeLinkUrl } from '../../shared/security/trusted-url';
import type { Piece } from './redline-model';

/** The change the navigator is on (0: none); marks carrying that number are highlighted. */
export const CurrentChange = createContext(0);

const TAGS = FORMAT_TAGS;

/** Spoken, never seen: "inserted: … end inserted". */
export function Said({ children }: { children: ReactNode }): React.JSX.Element {
  return <span className="visually-hidden">{children}</span>;
}

function withBreaks(text: string): ReactNode {
  if (!text.includes('\n')) return text;
  const parts = text.split('\n');
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <br />}
      {part}
    </Fragment>
  ));
}

export function Styled({ text, format, link }: { text: string; format: number; link?: string }): React.JSX.Element {
  let node: ReactNode = withBreaks(text);
  for (const [bit, tag] of TAGS) if (format & bit) node = createElement(tag, null, node);
  if (link) {
    node = isSafeLinkUrl(link) ? (
      <a href={link.trim()} target="_blank" rel="noreferrer noopener" title={link}>
        {node}
      </a>
    ) : (
      <span className="link-withheld" title="A link whose address Copydesk does not open">
        {node}
      </span>
    );
  }
  return <>{node}</>;
}

interface MarkProps {
  n: number;
  tag: string;
  className?: string;
  title?: string;
  id?: string;
  children?: ReactNode;
}

/** An element that is one numbered change: highlighted while the navigator is on it. */
export function Mark({ n, tag, className, title, id, children }: MarkProps): React.JSX.Element {
  const current = useContext(CurrentChange) === n;
  const classes = [className, current ? 'current' : ''].filter(Boolean).join(' ') || undefined;
  return createElement(tag, { 'data-change': n, className: classes, title, id, tabIndex: id ? -1 : undefined }, children);
}

export function PieceView({ piece }: { piece: Piece }): React.JSX.Element {
  const text = <Styled text={piece.text} format={piece.format} link={piece.link} />;
  if (piece.change === undefined) return text;
  if (piece.formatChange) {
    return (
      <Mark n={piece.change} tag="span" className="fmt" title={piece.formatChange.description}>
        {text}
        <Said> ({piece.formatChange.description})</Said>
      </Mark>
    );
  }
  const inserted = piece.op === 'insert';
  return (
    <Mark n={piece.change} tag={inserted ? 'ins' : 'del'}>
      <Said>{inserted ? 'inserted: ' : 'deleted: '}</Said>
      {text}
      <Said>{inserted ? ' end inserted ' : ' end deleted '}</Said>
    </Mark>
  );
}

export function Pieces({ pieces }: { pieces: Piece[] }): React.JSX.Element {
  if (pieces.length === 0 || pieces.every((p) => p.text === '')) return <Said>(empty)</Said>;
  return (
    <>
      {pieces.map((piece, i) => (
        <PieceView key={i} piece={piece} />
      ))}
    </>
  );
}
