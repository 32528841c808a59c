/**
 * Makes a photo or embed block selectable as a whole: a click on it (not on one of its fields or
 * links) selects the block, which then shows as selected; Delete or Backspace removes it and the
 * arrow keys move past it (Lexical's rich-text handling of a selected block).
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import { CLICK_COMMAND, COMMAND_PRIORITY_LOW, type NodeKey } from 'lexical';

/** Clicks on these belong to the field or link, not to the block. */
const OWN_CONTROLS = 'input, textarea, a, button, label';

export function useBlockSelection(nodeKey: NodeKey): boolean {
  const [editor] = useLexicalComposerContext();
  const [selected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);

  useEffect(
    () =>
      editor.registerCommand(
        CLICK_COMMAND,
        (event) => {
          const block = editor.getElementByKey(nodeKey);
          const target = event.target;
          if (!block || !(target instanceof Element) || !block.contains(target) || target.closest(OWN_CONTROLS)) return false;
          if (!event.shiftKey) clearSelection();
          setSelected(true);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, nodeKey, setSelected, clearSelection],
  );

  useEffect(() => {
    editor.getElementByKey(nodeKey)?.classList.toggle('is-selected', selected);
  }, [editor, nodeKey, selected]);

  return selected;
}
