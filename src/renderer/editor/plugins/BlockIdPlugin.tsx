/** Keeps a stable id on every block (see ../block-id.ts). */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerBlockIds } from '../block-id';

export function BlockIdPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerBlockIds(editor), [editor]);
  return null;
}
