/**
 * An embedded video or post: a top-level block holding only its vetted address, the site's
 * name and the desk's title for it. The editor shows it as a card and never loads the site
 * (no iframe, no script): a third-party frame would track the reporter and run code in the page.
 * Serialized as the shared model says: { type: 'embed', version: 1, url, provider, title,
 * $: { blockId } }.
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
import { embedFieldsOf, type EmbedFields } from '../../../shared/article/media';
import { EmbedBlock } from './EmbedBlock';

export type SerializedEmbedNode = SerializedLexicalNode & EmbedFields;

export class EmbedNode extends DecoratorNode<React.JSX.Element> {
  __fields: EmbedFields;

  static override getType(): string {
    return 'embed';
  }

  static override clone(node: EmbedNode): EmbedNode {
    return new EmbedNode(node.__fields, node.__key);
  }

  static override importJSON(json: Parameters<typeof DecoratorNode.importJSON>[0]): EmbedNode {
    return $createEmbedNode(embedFieldsOf(json as Record<string, unknown>)).updateFromJSON(
      json as LexicalUpdateJSON<SerializedLexicalNode>,
    );
  }

  constructor(fields: EmbedFields = embedFieldsOf({}), key?: NodeKey) {
    super(key);
    this.__fields = { ...fields };
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedLexicalNode>): this {
    const self = super.updateFromJSON(json);
    self.getWritable().__fields = embedFieldsOf(json as unknown as Record<string, unknown>);
    return self;
  }

  override exportJSON(): SerializedEmbedNode {
    return { ...super.exportJSON(), type: 'embed', version: 1, ...this.getLatest().__fields };
  }

  getFields(): EmbedFields {
    return this.getLatest().__fields;
  }

  /** Only for the canonical form of an address the link policy has already allowed. */
  setUrl(url: string): this {
    const self = this.getWritable();
    self.__fields = { ...self.__fields, url };
    return self;
  }

  setTitle(title: string): this {
    const self = this.getWritable();
    self.__fields = { ...self.__fields, title };
    return self;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const div = document.createElement('div');
    div.className = config.theme.embed ?? 'ed-embed';
    return div;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override decorate(_editor: LexicalEditor, _config: EditorConfig): React.JSX.Element {
    return <EmbedBlock nodeKey={this.getKey()} fields={this.__fields} />;
  }
}

export function $createEmbedNode(fields: EmbedFields): EmbedNode {
  return $applyNodeReplacement(new EmbedNode(fields));
}

export function $isEmbedNode(node: LexicalNode | null | undefined): node is EmbedNode {
  return node instanceof EmbedNode;
}
