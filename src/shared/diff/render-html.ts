/**
 * The redline as HTML. Every piece of text is escaped and links are shown, never followed (no
 * href, the address in a title and in print), so a redline is safe to drop into the app or to
 * mail. Each change carries data-change="N" (1, 2, … in reading order) so a UI can step through
 * them; the two places of a move link to each other by anchors; screen readers hear
 * "inserted:", "deleted:", "moved from …".
 */
import { FORMAT_TAGS } from '../article/blocks';
import { isMedia, photoLabel } from './media';
import { REDLINE_CSS } from './redline-css';
import { blockNoun, describeTypeChange, moveDirection, summarizeDiff } from './summary';
import { describeStyleChange } from './styles';
import type { ArticleDiff, BlockChange, FieldChange, InlineOp, MediaFieldName } from './types';

export interface RedlineHtmlOptions {
  /** Shown as the page title and heading of a standalone document. */
  title?: string;
  /** A whole HTML document with its stylesheet (true), or a fragment for the app (false). */
  standalone: boolean;
  /** Prefix of anchor ids, so two redlines on one page do not collide. */
  idPrefix?: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const TAGS = FORMAT_TAGS;

function styledHtml(text: string, format = 0, link?: string): string {
  let html = escapeHtml(text).replace(/\n/g, '<br>');
  for (const [bit, tag] of TAGS) if (format & bit) html = `<${tag}>${html}</${tag}>`;
  if (link) html = `<span class="link" title="${escapeHtml(link)}" data-url="${escapeHtml(link)}">${html}</span>`;
  return html;
}

const srOnly = (text: string) => `<span class="sr-only">${escapeHtml(text)}</span>`;

class Renderer {
  private count = 0;
  constructor(
    private readonly diff: ArticleDiff,
    private readonly prefix: string,
  ) {}

  next(): number {
    return ++this.count;
  }

  /** Inline ops: a deletion and the insertion right after it are one change. */
  ops(ops: InlineOp[]): string {
    let html = '';
    let open = 0; // change number of the current del/ins group, 0 outside one
    for (const op of ops) {
      if (op.op === 'equal') {
        open = 0;
        if (op.previous) {
          const what = describeStyleChange(op.previous, { format: op.format ?? 0, link: op.link });
          html += `<span class="fmt" data-change="${this.next()}" title="${escapeHtml(what)}">${styledHtml(op.text, op.format, op.link)}${srOnly(` (${what})`)}</span>`;
        } else html += styledHtml(op.text, op.format, op.link);
        continue;
      }
      if (!open) open = this.next();
      const tag = op.op === 'insert' ? 'ins' : 'del';
      html += `<${tag} data-change="${open}">${srOnly(op.op === 'insert' ? 'inserted: ' : 'deleted: ')}${styledHtml(op.text, op.format, op.link)}</${tag}>`;
    }
    return html;
  }

  private runs(change: BlockChange): string {
    const block = change.kind === 'deleted' || change.moveSide === 'from' ? change.old : change.new;
    return (block?.runs ?? []).map((r) => styledHtml(r.text, r.format, r.link)).join('');
  }

  field(field: FieldChange): string {
    const parts: string[] = [];
    if (field.ops) parts.push(this.ops(field.ops));
    else {
      const n = this.next();
      if (field.removed?.length) parts.push(`<del data-change="${n}">${srOnly('removed: ')}${escapeHtml(field.removed.join(', '))}</del>`);
      if (field.added?.length) parts.push(`<ins data-change="${n}">${srOnly('added: ')}${escapeHtml(field.added.join(', '))}</ins>`);
      if (!parts.length) parts.push(`<span data-change="${n}">${escapeHtml(field.after)}</span>${srOnly(' (order changed)')}`);
    }
    return `<dt>${escapeHtml(field.label)}</dt><dd class="field-${field.field}">${parts.join(' ').replace(/\n/g, '<br>')}</dd>`;
  }

