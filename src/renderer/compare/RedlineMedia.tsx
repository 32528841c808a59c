/**
 * A photo or an embed in the redline. A photo shows its thumbnail (the stored bytes through
 * `readPhoto`, as a blob: address shared with the editor's views) — the old and the new image side
 * by side when it was replaced — and its caption, credit and alt text, each changed word marked
 * like a paragraph's. An embed shows its card's words (site, title, address) with the same marks;
 * the address is text, never a link or a frame: comparing versions loads nothing from the web.
 */
import type { Block } from '../../shared/article/blocks';
import { PhotoImage } from '../editor/media/PhotoImage';
import { Mark, Pieces, Said } from './RedlineMarks';
import type { Side } from './RedlineBlock';
import type { MediaFieldRow, RedlineRow } from './redline-model';

function Thumb({ block, caption }: { block: Block | undefined; caption?: string }): React.JSX.Element | null {
  if (!block?.photo) return null;
  return (
    <div className="photo-thumb">
      {caption && <span className="thumb-label">{caption}</span>}
      <PhotoImage fields={block.photo} />
    </div>
  );
}

/** The image: one thumbnail, or the old and the new one when the photo was replaced. */
function PhotoPart({ row, side }: { row: RedlineRow; side: Side }): React.JSX.Element | null {
  const { entry, media } = row;
  const shown =
    entry.kind === 'deleted' || entry.moveSide === 'from' || side === 'old' ? (entry.old ?? entry.new) : (entry.new ?? entry.old);
  if (!media?.replaced) return <Thumb block={shown} />;
  if (side !== 'inline') {
    return (
      <Mark n={media.replaced} tag="div" className={`photo-swap ${side === 'old' ? 'was' : 'now'}`}>
        <Said>{side === 'old' ? 'replaced photo, old image: ' : 'replaced photo, new image: '}</Said>
        <Thumb block={side === 'old' ? entry.old : entry.new} caption={side === 'old' ? 'Replaced' : 'New image'} />
      </Mark>
    );
  }
  return (
    <Mark n={media.replaced} tag="div" className="photo-swap both">
      <Said>photo replaced: </Said>
      <div className="was">
        <Thumb block={entry.old} caption="Before" />
      </div>
      <span className="swap-arrow" aria-hidden="true">
        →
      </span>
      <div className="now">
        <Thumb block={entry.new} caption="After" />
      </div>
    </Mark>
  );
}

function FieldLine({ field, side }: { field: MediaFieldRow; side: Side }): React.JSX.Element | null {
  const pieces = side === 'old' ? field.oldPieces : side === 'new' ? field.newPieces : field.pieces;
  // An empty field that stayed empty says nothing.
  if (!field.changed && pieces.every((p) => p.text === '')) return null;
  return (
    <div className={`media-field field-${field.field}${field.changed ? ' changed' : ''}`}>
      <dt>{field.label}</dt>
      <dd>
        <Pieces pieces={pieces} />
      </dd>
    </div>
  );
}

/** The inside of a photo's or an embed's figure on one side of the redline. */
export function MediaContent({ row, side }: { row: RedlineRow; side: Side }): React.JSX.Element {
  const fields = row.media?.fields ?? [];
  const embed = row.entry.type === 'embed';
  return (
    <>
      {embed ? <span className="embed-badge">Embed</span> : <PhotoPart row={row} side={side} />}
      <dl className={embed ? 'media-fields embed-fields' : 'media-fields'}>
        {fields.map((field) => (
          <FieldLine key={field.field} field={field} side={side} />
        ))}
      </dl>
    </>
  );
}
