/** The article's fields above the body: headline, deck, bylines, dateline, section, tags, slug, language. */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ArticleContent, Byline } from '../../shared/article/article';
import { slugify } from '../../shared/article/slug';

export interface FieldsProps {
  content: ArticleContent;
  onChange(patch: Partial<ArticleContent>): void;
}

export function ArticleFields({ content, onChange }: FieldsProps): React.JSX.Element {
  // The slug follows the headline until someone edits it by hand.
  const [slugTouched, setSlugTouched] = useState(() => content.slug !== '' && content.slug !== slugify(content.headline));
  const setHeadline = (headline: string) => onChange(slugTouched ? { headline } : { headline, slug: slugify(headline) });
  const setByline = (index: number, byline: Byline) => onChange({ bylines: content.bylines.map((b, i) => (i === index ? byline : b)) });
  const headline = useRef<HTMLTextAreaElement>(null);
  const deck = useRef<HTMLTextAreaElement>(null);
  const bylines = useRef<HTMLFieldSetElement>(null);
  // "Add byline" puts the cursor in the new name field (a space on a focused button would add another).
  const [focusByline, setFocusByline] = useState<number | null>(null);
  useEffect(() => {
    if (focusByline === null) return;
    bylines.current?.querySelector<HTMLInputElement>(`input[aria-label="Byline ${focusByline + 1} name"]`)?.focus();
    setFocusByline(null);
  }, [focusByline]);
  useAutoGrow(headline, content.headline);

  return (
    <div className="fields">
      <textarea
        ref={headline}
        className="headline"
        aria-label="Headline"
        placeholder="Headline"
        rows={1}
        value={content.headline}
        spellCheck
        lang={content.language}
        // A headline is one line that wraps: Enter moves on to the deck, a pasted line break is a space.
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
            e.preventDefault();
            deck.current?.focus();
          }
        }}
        onChange={(e) => setHeadline(oneLineHeadline(e.target.value))}
      />
      <textarea
        ref={deck}
        className="deck"
        aria-label="Deck"
        placeholder="Deck: one or two sentences under the headline"
        rows={2}
        value={content.deck}
        spellCheck
        lang={content.language}
        onChange={(e) => onChange({ deck: e.target.value })}
      />
      <fieldset className="bylines" ref={bylines}>
        <legend>Bylines</legend>
        {content.bylines.map((b, i) => (
          <div className="byline-row" key={i}>
            <input
              aria-label={`Byline ${i + 1} name`}
              placeholder="Name"
              value={b.name}
              onChange={(e) => setByline(i, { ...b, name: e.target.value })}
            />
            <input
              aria-label={`Byline ${i + 1} email`}
              placeholder="email@newsroom.org"
              type="email"
              value={b.email}
              onChange={(e) => setByline(i, { ...b, email: e.target.value })}
            />
            <button
              type="button"
              aria-label={`Remove byline ${i + 1}`}
              onClick={() => onChange({ bylines: content.bylines.filter((_, k) => k !== i) })}
            >
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => {
            onChange({ bylines: [...content.bylines, { name: '', email: '' }] });
            setFocusByline(content.bylines.length);
          }}
        >
          Add byline
        </button>
      </fieldset>
      <div className="field-grid">
        <label>
          Dateline
          <input value={content.dateline} placeholder="Where it was reported" onChange={(e) => onChange({ dateline: e.target.value })} />
        </label>
        <label>
          Section
          <input value={content.section} placeholder="Desk or section" onChange={(e) => onChange({ section: e.target.value })} />
        </label>
        <label>
          Tags
          <input
            defaultValue={content.tags.join(', ')}
            placeholder="comma, separated"
            onChange={(e) =>
              onChange({
                tags: e.target.value
                  .split(',')
                  .map((t) => t.trim())
                  .filter(Boolean),
              })
            }
          />
        </label>
        <label>
          Slug
          <input
            value={content.slug}
            onChange={(e) => {
              setSlugTouched(true);
              onChange({ slug: slugify(e.target.value) || e.target.value.toLowerCase() });
            }}
          />
        </label>
        <label>
          Language
          <input
            defaultValue={content.language}
            placeholder="en"
            pattern="[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*"
            onChange={(e) => {
              if (/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(e.target.value)) onChange({ language: e.target.value });
            }}
          />
        </label>
      </div>
    </div>
  );
}

/** Line breaks (pasted, or typed before this field caught Enter) become one space, never two. */
export function oneLineHeadline(text: string): string {
  return text.replace(/[ \t]*[\r\n]+[ \t]*/g, ' ');
}

/** A textarea as tall as its text: long headlines wrap and show whole at any width. */
function useAutoGrow(ref: React.RefObject<HTMLTextAreaElement | null>, value: string): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = () => {
      el.style.height = 'auto';
      el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`; // borders too
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [ref, value]);
}