  block(change: BlockChange): { tag: string; attrs: string; inner: string } {
    const tag =
      change.type === 'heading'
        ? (change.tag ?? 'h2')
        : change.type === 'quote'
          ? 'blockquote'
          : change.type === 'list-item'
            ? 'li'
            : change.type === 'rule'
              ? 'hr'
              : isMedia(change)
                ? 'figure'
                : 'p';
    const classes: string[] = [];
    if (change.type === 'list-item' && change.depth) classes.push(`depth-${Math.min(change.depth, 6)}`);
    let attrs = '';
    let inner = '';
    const noun = blockNoun(change);
    if (isMedia(change)) classes.push(change.type === 'photo' ? 'photo' : 'embed');
    switch (change.kind) {
      case 'equal':
        inner = isMedia(change) ? this.media(change) : this.runs(change);
        break;
      case 'inserted': {
        classes.push('change-inserted');
        attrs = ` data-change="${this.next()}"`;
        if (isMedia(change)) inner = `<ins>${srOnly(`inserted ${noun}: `)}</ins>${this.media(change)}`;
        else inner = `<ins>${srOnly(`inserted ${noun}: `)}${this.runs(change) || srOnly('(empty)')}</ins>`;
        break;
      }
      case 'deleted': {
        classes.push('change-deleted');
        attrs = ` data-change="${this.next()}"`;
        if (isMedia(change)) inner = `<del>${srOnly(`deleted ${noun}: `)}</del>${this.media(change)}`;
        else inner = `<del>${srOnly(`deleted ${noun}: `)}${this.runs(change) || srOnly('(empty)')}</del>`;
        break;
      }
      case 'modified': {
        classes.push('change-modified');
        if (change.replaced) classes.push('replaced');
        if (isMedia(change)) inner = this.media(change);
        else inner = this.extras(change) + (change.ops ? this.ops(change.ops) : this.runs(change));
        break;
      }
      case 'moved': {
        const from = change.moveSide === 'from';
        const id = `${this.prefix}${change.moveId}-${from ? 'from' : 'to'}`;
        const other = `${this.prefix}${change.moveId}-${from ? 'to' : 'from'}`;
        const direction = moveDirection(this.diff.blocks, change);
        classes.push(from ? 'change-moved-from' : 'change-moved-to');
        attrs = ` id="${escapeHtml(id)}" data-change="${this.next()}" data-move="${escapeHtml(change.moveId ?? '')}"`;
        const label = from
          ? `Moved ${direction === 'down' ? 'down ↓' : 'up ↑'}`
          : `Moved here from ${direction === 'down' ? 'below ↓' : 'above ↑'}`;
        const spoken = from
          ? `${noun} moved from here to further ${direction}: `
          : `${noun} moved from further ${direction === 'down' ? 'down' : 'up'}: `;
        inner = `<a class="move-link" href="#${escapeHtml(other)}">${escapeHtml(label)}</a>${srOnly(spoken)}`;
        if (isMedia(change)) inner += this.media(change);
        else inner += from ? this.runs(change) : this.extras(change) + (change.ops ? this.ops(change.ops) : this.runs(change));
        break;
      }
    }
    if (classes.length) attrs = ` class="${classes.join(' ')}"` + attrs;
    return { tag, attrs, inner };
  }

  /** One field of a photo or embed: its word changes when it changed, else its text as it stands. */
  private mediaField(change: BlockChange, name: MediaFieldName): string {
    const field = change.media?.fields.find((f) => f.field === name);
    if (field) return this.ops(field.ops);
    const block = change.kind === 'deleted' || change.moveSide === 'from' ? change.old : change.new;
    const value =
      (block?.photo as Record<string, unknown> | undefined)?.[name] ?? (block?.embed as Record<string, unknown> | undefined)?.[name];
    return typeof value === 'string' ? escapeHtml(value) : '';
  }

