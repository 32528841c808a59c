/**
 * Find and replace in the body (Ctrl+F, Ctrl+H): match case, whole word, next and previous,
 * replace one, replace all. Matches are found in each paragraph's text (so a word half in bold
 * is still found), shown with the CSS Custom Highlight API (the body's DOM is Lexical's and is
 * never touched), and replaced through Lexical, so Undo takes a replacement back.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $dfs, $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { findAll, type FindOptions } from '../../../shared/text/find';

/** A piece of one match inside one text node. */
interface Piece {
  key: string;
  start: number;
  end: number;
}
type Match = Piece[];

/** Each paragraph's text with the text nodes it came from; a line break ends a run of text. */
function $paragraphs(): { text: string; nodes: { key: string; at: number; length: number }[] }[] {
  const out: { block: string; text: string; nodes: { key: string; at: number; length: number }[] }[] = [];
  for (const { node } of $dfs($getRoot())) {
    if (!$isTextNode(node) && !$isLineBreakNode(node)) continue;
    const block = $findMatchingParent(node, (n) => $isElementNode(n) && !n.isInline());
    const blockKey = block?.getKey() ?? '';
    let last = out[out.length - 1];
    if (!last || last.block !== blockKey) out.push((last = { block: blockKey, text: '', nodes: [] }));
    if ($isLineBreakNode(node)) last.text += '\n';
    else {
      last.nodes.push({ key: node.getKey(), at: last.text.length, length: node.getTextContentSize() });
      last.text += node.getTextContent();
    }
  }
  return out;
}

function $findMatches(query: string, options: FindOptions): Match[] {
  const matches: Match[] = [];
  for (const paragraph of $paragraphs()) {
    for (const found of findAll(paragraph.text, query, options)) {
      const pieces = paragraph.nodes
        .filter((n) => n.at < found.end && n.at + n.length > found.start)
        .map((n) => ({ key: n.key, start: Math.max(0, found.start - n.at), end: Math.min(n.length, found.end - n.at) }));
      if (pieces.length) matches.push(pieces);
    }
  }
  return matches;
}

function domRange(editor: LexicalEditor, match: Match): Range | null {
  const first = match[0]!;
  const last = match[match.length - 1]!;
  const a = editor.getElementByKey(first.key)?.firstChild;
  const b = editor.getElementByKey(last.key)?.firstChild;
  if (!a || !b) return null;
  const range = document.createRange();
  range.setStart(a, Math.min(first.start, a.textContent?.length ?? 0));
  range.setEnd(b, Math.min(last.end, b.textContent?.length ?? 0));
  return range;
}

const highlights = (): Map<string, unknown> | null =>
  typeof CSS !== 'undefined' && 'highlights' in CSS ? (CSS.highlights as unknown as Map<string, unknown>) : null;

export function FindReplacePlugin(): React.JSX.Element | null {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState<null | 'find' | 'replace'>(null);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>({ matchCase: false, wholeWord: false });
  const [matches, setMatches] = useState<Match[]>([]);
  const [current, setCurrent] = useState(0);
  const findInput = useRef<HTMLInputElement>(null);

  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return false;
          const key = event.key.toLowerCase();
          if (key !== 'f' && key !== 'h') return false;
          event.preventDefault();
          const selected = editor.getEditorState().read(() => window.getSelection()?.toString() ?? '');
          if (selected && !selected.includes('\n')) setQuery(selected);
          setOpen(key === 'h' ? 'replace' : 'find');
          setTimeout(() => findInput.current?.select(), 0);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );

  // Matches follow the text as it changes.
  const refresh = useCallback(() => {
    if (!open) return;
    setMatches(editor.getEditorState().read(() => $findMatches(query, options)));
  }, [editor, open, query, options]);
  useEffect(() => {
    refresh();
    if (!open) return;
    return mergeRegister(editor.registerTextContentListener(() => refresh()));
  }, [editor, open, refresh]);
  useEffect(() => setCurrent((c) => (matches.length ? Math.min(c, matches.length - 1) : 0)), [matches]);

  // Show every match, the current one stronger, and bring the current one into view.
  useEffect(() => {
    const registry = highlights();
    if (!registry || !open) return;
    const ranges = matches.map((m) => domRange(editor, m)).filter((r): r is Range => !!r);
    const Highlight = (window as unknown as { Highlight: new (...r: Range[]) => unknown }).Highlight;
    registry.set('find-match', new Highlight(...ranges));
    const here = ranges[current];
    if (here) {
      registry.set('find-current', new Highlight(here));
      (here.startContainer.parentElement as HTMLElement | null)?.scrollIntoView({ block: 'center' });
    } else registry.delete('find-current');
    return () => {
      registry.delete('find-match');
      registry.delete('find-current');
    };
  }, [editor, matches, current, open]);

  const step = (by: 1 | -1) => matches.length && setCurrent((c) => (c + by + matches.length) % matches.length);

  const replace = (all: boolean) => {
    if (!matches.length) return;
    const targets = all ? [...matches].reverse() : [matches[current]!];
    editor.update(() => {
      // Last first: a replacement never moves the text of a match before it.
      for (const match of targets) {
        const selection = $createRangeSelection();
        const first = match[0]!;
        const last = match[match.length - 1]!;
        selection.anchor.set(first.key, first.start, 'text');
        selection.focus.set(last.key, last.end, 'text');
        $setSelection(selection);
        selection.insertText(replacement);
      }
      $setSelection(null);
    });
  };

  const close = () => {
    setOpen(null);
    editor.focus();
  };

  if (!open) return null;
  const count = matches.length ? `${current + 1} of ${matches.length}` : query ? 'No matches' : '';
  return (
    <form
      className="find-bar"
      role="search"
      aria-label="Find in the body"
      onSubmit={(e) => {
        e.preventDefault();
        step(1);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <label>
        Find
        <input ref={findInput} value={query} onChange={(e) => (setQuery(e.target.value), setCurrent(0))} autoFocus />
      </label>
      <span className="find-count" aria-live="polite" data-testid="find-count">
        {count}
      </span>
      <button type="button" onClick={() => step(-1)} disabled={!matches.length} aria-label="Previous match">
        ↑
      </button>
      <button type="submit" disabled={!matches.length} aria-label="Next match">
        ↓
      </button>
      <label className="check">
        <input type="checkbox" checked={!!options.matchCase} onChange={(e) => setOptions({ ...options, matchCase: e.target.checked })} />{' '}
        Match case
      </label>
      <label className="check">
        <input type="checkbox" checked={!!options.wholeWord} onChange={(e) => setOptions({ ...options, wholeWord: e.target.checked })} />{' '}
        Whole word
      </label>
      {open === 'replace' ? (
        <>
          <label>
            Replace with
            <input value={replacement} onChange={(e) => setReplacement(e.target.value)} />
          </label>
          <button type="button" onClick={() => replace(false)} disabled={!matches.length}>
            Replace
          </button>
          <button type="button" onClick={() => replace(true)} disabled={!matches.length}>
            Replace all
          </button>
        </>
      ) : (
        <button type="button" onClick={() => setOpen('replace')}>
          Replace…
        </button>
      )}
      <button type="button" onClick={close} aria-label="Close find">
        ×
      </button>
    </form>
  );
}
