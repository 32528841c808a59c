/**
 * A photo in the body: a top-level block that names its image by hash and carries what the
 * desk writes about it (caption, credit, alt text). Serialized exactly as the shared model says
 * (src/shared/article/media.ts): { type: 'photo', version: 1, hash, mime, width, height,
 * caption, credit, alt, $: { blockId } } — the block id rides in NodeState like every block's.
 */
import {
  $applyNodeReplacement,
  DecoratorNode,
  type EditorConfig,
  type LexicalEditor,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedLexicalNode,
} from 'lexical';
import { photoFieldsOf, type PhotoFields } from '../../../shared/article/media';
import { PhotoBlock } from './PhotoBlock';

export type SerializedPhotoNode = SerializedLexicalNode & PhotoFields;

/** The fields a reporter edits under the photo. */
export type PhotoTextField = 'caption' | 'credit' | 'alt';

export class PhotoNode extends DecoratorNode<React.JSX.Element> {
  __fields: PhotoFields;

  static override getType(): string {
    return 'photo';
  }

  static override clone(node: PhotoNode): PhotoNode {
    return new PhotoNode(node.__fields, node.__key);
  }

  static override importJSON(json: Parameters<typeof DecoratorNode.importJSON>[0]): PhotoNode {
    return $createPhotoNode(photoFieldsOf(json as Record<string, unknown>)).updateFromJSON(
      json as LexicalUpdateJSON<SerializedLexicalNode>,
    );
  }

  constructor(fields: PhotoFields = photoFieldsOf({}), key?: NodeKey) {
    super(key);
    this.__fields = { ...fields };
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedLexicalNode>): this {
    const self = super.updateFromJSON(json);
    self.getWritable().__fields = photoFieldsOf(json as unknown as Record<string, unknown>);
    return self;
  }

  override exportJSON(): SerializedPhotoNode {
    // Every field, always: exporters and the redline read this JSON without Lexical.
    return { ...super.exportJSON(), type: 'photo', version: 1, ...this.getLatest().__fields };
  }

  getFields(): PhotoFields {
    return this.getLatest().__fields;
  }

  setField(field: PhotoTextField, value: string): this {
    const self = this.getWritable();
    self.__fields = { ...self.__fields, [field]: value };
    return self;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const div = document.createElement('div');
    div.className = config.theme.photo ?? 'ed-photo';
    return div;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override decorate(_editor: LexicalEditor, _config: EditorConfig): React.JSX.Element {
    return <PhotoBlock nodeKey={this.getKey()} fields={this.__fields} />;
  }
}

export function $createPhotoNode(fields: PhotoFields): PhotoNode {
  return $applyNodeReplacement(new PhotoNode(fields));
}

export function $isPhotoNode(node: LexicalNode | null | undefined): node is PhotoNode {
  return node instanceof PhotoNode;
}
