/**
 * A read-only article as readers would see it: fields, body and notes, rendered from blocks
 * with React (no HTML strings), links only when vetted.
 */
import { Fragment, type ReactNode } from 'react';
import type { ArticleContent } from '../../shared/article/article';
import { bodyToBlocks, FORMAT, type Block, type TextRun } from '../../shared/article/blocks';
import { isSafeLinkUrl } from '../../shared/security/trusted-url';
import { NotesList } from '../article/NotesList';
import { PhotoImage } from '../editor/media/PhotoImage';
import { EmbedCard } from '../editor/media/EmbedCard';
import '../editor/editor.css';

export function Runs({ runs }: { runs: TextRun[] }): React.JSX.Element {
  return (
    <>
      {runs.map((run, i) => {
        if (run.text === '\n') return <br key={i} />;
        let node: ReactNode = run.text;
        if (run.format & FORMAT.bold) node = <strong>{node}</strong>;
        if (run.format & FORMAT.italic) node = <em>{node}</em>;
        if (run.format & FORMAT.underline) node = <u>{node}</u>;
        if (run.format & FORMAT.strikethrough) node = <s>{node}</s>;
        if (run.link && isSafeLinkUrl(run.link))
          node = (
            <a href={run.link} target="_blank" rel="noreferrer noopener">
              {node}
            </a>
          );
        return <Fragment key={i}>{node}</Fragment>;
      })}
    </>
  );
}

export function BlockView({ block }: { block: Block }): React.JSX.Element {
  const runs = <Runs runs={block.runs} />;
  switch (block.type) {
    case 'heading':
      return block.tag === 'h3' ? <h3>{runs}</h3> : <h2>{runs}</h2>;
    case 'quote':
      return <blockquote>{runs}</blockquote>;
    case 'rule':
      return <hr />;
    case 'photo':
      return block.photo ? (
        <figure className="preview-photo">
          <PhotoImage fields={block.photo} />
          {(block.photo.caption || block.photo.credit) && (
            <figcaption>
              {block.photo.caption}
              {block.photo.credit && <span className="photo-credit-line">{block.photo.credit}</span>}
            </figcaption>
          )}
        </figure>
      ) : (
        <></>
      );
    case 'embed':
      return block.embed ? <EmbedCard fields={block.embed} /> : <></>;
    case 'list-item':
      return <li style={{ marginLeft: `${(block.depth ?? 0) * 1.5}rem` }}>{runs}</li>;
    default:
      return <p>{runs}</p>;
  }
}

/** Blocks with consecutive list items gathered into <ul>/<ol>. */
export function BlocksView({ blocks }: { blocks: Block[] }): React.JSX.Element {
  const out: React.JSX.Element[] = [];
  for (let i = 0; i < blocks.length;) {
    const block = blocks[i]!;
    if (block.type !== 'list-item') {
      out.push(<BlockView key={block.id + i} block={block} />);
      i++;
      continue;
    }
    const items: Block[] = [];
    while (i < blocks.length && blocks[i]!.type === 'list-item' && blocks[i]!.listId === block.listId) items.push(blocks[i++]!);
    const List = block.listType === 'number' ? 'ol' : 'ul';
    out.push(
      <List key={block.id + i}>
        {items.map((item, k) => (
          <BlockView key={item.id + k} block={item} />
        ))}
      </List>,
    );
  }
  return <>{out}</>;
}

export function ArticlePreview({ content }: { content: ArticleContent }): React.JSX.Element {
  return (
    <div className="preview">
      <h1 className="preview-headline">{content.headline || 'Untitled'}</h1>
      {content.deck && <p className="preview-deck">{content.deck}</p>}
      {content.bylines.length > 0 && <p className="preview-byline">By {content.bylines.map((b) => b.name).join(' and ')}</p>}
      {content.dateline && <p className="preview-dateline">{content.dateline}</p>}
      <div className="preview-body">
        <BlocksView blocks={bodyToBlocks(content.body)} />
      </div>
      <NotesList notes={content.notes} />
    </div>
  );
}
