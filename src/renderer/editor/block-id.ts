/**
 * A stable id on every top-level block and list item, kept in Lexical NodeState so it is saved
 * with the body ("$": {"blockId": …}) and survives edits. Versions are aligned by these ids.
 * New blocks (Enter, paste) get a fresh id; a block that arrives with an id already in use
 * (pasting a copy of a paragraph) gets a new one, so ids stay unique.
 */
import { $getNodeByKey, $getRoot, $getState, $setState, $isElementNode, createState, type LexicalEditor, type LexicalNode } from 'lexical';
import { $isListItemNode, $isListNode } from '@lexical/list';
import { newBlockId } from '../../shared/article/ids';
import { BLOCK_ID_STATE } from '../../shared/article/body';

export const blockIdState = createState(BLOCK_ID_STATE, {
  parse: (value: unknown) => (typeof value === 'string' ? value : ''),
});

function $blocksNeedingIds(): LexicalNode[] {
  const seen = new Set<string>();
  const missing: LexicalNode[] = [];
  const visit = (node: LexicalNode) => {
    const id = $getState(node, blockIdState);
    if (!id || seen.has(id)) missing.push(node);
    else seen.add(id);
  };
  const visitList = (list: LexicalNode) => {
    if (!$isListNode(list)) return;
    for (const item of list.getChildren()) {
      if (!$isListItemNode(item)) continue;
      const nestedOnly = item.getChildren().every((c) => $isListNode(c));
      if (!nestedOnly || item.getChildrenSize() === 0) visit(item);
      for (const child of item.getChildren()) visitList(child);
    }
  };
  for (const node of $getRoot().getChildren()) {
    visit(node);
    if ($isElementNode(node)) visitList(node);
  }
  return missing;
}

export function registerBlockIds(editor: LexicalEditor): () => void {
  const assign = () => {
    const missing = editor.getEditorState().read($blocksNeedingIds);
    if (missing.length === 0) return;
    const keys = missing.map((n) => n.getKey());
    // history-merge: giving ids is not an edit the reporter should have to undo.
    editor.update(
      () => {
        for (const key of keys) {
          const node = $getNodeByKey(key);
          if (node) $setState(node, blockIdState, newBlockId());
        }
      },
      { tag: 'history-merge' },
    );
  };
  assign();
  return editor.registerUpdateListener(({ dirtyElements, tags }) => {
    if (dirtyElements.size === 0 || tags.has('history-merge')) return;
    assign();
  });
}
