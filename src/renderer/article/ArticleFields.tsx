/** The article's fields above the body: headline, deck, bylines, dateline, section, tags, slug, language. */
import { useState } from 'react';
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

  return (
    <div className="fields">
      <textarea
        className="headline"
        aria-label="Headline"
        placeholder="Headline"
        rows={1}
        value={content.headline}
        spellCheck
        lang={content.language}
        onChange={(e) => setHeadline(e.target.value.replace(/\n/g, ' '))}
      />
      <textarea className="deck" aria-label="Deck" placeholder="Deck: one or two sentences under the headline" rows={2} value={content.deck} spellCheck lang={content.language} onChange={(e) => onChange({ deck: e.target.value })} />
      <fieldset className="bylines">
        <legend>Bylines</legend>
        {content.bylines.map((b, i) => (
          <div className="byline-row" key={i}>
            <input aria-label={`Byline ${i + 1} name`} placeholder="Name" value={b.name} onChange={(e) => setByline(i, { ...b, name: e.target.value })} />
            <input aria-label={`Byline ${i + 1} email`} placeholder="email@newsroom.org" type="email" value={b.email} onChange={(e) => setByline(i, { ...b, email: e.target.value })} />
            <button type="button" aria-label={`Remove byline ${i + 1}`} onClick={() => onChange({ bylines: content.bylines.filter((_, k) => k !== i) })}>
              ×
            </button>
          </div>
        ))}
        <button type="button" onClick={() => onChange({ bylines: [...content.bylines, { name: '', email: '' }] })}>
          Add byline
        </button>
      </fieldset>
      <div className="field-grid">
        <label>
          Dateline
          <input value={content.dateline} placeholder="SEOUL" onChange={(e) => onChange({ dateline: e.target.value })} />
        </label>
        <label>
          Section
          <input value={content.section} placeholder="World" onChange={(e) => onChange({ section: e.target.value })} />
        </label>
        <label>
          Tags
          <input
            defaultValue={content.tags.join(', ')}
            placeholder="comma, separated"
            onChange={(e) => onChange({ tags: e.target.value.split(',').map((t) => t.trim()).filter(Boolean) })}
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
