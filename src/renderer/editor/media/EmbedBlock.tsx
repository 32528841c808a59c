/** An embed as the editor shows it: its card, with the title editable in place. */
import type { LexicalNode, NodeKey } from 'lexical';
import { embedFieldsSchema, type EmbedFields } from '../../../shared/article/media';
import { BlockField } from './BlockField';
import { EmbedCard } from './EmbedCard';
import { $isEmbedNode } from './EmbedNode';
import { useBlockSelection } from './useBlockSelection';

// The model's own limit on a title (src/shared/article/media.ts).
const TITLE_MAX = embedFieldsSchema.shape.title.maxLength ?? 500;

function writeTitle(node: LexicalNode, value: string): void {
  if ($isEmbedNode(node)) node.setTitle(value);
}

export function EmbedBlock({ nodeKey, fields }: { nodeKey: NodeKey; fields: EmbedFields }): React.JSX.Element {
  useBlockSelection(nodeKey);
  return (
    <EmbedCard
      fields={fields}
      title={
        <BlockField
          nodeKey={nodeKey}
          label="Title"
          value={fields.title}
          maxLength={TITLE_MAX}
          write={writeTitle}
          placeholder="What the video or post shows"
          className="embed-title-field"
        />
      }
    />
  );
}
