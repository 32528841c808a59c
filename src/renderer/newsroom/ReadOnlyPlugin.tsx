/** Makes the body editor read-only while someone else holds the story's lock, and editable again after. */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';

export function ReadOnlyPlugin({ readOnly }: { readOnly: boolean }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.setEditable(!readOnly), [editor, readOnly]);
  return null;
}
