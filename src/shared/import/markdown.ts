/**
 * Markdown articles: `# Headline`, an optional masthead as in text form (or front matter),
 * `##`/`###` subheads, paragraphs, bold/italic/strike, links, quotes, nested lists, rules.
 * Raw HTML inside Markdown is kept as the words it is written with, never run as markup.
 */
import { marked, type Token, type Tokens } from 'marked';
import { FORMAT, type TextRun } from '../article/blocks';
import type { PhotoFields } from '../article/media';
import { assembleArticle } from './assemble';
import { BlockBuilder, runsText, tidyRuns } from './block-builder';
import { decodeEntities } from './entities';
import { ArticleFrame } from './frame';
import { isNoteHeading } from './frame-lines';
import { readFrontMatter } from './front-matter';
import type { ImportedArticle, ParseOptions } from './imported-article';
import { vetLink } from '../security/trusted-url';
import { readMasthead, readTail, splitLines } from './text';

/** Inline tokens to text runs. */
export function inlineRuns(tokens: Token[] | undefined, format = 0, link?: string, out: TextRun[] = []): TextRun[] {
  const push = (text: string, f = format) => out.push(link ? { text, format: f, link } : { text, format: f });
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'text': {
        const t = token as Tokens.Text;
        if (t.tokens?.length) inlineRuns(t.tokens, format, link, out);
        else push(decodeEntities(t.text).replace(/\n/g, ' '));
        break;
      }
      case 'escape':
        push((token as Tokens.Escape).text);
        break;
      case 'strong':
        inlineRuns((token as Tokens.Strong).tokens, format | FORMAT.bold, link, out);
        break;
      case 'em':
        inlineRuns((token as Tokens.Em).tokens, format | FORMAT.italic, link, out);
        break;
      case 'del':
        inlineRuns((token as Tokens.Del).tokens, format | FORMAT.strikethrough, link, out);
        break;
      case 'codespan':
        push((token as Tokens.Codespan).text, format | FORMAT.code);
        break;
      case 'br':
        out.push({ text: '\n', format: 0 });
        break;
      case 'link': {
        const l = token as Tokens.Link;
        // A link inside a link is not possible; the outer one stands.
        inlineRuns(l.tokens, format, link ?? vetLink(l.href) ?? undefined, out);
        break;
      }
      case 'image':
        // Pictures are not imported; their words are not copy either.
        break;
      case 'html':
        // Raw HTML stays as the text it is: never markup.
        push((token as Tokens.HTML).raw.replace(/\n/g, ' '));
        break;
      default:
        if ('tokens' in token && Array.isArray(token.tokens)) inlineRuns(token.tokens as Token[], format, link, out);
        else if ('text' in token && typeof token.text === 'string') push(token.text);
    }
  }
  return out;
}

interface Walk {
  builder: BlockBuilder;
  headline: string;
  /** The photo a paragraph just ended with: the next line may be its caption and credit. */
  lastPhoto?: PhotoFields | null;
}

function lastPhotoOf(builder: BlockBuilder): PhotoFields | null {
  const last = builder.blocks[builder.blocks.length - 1];
  return last?.type === 'photo' && last.photo ? last.photo : null;
}

/**
 * `_caption_ (credit)` under a picture — the line Copydesk's Markdown export writes — is that
 * photo's caption and credit, not copy. The italic words must be the photo's caption when it has
 * one (its image title), so an ordinary italic paragraph after a photo stays a paragraph.
 */
function readCaptionLine(tokens: Token[], photo: PhotoFields): boolean {
  const start = tokens.findIndex((t) => t.type !== 'text' || t.raw.trim() !== '');
  if (start < 0) return false;
  let caption = '';
  let rest = tokens.slice(start);
  if (rest[0]!.type === 'em') {
    caption = runsText(tidyRuns(inlineRuns((rest[0] as Tokens.Em).tokens), true));
    rest = rest.slice(1);
  }
  // The words after the caption, escapes resolved: `(credit)` or nothing.
  const tail = runsText(inlineRuns(rest));
  const credit = /^\s*\((.+)\)\s*$/.exec(tail);
  if (!caption && !credit) return false;
  if (tail.trim() && !credit) return false;
  if (photo.caption && caption && caption !== photo.caption) return false;
  if (caption) photo.caption = caption;
  if (credit) photo.credit = credit[1]!.replace(/\s+/g, ' ').trim();
  return true;
}

