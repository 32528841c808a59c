/**
 * Sets copy as it is typed, when the house style asks for it (Settings › House style as you
 * type): straight quotes become curly ones and two hyphens inside copy an em dash. A paragraph of
 * three hyphens becomes a rule on Enter, whatever the setting. Keys are handled on keydown, in
 * one Lexical update, so Undo takes a replacement back as one step.
 */
import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/react/LexicalHorizontalRuleNode';
import { $findMatchingParent } from '@lexical/utils';
import {
  $getSelection,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_NORMAL,
  KEY_DOWN_COMMAND,
  type ElementNode,
  type TextNode,
} from 'lexical';
import { curlyQuote, dashBefore, isRuleShortcut } from '../../../shared/text/smart-punctuation';
import { api } from '../../api/client';

/** The house style's switch, read once per editor (Settings saves it in the data dir). */
function useSmartPunctuation(): boolean {
  const [on, setOn] = useState(false);
  useEffect(() => {
    let live = true;
    api.getSettings({}).then(
      (s) => live && setOn(s.typing?.smartPunctuation ?? true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return on;
}

export function SmartPunctuationPlugin(): null {
  const [editor] = useLexicalComposerContext();
  const smart = useSmartPunctuation();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return false;
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
          const node = selection.anchor.getNode();
          const block = $findMatchingParent(node, (n) => $isElementNode(n) && !n.isInline());
          if (event.key === 'Enter' && !event.shiftKey && block && $isParagraphNode(block) && isRuleShortcut(block.getTextContent())) {
            event.preventDefault();
            block.clear();
            editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined);
            return true;
          }
          if (!smart || event.key.length !== 1 || !$isTextNode(node)) return false;
          const offset = selection.anchor.offset;
          const before = block && $isElementNode(block) ? $textBefore(block, node, offset) : node.getTextContent().slice(0, offset);
          if (event.key === '"' || event.key === "'") {
            event.preventDefault();
            selection.insertText(curlyQuote(event.key, before));
            return true;
          }
          if (event.key !== '-' && dashBefore(before) && offset >= 2 && node.getTextContent().slice(offset - 2, offset) === '--') {
            event.preventDefault();
            node.spliceText(offset - 2, 2, '—', true);
            const after = $getSelection();
            if ($isRangeSelection(after)) after.insertText(event.key);
            return true;
          }
          return false;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor, smart],
  );
  return null;
}

/** The block's text up to the caret: what the rules look back at. */
function $textBefore(block: ElementNode, node: TextNode, offset: number): string {
  let text = '';
  for (const each of block.getAllTextNodes()) {
    if (each.is(node)) return text + each.getTextContent().slice(0, offset);
    text += each.getTextContent();
  }
  return text;
}