  /**
   * A photo as a placeholder figure (the export carries no image bytes: it stays one small,
   * self-contained file) with its caption, credit and alt text; an embed as its card's words.
   */
  private media(change: BlockChange): string {
    const shown = change.kind === 'deleted' || change.moveSide === 'from' ? change.old : change.new;
    const part = (cls: string, label: string, html: string) =>
      html ? `<span class="${cls}"><span class="media-label">${escapeHtml(label)}</span> ${html}</span>` : '';
    if (change.type === 'embed') {
      const provider = this.mediaField(change, 'provider');
      // The address is text, never a link or a frame: a redline shows what changed, it loads nothing.
      return `<span class="embed-card">${part('embed-provider', 'Embed:', provider || 'post')}${part('embed-title', 'Title:', this.mediaField(change, 'title'))}${part('embed-url', 'Address:', this.mediaField(change, 'url'))}</span>`;
    }
    let image: string;
    if (change.media?.replaced) {
      const n = this.next();
      image = `<span class="photo-placeholder replaced" data-change="${n}">Photo replaced:&nbsp;<del>${escapeHtml(photoLabel(change.old))}</del>&nbsp;→&nbsp;<ins>${escapeHtml(photoLabel(change.new))}</ins></span>`;
    } else image = `<span class="photo-placeholder">${escapeHtml(`Photo: ${photoLabel(shown)}`)}</span>`;
    const caption = this.mediaField(change, 'caption');
    const credit = this.mediaField(change, 'credit');
    const alt = this.mediaField(change, 'alt');
    const figcaption = `<figcaption>${caption ? `<span class="caption">${caption}</span>` : ''}${credit ? ` <span class="credit">${credit}</span>` : ''}${part('alt', 'Alt text:', alt)}</figcaption>`;
    return image + figcaption;
  }

  private extras(change: BlockChange): string {
    let html = '';
    if (change.typeChange)
      html += `<span class="type-change" data-change="${this.next()}">${escapeHtml(describeTypeChange(change))}</span>`;
    if (change.replaced) html += `<span class="replaced-note">Too many changes to compare word by word: shown as replaced.</span>`;
    return html;
  }

  body(): string {
    const out: string[] = [];
    let list: string | null = null;
    for (const change of this.diff.blocks) {
      const wanted = change.type === 'list-item' ? (change.listType === 'number' ? 'ol' : 'ul') : null;
      if (list !== wanted) {
        if (list) out.push(`</${list}>`);
        if (wanted) out.push(`<${wanted}>`);
        list = wanted;
      }
      const { tag, attrs, inner } = this.block(change);
      if (tag === 'hr') {
        // A rule has no text to strike: a labelled wrapper carries the change.
        out.push(attrs ? `<div${attrs}>${srOnly(`${change.kind} rule`)}<hr></div>` : '<hr>');
      } else out.push(`<${tag}${attrs}>${inner}</${tag}>`);
    }
    if (list) out.push(`</${list}>`);
    return out.join('\n');
  }
}

export function redlineHtml(diff: ArticleDiff, options: RedlineHtmlOptions): string {
  const renderer = new Renderer(diff, options.idPrefix ?? 'redline-');
  const parts: string[] = [`<div class="redline" lang="${escapeHtml(diff.language)}">`];
  if (diff.fields.length) {
    parts.push('<section class="fields" aria-label="Changed fields"><dl>');
    for (const field of diff.fields) parts.push(renderer.field(field));
    parts.push('</dl></section>');
  }
  parts.push(`<div class="redline-body">`, renderer.body(), '</div></div>');
  const fragment = parts.join('\n');
  if (!options.standalone) return fragment;
  const title = options.title ?? 'Redline';
  return `<!doctype html>
<html lang="${escapeHtml(diff.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${REDLINE_CSS}</style>
</head>
<body>
<header class="redline-header redline"><h1>${escapeHtml(title)}</h1><p class="summary">${escapeHtml(summarizeDiff(diff))}</p></header>
<main>
${fragment}
</main>
</body>
</html>
`;
}
