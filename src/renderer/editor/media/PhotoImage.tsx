/**
 * The image of a photo block, for the editor and the read-only preview alike. Width and height
 * come from the block, so the page keeps the photo's place while its bytes arrive.
 */
import type { PhotoFields } from '../../../shared/article/media';
import { usePhotoUrl } from './photo-url';

export function PhotoImage({ fields }: { fields: PhotoFields }): React.JSX.Element {
  const image = usePhotoUrl(fields.hash);
  const size = fields.width > 0 && fields.height > 0 ? { width: fields.width, height: fields.height } : {};
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
      {...size}
      draggable={false}
      data-state={image.state}
    />
  );
}
