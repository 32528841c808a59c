/**
 * The body as Lexical serializes it (SerializedEditorState), typed loosely enough to be read
 * without Lexical itself: main, the CLI and the exporters handle bodies without an editor.
 * Never break this format: bump BODY_VERSION and migrate instead.
 */
export const BODY_VERSION = 1;

/** Key Lexical uses for NodeState in serialized JSON; our stable block id lives under it. */
export const NODE_STATE_KEY = '$';
export const BLOCK_ID_STATE = 'blockId';

export interface SerializedNode {
  type: string;
  version?: number;
  children?: SerializedNode[];
  [NODE_STATE_KEY]?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface SerializedRoot extends SerializedNode {
  type: 'root';
  children: SerializedNode[];
}

export interface SerializedBody {
  root: SerializedRoot;
}

export function emptyRoot(children: SerializedNode[] = []): SerializedRoot {
  return { type: 'root', children, direction: null, format: '', indent: 0, version: 1 };
}

export function emptyBody(): SerializedBody {
  return { root: emptyRoot([paragraphNode([])]) };
}

export function paragraphNode(children: SerializedNode[], blockId?: string): SerializedNode {
  return withBlockId(
    { type: 'paragraph', children, direction: null, format: '', indent: 0, version: 1, textFormat: 0, textStyle: '' },
    blockId,
  );
}

export function textNode(text: string, format = 0): SerializedNode {
  return { type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 };
}

export function withBlockId(node: SerializedNode, blockId: string | undefined): SerializedNode {
  if (blockId) node[NODE_STATE_KEY] = { ...(node[NODE_STATE_KEY] ?? {}), [BLOCK_ID_STATE]: blockId };
  return node;
}

export function blockIdOf(node: SerializedNode): string | undefined {
  const id = node[NODE_STATE_KEY]?.[BLOCK_ID_STATE];
  return typeof id === 'string' && id ? id : undefined;
}

/** True when the value has the shape of a serialized editor state. */
/**
 * Nodes nested deeper than this are no article (a list eight levels deep is ~20): every walk of
 * a body recurses, and a 5,000-deep one exhausted the stack mid-save. Refused when it arrives.
 */
export const MAX_BODY_DEPTH = 200;

/** How deeply a body's nodes nest, counted without recursion; stops counting past `limit`. */
export function bodyDepth(body: SerializedBody, limit = Infinity): number {
  let deepest = 0;
  const stack: [SerializedNode, number][] = [[body.root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    if (Array.isArray(node.children))
      for (const child of node.children) if (child && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return deepest;
}

export function isSerializedBody(value: unknown): value is SerializedBody {
  if (!value || typeof value !== 'object') return false;
  const root = (value as { root?: unknown }).root;
  return !!root && typeof root === 'object' && (root as SerializedNode).type === 'root' && Array.isArray((root as SerializedNode).children);
}
