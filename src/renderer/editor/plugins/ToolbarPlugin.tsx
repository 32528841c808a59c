/**
 * The formatting toolbar: marks and block types with their state shown (aria-pressed), undo and
 * redo, links through a small form (Electron has no window.prompt), and Ctrl/Cmd+K; photos from
 * a file picker and embeds from an address.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister, $getNearestNodeOfType, $findMatchingParent } from '@lexical/utils';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list';
import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/react/LexicalHorizontalRuleNode';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  KEY_DOWN_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { LinkForm } from './LinkForm';
import { EmbedForm } from '../media/EmbedForm';
import { INSERT_EMBED_COMMAND, INSERT_PHOTO_FILES_COMMAND } from './MediaPlugin';
import { PHOTO_TYPES } from '../../../shared/article/media';

type BlockKind = 'paragraph' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number';

interface ToolbarState {
  marks: Record<'bold' | 'italic' | 'underline' | 'strikethrough', boolean>;
  block: BlockKind;
  link: string | null;
}

const EMPTY: ToolbarState = {
  marks: { bold: false, italic: false, underline: false, strikethrough: false },
  block: 'paragraph',
  link: null,
};

function $readToolbarState(): ToolbarState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return EMPTY;
  const anchor = selection.anchor.getNode();
  const top = anchor.getKey() === 'root' ? anchor : anchor.getTopLevelElementOrThrow();
  let block: BlockKind = 'paragraph';
  const list = $getNearestNodeOfType(anchor, ListNode);
  if (list) block = list.getListType() === 'number' ? 'number' : 'bullet';
  else if ($isHeadingNode(top)) block = top.getTag() === 'h3' ? 'h3' : 'h2';
  else if ($isQuoteNode(top)) block = 'quote';
  const linkNode = $findMatchingParent(anchor, $isLinkNode);
  return {
    marks: {
      bold: selection.hasFormat('bold'),
      italic: selection.hasFormat('italic'),
      underline: selection.hasFormat('underline'),
      strikethrough: selection.hasFormat('strikethrough'),
    },
    block,
    link: linkNode && $isLinkNode(linkNode) ? linkNode.getURL() : null,
  };
}

const MARKS: { format: TextFormatType & keyof ToolbarState['marks']; label: string; glyph: string; keys: string }[] = [
  { format: 'bold', label: 'Bold', glyph: 'B', keys: 'Ctrl+B' },
  { format: 'italic', label: 'Italic', glyph: 'I', keys: 'Ctrl+I' },
  { format: 'underline', label: 'Underline', glyph: 'U', keys: 'Ctrl+U' },
  { format: 'strikethrough', label: 'Strikethrough', glyph: 'S', keys: '' },
];

export function ToolbarPlugin(): React.JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>(EMPTY);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  /** The link dialog, open on the selection's current link (or none). */
  const [linkForm, setLinkForm] = useState<{ current: string | null } | null>(null);
  const [embedForm, setEmbedForm] = useState(false);
  const photoPicker = useRef<HTMLInputElement>(null);

  const refresh = useCallback(() => setState(editor.getEditorState().read($readToolbarState)), [editor]);

  const openLinkForm = useCallback(() => {
    const current = editor.getEditorState().read($readToolbarState).link;
    setEmbedForm(false);
    setLinkForm({ current });
  }, [editor]);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => setState(editorState.read($readToolbarState))),
        editor.registerCommand(SELECTION_CHANGE_COMMAND, () => (refresh(), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_UNDO_COMMAND, (v) => (setCanUndo(v), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (v) => (setCanRedo(v), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k') {
              event.preventDefault();
              openLinkForm();
              return true;
            }
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, refresh, openLinkForm],
  );

  const setBlock = (kind: BlockKind) => {
    if (kind === 'bullet' || kind === 'number') {
      if (state.block === kind) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
      else editor.dispatchCommand(kind === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
      return;
    }
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      const target = state.block === kind ? 'paragraph' : kind;
      $setBlocksType(selection, () =>
        target === 'h2' || target === 'h3' ? $createHeadingNode(target) : target === 'quote' ? $createQuoteNode() : $createParagraphNode(),
      );
    });
  };

  const applyLink = (url: string | null) => {
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, url ? { url, rel: 'noreferrer', target: null } : null);
    setLinkForm(null);
    editor.focus();
  };

  const button = (label: string, glyph: string, pressed: boolean | undefined, onClick: () => void, disabled = false, keys = '') => (
    <button
      type="button"
      className="tb-button"
      aria-label={label}
      title={keys ? `${label} (${keys})` : label}
      aria-pressed={pressed}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {glyph}
    </button>
  );

  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      {button('Undo', '↶', undefined, () => editor.dispatchCommand(UNDO_COMMAND, undefined), !canUndo, 'Ctrl+Z')}
      {button('Redo', '↷', undefined, () => editor.dispatchCommand(REDO_COMMAND, undefined), !canRedo, 'Ctrl+Shift+Z')}
      <span className="tb-sep" />
      {MARKS.map((m) => (
        <span key={m.format} className={`tb-mark tb-${m.format}`}>
          {button(m.label, m.glyph, state.marks[m.format], () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, m.format), false, m.keys)}
        </span>
      ))}
      {button('Link', 'Link', state.link !== null, openLinkForm, false, 'Ctrl+K')}
      <span className="tb-sep" />
      {button('Subhead', 'H2', state.block === 'h2', () => setBlock('h2'))}
      {button('Small subhead', 'H3', state.block === 'h3', () => setBlock('h3'))}
      {button('Block quote', '❝', state.block === 'quote', () => setBlock('quote'))}
      {button('Bulleted list', '•', state.block === 'bullet', () => setBlock('bullet'))}
      {button('Numbered list', '1.', state.block === 'number', () => setBlock('number'))}
      {button('Horizontal rule', '—', undefined, () => editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined))}
      <span className="tb-sep" />
      {button('Insert photo', 'Photo', undefined, () => photoPicker.current?.click())}
      {button('Insert embed', 'Embed', undefined, () => (setLinkForm(null), setEmbedForm(true)))}
      <input
        ref={photoPicker}
        type="file"
        accept={PHOTO_TYPES.join(',')}
        multiple
        hidden
        data-testid="photo-picker"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) editor.dispatchCommand(INSERT_PHOTO_FILES_COMMAND, files);
        }}
      />
      {embedForm && (
        <EmbedForm
          onInsert={(fields) => {
            setEmbedForm(false);
            editor.dispatchCommand(INSERT_EMBED_COMMAND, fields);
          }}
          onCancel={() => setEmbedForm(false)}
        />
      )}
      {linkForm && <LinkForm current={linkForm.current} onApply={applyLink} onCancel={() => setLinkForm(null)} />}
    </div>
  );
}
