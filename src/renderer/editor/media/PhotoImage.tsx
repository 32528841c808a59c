/**
 * The image of a photo block, for the editor and the read-only preview alike. Width and height
 * come from the block, so the page keeps the photo's place while its bytes arrive.
 */
import type { PhotoFields } from '../../../shared/article/media';
import { usePhotoUrl } from './photo-url';

export function PhotoImage({ fields }: { fields: PhotoFields }): React.JSX.Element {
  const image = usePhotoUrl(fields.hash);
  // The photo's stored size, for the views that size its box before the bytes arrive (the
  // editor and the preview, in editor.css); custom properties, so a view with its own sizing
  // (the redline's thumbnails) is not overruled by an inline width.
  const { width: w, height: h } = fields;
  const box =
    w > 0 && h > 0
      ? ({ '--photo-w': `${w}px`, '--photo-aspect': `${w} / ${h}`, '--photo-ratio': (w / h).toFixed(5) } as React.CSSProperties)
      : undefined;
  if (image.state === 'missing') {
    return (
      <div className="photo-missing" role="img" aria-label={fields.alt || 'Photo'}>
        {/* The store's own sentence: why it is not here, or that it is on its way from the desk. */}
        {image.reason}
      </div>
    );
  }
  return (
    <img
      className="photo-image"
      src={image.state === 'shown' ? image.url : undefined}
      alt={fields.alt}
      style={box}
      draggable={false}
      data-state={image.state}
    />
  );
}