function listBlocks(list: Tokens.List, depth: number, walk: Walk): void {
  const listType = list.ordered ? 'number' : 'bullet';
  for (const item of list.items) {
    const runs: TextRun[] = [];
    const nested: Tokens.List[] = [];
    for (const token of item.tokens) {
      if (token.type === 'list') {
        nested.push(token as Tokens.List);
        continue;
      }
      if (token.type === 'space') continue;
      if (runs.length) runs.push({ text: '\n', format: 0 });
      const inner = (token as { tokens?: Token[] }).tokens;
      if (inner) inlineRuns(inner, 0, undefined, runs);
      else if ('text' in token && typeof token.text === 'string') runs.push({ text: token.text, format: 0 });
    }
    walk.builder.listItem(listType, depth, runs);
    for (const sub of nested) listBlocks(sub, depth + 1, walk);
  }
}

function blockTokens(tokens: Token[], walk: Walk, inQuote: boolean): void {
  const { builder } = walk;
  const emit = (runs: TextRun[]) => (inQuote ? builder.quote(runs) : builder.paragraph(runs));
  for (const token of tokens) {
    // Only the paragraph right after a photo may be its caption line.
    if (token.type !== 'paragraph' && token.type !== 'space') walk.lastPhoto = null;
    switch (token.type) {
      case 'heading': {
        const h = token as Tokens.Heading;
        const runs = inlineRuns(h.tokens);
        if (h.depth === 1 && !walk.headline && !inQuote) {
          walk.headline = runsText(tidyRuns(runs, true));
          builder.endList();
        } else if (inQuote) builder.quote(runs);
        else builder.heading(h.depth <= 2 ? 'h2' : h.depth === 3 ? 'h3' : 'h4', runs);
        break;
      }
      case 'paragraph': {
        const inner = (token as Tokens.Paragraph).tokens ?? [];
        const photo = walk.lastPhoto;
        walk.lastPhoto = null;
        if (photo && !inQuote && readCaptionLine(inner, photo)) break;
        if (!inner.some((t) => t.type === 'image')) {
          emit(inlineRuns(inner));
          break;
        }
        // A picture splits its paragraph: words before, the photo, words after.
        let words: Token[] = [];
        for (const t of inner) {
          if (t.type !== 'image') {
            words.push(t);
            continue;
          }
          emit(inlineRuns(words));
          words = [];
          const image = t as Tokens.Image;
          // The alt text's own tokens: marked leaves some escapes in `text` and takes others out.
          const alt = image.tokens?.length ? runsText(inlineRuns(image.tokens)) : decodeEntities(image.text);
          builder.photo(image.href, { alt, caption: image.title ? decodeEntities(image.title) : '' });
        }
        if (words.some((t) => t.raw.trim())) emit(inlineRuns(words));
        else walk.lastPhoto = builder.photoAwaitingCaption() ?? lastPhotoOf(builder);
        break;
      }
      case 'blockquote':
        blockTokens((token as Tokens.Blockquote).tokens, walk, true);
        break;
      case 'list':
        listBlocks(token as Tokens.List, 0, walk);
        builder.endList();
        break;
      case 'hr':
        builder.rule();
        break;
      case 'code':
        emit([{ text: (token as Tokens.Code).text, format: FORMAT.code }]);
        break;
      case 'html':
        emit([{ text: (token as Tokens.HTML).raw.trim(), format: 0 }]);
        break;
      case 'table': {
        const t = token as Tokens.Table;
        for (const row of [t.header, ...t.rows]) {
          const runs: TextRun[] = [];
          row.forEach((cell, i) => {
            if (i > 0) runs.push({ text: '\t', format: 0 });
            inlineRuns(cell.tokens, 0, undefined, runs);
          });
          emit(runs);
        }
        break;
      }
      case 'space':
      case 'def':
        break;
      default:
        if ('tokens' in token && Array.isArray(token.tokens)) emit(inlineRuns(token.tokens as Token[]));
        else if ('text' in token && typeof token.text === 'string') emit([{ text: token.text, format: 0 }]);
    }
  }
}

