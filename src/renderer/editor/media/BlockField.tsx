/**
 * One text field of a photo or embed block (caption, credit, alt text, title). Each change is an
 * editor update on the node, so autosave writes it like typed text and Undo takes it back; the
 * changes made in one visit to the field are one undo step (the first pushes a history entry,
 * the rest merge into it), as typing a sentence in the body is.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import {
  $getNodeByKey,
  $getSelection,
  $isNodeSelection,
  $setSelection,
  HISTORY_MERGE_TAG,
  HISTORY_PUSH_TAG,
  type LexicalNode,
  type NodeKey,
} from 'lexical';

export interface BlockFieldProps {
  nodeKey: NodeKey;
  label: string;
  value: string;
  maxLength: number;
  /** Writes the new value on the node (inside an editor update). */
  write(node: LexicalNode, value: string): void;
  multiline?: boolean;
  placeholder?: string;
  /** Shown under the field, e.g. the gentle "Add alt text" warning. */
  hint?: React.ReactNode;
  className?: string;
}

export function BlockField({
  nodeKey,
  label,
  value,
  maxLength,
  write,
  multiline = false,
  placeholder,
  hint,
  className,
}: BlockFieldProps): React.JSX.Element {
  const [editor] = useLexicalComposerContext();
  const editable = useLexicalEditable();
  const id = useId();
  // The field shows what the reporter typed at once; the node catches up in the same frame.
  const [text, setText] = useState(value);
  const pushed = useRef(false);
  useEffect(() => setText(value), [value]);

  const change = (next: string) => {
    setText(next);
    const tag = pushed.current ? HISTORY_MERGE_TAG : HISTORY_PUSH_TAG;
    pushed.current = true;
    editor.update(
      () => {
        const node = $getNodeByKey(nodeKey);
        if (node) write(node, next);
      },
      { tag },
    );
  };

  const common = {
    id,
    value: text,
    maxLength,
    placeholder,
    disabled: !editable,
    onFocus: () => {
      pushed.current = false;
      // Typing in the field is not acting on the selected block: with the block still selected,
      // Backspace in the caption would delete the whole photo.
      if (editor.getEditorState().read(() => $isNodeSelection($getSelection())))
        editor.update(() => $setSelection(null), { tag: HISTORY_MERGE_TAG });
    },
    onBlur: () => (pushed.current = false),
  };
  return (
    <div className={`block-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => change(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => change(e.target.value)} />
      )}
      {hint}
    </div>
  );
}
