/**
 * A photo as the editor shows it: the image (from the store, through a shared blob: URL) at its
 * own proportions, then caption, credit and alt text. Alt text is what a reader who cannot see
 * the photo gets, so an empty one is pointed out gently rather than refused.
 */
import type { LexicalNode, NodeKey } from 'lexical';
import { PHOTO_LIMITS, type PhotoFields } from '../../../shared/article/media';
import { BlockField } from './BlockField';
import { $isPhotoNode, type PhotoTextField } from './PhotoNode';
import { PhotoImage } from './PhotoImage';
import { useBlockSelection } from './useBlockSelection';

const writer = (field: PhotoTextField) => (node: LexicalNode, value: string) => {
  if ($isPhotoNode(node)) node.setField(field, value);
};
const WRITE = { caption: writer('caption'), credit: writer('credit'), alt: writer('alt') };

export function PhotoBlock({ nodeKey, fields }: { nodeKey: NodeKey; fields: PhotoFields }): React.JSX.Element {
  useBlockSelection(nodeKey);
  return (
    <figure className="photo-block" data-photo={fields.hash} aria-label="Photo">
      <PhotoImage fields={fields} />
      <div className="photo-fields">
        <BlockField
          nodeKey={nodeKey}
          label="Caption"
          value={fields.caption}
          maxLength={PHOTO_LIMITS.caption}
          write={WRITE.caption}
          multiline
          placeholder="What the photo shows, who, where, when"
        />
        <BlockField
          nodeKey={nodeKey}
          label="Credit"
          value={fields.credit}
          maxLength={PHOTO_LIMITS.credit}
          write={WRITE.credit}
          placeholder="Photographer / Agency"
          className="photo-credit"
        />
        <BlockField
          nodeKey={nodeKey}
          label="Alt text"
          value={fields.alt}
          maxLength={PHOTO_LIMITS.alt}
          write={WRITE.alt}
          placeholder="Describe the photo for readers who cannot see it"
          className={fields.alt.trim() ? 'photo-alt' : 'photo-alt is-missing'}
          hint={
            fields.alt.trim() ? null : (
              <span className="photo-alt-warning" role="note">
                Add alt text: readers using a screen reader hear it instead of seeing the photo.
              </span>
            )
          }
        />
      </div>
    </figure>
  );
}
