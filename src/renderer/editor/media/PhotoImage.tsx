/**
 * The image of a photo block, for the editor and the read-only preview alike. Width and height
 * come from the block, so the page keeps the photo's place while its bytes arrive.
 */
import type { PhotoFields } from '../../../shared/article/media';
import { usePhotoUrl } from './photo-url';

export function PhotoImage({ fields }: { fields: PhotoFields }): React.JSX.Element {
  const image = usePhotoUrl(fields.hash);
  // The photo's box from its stored size, before its bytes arrive: as wide as the column allows,
  // never wider than the photo itself, and never taller than most of the window (a portrait photo
  // narrows rather than filling the column with empty bands).
  const { width: w, height: h } = fields;
  const box = w > 0 && h > 0 ? { aspectRatio: `${w} / ${h}`, width: `min(100%, ${w}px, calc(70vh * ${w} / ${h}))` } : undefined;
  if (image.state === 'missing') {
    return (
      <div className="photo-missing" role="img" aria-label={fields.alt || 'Photo'}>
        The photo cannot be shown: {image.reason}
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