/** Plain words of a one-line Markdown headline: "# The **new** budget" → "The new budget". */
function headlineText(line: string): string {
  const tokens = marked.lexer(line, { gfm: true });
  const first = tokens[0];
  const inner = first && 'tokens' in first ? (first.tokens as Token[]) : [];
  return runsText(tidyRuns(inlineRuns(inner), true));
}

/**
 * marked's emphasis matching is quadratic in the number of `*` and `_` in one paragraph (16,000
 * of them take over a second). Real copy has a few hundred per article; past these limits the
 * marks are escaped, so a hostile file reads as literal characters in linear time.
 */
const EMPHASIS_PER_PARAGRAPH = 1000;
const EMPHASIS_PER_ARTICLE = 20_000;

function countEmphasis(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95) n++;
  }
  return n;
}

const escapeEmphasis = (text: string) => text.replace(/[*_]/g, '\\$&');

export function defuseEmphasis(source: string): string {
  const chunks = source.split(/(\n[ \t]*\n)/);
  let total = 0;
  for (let i = 0; i < chunks.length; i += 2) {
    const count = countEmphasis(chunks[i]!);
    if (count > EMPHASIS_PER_PARAGRAPH) chunks[i] = escapeEmphasis(chunks[i]!);
    else total += count;
  }
  const joined = chunks.join('');
  return total > EMPHASIS_PER_ARTICLE ? escapeEmphasis(joined) : joined;
}

/**
 * A note's label alone on its line: "## Update", "**Correction:**", "*Correction: Feb. 9, 2020*",
 * "Correction:". A heading or a line all in emphasis is set apart already, so it needs no colon.
 */
function isNoteLabelLine(line: string): boolean {
  const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
  const emphasis = /^\s*(\*{1,2}|_{1,2})(\S(?:.*\S)?)\1\s*$/.exec(line);
  const text = heading?.[1] ?? emphasis?.[2] ?? line;
  return isNoteHeading(text.replace(/^(\*{1,2}|_{1,2})(.*)\1$/, '$2'), !!(heading || emphasis));
}

/** A line's words as a reader sees them: escapes, emphasis marks and link targets gone. */
function lineText(line: string): string {
  return runsText(inlineRuns(marked.Lexer.lexInline(line, { gfm: true })));
}

export function parseMarkdownArticle(text: string, options: ParseOptions = {}): ImportedArticle {
  let lines = splitLines(text);
  const front = readFrontMatter(lines);
  if (front) lines = front.rest;
  const frame = new ArticleFrame();
  // Notes under the copy take their year from the front matter's dates too.
  frame.firstPublishedAt = front?.fields.firstPublishedAt ?? undefined;
  frame.updatedAt = front?.fields.updatedAt ?? undefined;
  const top = readMasthead(lines, frame, (line) => (/^#\s+\S/.test(line) ? headlineText(line) : null));
  const end = readTail(lines, top.start, frame, isNoteLabelLine, lineText);
  const walk: Walk = { builder: new BlockBuilder(true), headline: top.headline };
  blockTokens(marked.lexer(defuseEmphasis(lines.slice(top.start, end).join('\n')), { gfm: true }), walk, false);
  return assembleArticle(
    {
      headline: walk.headline || front?.fields.headline,
      blocks: walk.builder.blocks,
      frame,
      fields: front?.fields,
      italicDeck: true,
      pendingImages: walk.builder.pendingImages,
    },
    options,
  );
}
