/**
 * The body editor: Lexical with the nodes, shortcuts and safety rules of a newsroom. The body
 * arrives as serialized JSON and leaves as an EditorState; serializing is left to autosave so
 * a keystroke never pays for it.
 */
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { HorizontalRulePlugin } from '@lexical/react/LexicalHorizontalRulePlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { memo, useState } from 'react';
import type { EditorState } from 'lexical';
import type { SerializedBody } from '../../shared/article/body';
import { isSafeLinkUrl } from '../../shared/security/trusted-url';
import { BODY_NODES, BODY_THEME } from './nodes';
import { SHORTCUTS } from './markdown-shortcuts';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { SafeContentPlugin } from './plugins/SafeContentPlugin';
import { BlockIdPlugin } from './plugins/BlockIdPlugin';
import { CountersPlugin } from './plugins/CountersPlugin';
import { ReadOnlyPlugin } from '../newsroom/ReadOnlyPlugin';
import { FindReplacePlugin } from './plugins/FindReplacePlugin';
import { SmartPunctuationPlugin } from './plugins/SmartPunctuationPlugin';
import { MediaPlugin } from './plugins/MediaPlugin';
import './editor.css';

export interface EditorProps {
  body: SerializedBody;
  language: string;
  onChange(state: EditorState): void;
  target: number | null;
  onTargetChange(target: number | null): void;
  /** Someone else is editing the story on the shared desk. */
  readOnly?: boolean;
}

/** Memoized: the page re-renders for fields and save state; the editor need not. */
export const Editor = memo(function Editor({
  body,
  language,
  onChange,
  target,
  onTargetChange,
  readOnly = false,
}: EditorProps): React.JSX.Element {
  // Read once, on mount (LexicalComposer ignores later changes): never serialize the body per render.
  const [initialConfig] = useState(() => ({
    namespace: 'copydesk-body',
    nodes: BODY_NODES,
    theme: BODY_THEME,
    editorState: JSON.stringify(body),
    editable: !readOnly,
    onError(error: Error) {
      console.error('copydesk editor:', error);
    },
  }));
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="editor">
        <ToolbarPlugin />
        <FindReplacePlugin />
        <div className="editor-scroll">
          <RichTextPlugin
            contentEditable={
              <ContentEditable className="body-editable" aria-label="Body" spellCheck lang={language} role="textbox" aria-multiline />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <CountersPlugin language={language} target={target} onTargetChange={onTargetChange} />
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <LinkPlugin validateUrl={isSafeLinkUrl} />
      <HorizontalRulePlugin />
      <MarkdownShortcutPlugin transformers={SHORTCUTS} />
      <SafeContentPlugin />
      <MediaPlugin />
      <ReadOnlyPlugin readOnly={readOnly} />
      <BlockIdPlugin />
      <SmartPunctuationPlugin />
      <OnChangePlugin ignoreSelectionChange ignoreHistoryMergeTagChange={false} onChange={onChange} />
    </LexicalComposer>
  );
});
