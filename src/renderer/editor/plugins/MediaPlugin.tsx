/**
 * Photos and embeds into the body: from the toolbar (a file picker, an address), from a paste
 * of an image, and from files dropped on the text. Photos are stored first and inserted once the
 * store has accepted them; a refusal is shown as a toast with its reason, and nothing is inserted.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { DRAG_DROP_PASTE } from '@lexical/rich-text';
import { $insertNodeToNearestRoot, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $getPreviousSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isSelectionCapturedInDecoratorInput,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_EDITOR,
  PASTE_COMMAND,
  createCommand,
  isDOMNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import type { EmbedFields } from '../../../shared/article/media';
import { useToast } from '../../app/Toast';
import { addPhotoFile, describeAdded } from '../media/add-photos';
import { $createPhotoNode } from '../media/PhotoNode';
import { $createEmbedNode, EmbedNode } from '../media/EmbedNode';
import { vetLink } from '../../../shared/security/trusted-url';
import { photosInPaste } from '../media/pasted-photos';

/** Files chosen in the Photo picker (or dropped): stored, then inserted at the selection. */
export const INSERT_PHOTO_FILES_COMMAND = createCommand<File[]>('INSERT_PHOTO_FILES');
/** A vetted embed (see media/embed-address.ts), inserted at the selection. */
export const INSERT_EMBED_COMMAND = createCommand<EmbedFields>('INSERT_EMBED');

/**
 * A block goes where the caret is: in place of an empty paragraph (the line a reporter makes for
 * it), else splitting the paragraph at the caret; with no caret, at the end. A paragraph always
 * follows it, so there is somewhere to keep typing.
 */
function $insertBlock(node: LexicalNode): void {
  const selection = $getSelection();
  const top = $isRangeSelection(selection) && selection.isCollapsed() ? selection.anchor.getNode().getTopLevelElement() : null;
  if ($isParagraphNode(top) && top.isEmpty()) top.replace(node);
  else if (selection || $getPreviousSelection()) $insertNodeToNearestRoot(node);
  else $getRoot().append(node);
  if (!node.getNextSibling()) node.insertAfter($createParagraphNode());
  node.selectNext(0, 0);
}

/**
 * An embed that arrives by another road than the Embed form (Lexical's clipboard JSON crafted by
 * hand, an imported body) is held to the one link policy: one whose address the policy refuses
 * becomes a paragraph of its words (title and address as plain text), as a refused link keeps
 * its text. (The form's further rule, https only, is for new embeds; a stored one is not rewritten.)
 */
export function registerEmbedVetting(editor: LexicalEditor): () => void {
  return editor.registerNodeTransform(EmbedNode, (embed) => {
    const { url, title } = embed.getFields();
    const vetted = vetLink(url);
    if (vetted) {
      if (vetted !== url) embed.setUrl(vetted);
      return;
    }
    const words = [title.trim(), url.trim()].filter(Boolean).join(' ');
    embed.replace(words ? $createParagraphNode().append($createTextNode(words)) : $createParagraphNode());
  });
}

export function MediaPlugin(): null {
  const [editor] = useLexicalComposerContext();
  const toast = useToast();

  useEffect(() => {
    const addFiles = (files: File[]) => {
      // A story someone else holds is read-only: nothing may be added to it, not even by a drop.
      if (!editor.isEditable()) return true;
      void insertPhotoFiles(editor, files, toast);
      return true;
    };
    return mergeRegister(
      registerEmbedVetting(editor),
      editor.registerCommand(INSERT_PHOTO_FILES_COMMAND, addFiles, COMMAND_PRIORITY_EDITOR),
      // Lexical's rich text turns dropped files (and a paste of files alone) into this command.
      editor.registerCommand(DRAG_DROP_PASTE, addFiles, COMMAND_PRIORITY_EDITOR),
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          if (!(event instanceof ClipboardEvent)) return false;
          // A paste into a caption or credit field is the field's own.
          if (isDOMNode(event.target) && $isSelectionCapturedInDecoratorInput(event.target)) return false;
          const photos = photosInPaste(event.clipboardData);
          if (photos.length === 0) return false;
          event.preventDefault();
          return addFiles(photos);
        },
        // Before the safe-paste HTML path, which would keep a copied image's HTML and drop the image.
        COMMAND_PRIORITY_CRITICAL,
      ),
      editor.registerCommand(
        INSERT_EMBED_COMMAND,
        (fields) => {
          if (editor.isEditable()) editor.update(() => $insertBlock($createEmbedNode(fields)));
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    );
  }, [editor, toast]);
  return null;
}

/** Stores each file in turn and inserts the accepted ones, in the order given. */
async function insertPhotoFiles(editor: LexicalEditor, files: File[], toast: ReturnType<typeof useToast>): Promise<void> {
  for (const file of files) {
    const result = await addPhotoFile(file);
    const message = describeAdded(result);
    if (message) toast(message.text, message.tone);
    // The story may have become read-only while the photo was being stored.
    if (result.ok && editor.isEditable()) editor.update(() => $insertBlock($createPhotoNode(result.fields)));
  }
}
