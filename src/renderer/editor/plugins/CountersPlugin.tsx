/**
 * Words, characters and reading time, with an optional target length. Counted when typing
 * pauses, one block at a time with a cache, so a 10,000-word article never slows a keystroke.
 */
import { useEffect, useRef, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { countWords, readingMinutes } from '../../../shared/text/words';

export interface Counts {
  words: number;
  characters: number;
}

const NUMBER = new Intl.NumberFormat('en-US');

export function CountersPlugin({
  language,
  target,
  onTargetChange,
}: {
  language: string;
  target: number | null;
  onTargetChange: (t: number | null) => void;
}): React.JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [counts, setCounts] = useState<Counts>({ words: 0, characters: 0 });
  const cache = useRef(new Map<string, number>());

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const count = () => {
      const texts = editor.getEditorState().read(() =>
        $getRoot()
          .getChildren()
          .map((n) => n.getTextContent()),
      );
      const next = new Map<string, number>();
      let words = 0;
      let characters = 0;
      for (const text of texts) {
        const n = cache.current.get(text) ?? countWords(text, language);
        next.set(text, n);
        words += n;
        characters += text.length;
      }
      cache.current = next;
      setCounts({ words, characters });
    };
    count();
    const stop = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      clearTimeout(timer);
      timer = setTimeout(count, 400);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [editor, language]);

  const over = target !== null && counts.words > target;
  const share = target ? Math.min(100, Math.round((counts.words / target) * 100)) : 0;
  return (
    <div className="counters" aria-label="Counts">
      <span data-testid="word-count">{NUMBER.format(counts.words)} words</span>
      <span>{NUMBER.format(counts.characters)} characters</span>
      <span>{readingMinutes(counts.words)} min read</span>
      <label className="target">
        Target
        <input
          type="number"
          min={0}
          step={50}
          value={target ?? ''}
          placeholder="words"
          aria-label="Target length in words"
          onChange={(e) => onTargetChange(e.target.value ? Math.max(0, Number(e.target.value)) : null)}
        />
      </label>
      {target !== null && target > 0 && (
        <span className={`target-meter${over ? ' over' : ''}`} role="status">
          <meter min={0} max={100} value={share} aria-label="Share of target length" />
          {over ? `${counts.words - target} over` : `${target - counts.words} to go`}
        </span>
      )}
    </div>
  );
}
