/**
 * Markdown (CommonMark with GitHub's ~~strike~~): headline as "# ", deck in italics, byline with
 * mailto links, dateline and stamps, the body, then the notes after a rule. Words are escaped so
 * a reporter's asterisk or bracket stays a character; links that fail vetting stay plain text.
 */
import { FORMAT, type TextRun } from '../article/blocks';
import { stampDateTime } from '../text/dates';
import { vetLink } from '../security/trusted-url';
import { oneLine, printedNote } from './notes';
import { bodyNodes, groupRunsByLink, type ExportList } from './structure';
import type { ExportableArticle, ExportOptions } from './types';
import type { EmbedFields, PhotoFields } from '../article/media';
import { photoBytes, photoFilePath, photoTextLine } from './photos';

/**
 * `![alt](images/3f2a9c01b7de.jpg "caption")`, then the caption and credit as a line readers see:
 * `_caption_ (credit)`. The image file travels beside the Markdown (a zip or a folder); without
 * its bytes the photo is written as `[Photo: caption (credit)]` words, never a broken image.
 */
export function photoMarkdown(photo: PhotoFields, options?: ExportOptions): string {
  const caption = oneLine(photo.caption);
  const credit = oneLine(photo.credit);
  const line = [caption ? wrap(escapeMarkdown(caption), '_') : '', credit ? `(${escapeMarkdown(credit)})` : ''].filter(Boolean).join(' ');
  if (!photoBytes(photo, options?.photos)) return escapeMarkdown(photoTextLine(photo));
  const alt = escapeMarkdown(oneLine(photo.alt));
  const title = caption ? ` "${caption.replace(/(["\\])/g, '\\$1')}"` : '';
  return `![${alt}](${photoFilePath(photo)}${title})${line ? `\n\n${line}` : ''}`;
}

/** An embed as a plain link to the post or video, with its provider. */
export function embedMarkdown(embed: EmbedFields): string {
  const title = escapeMarkdown(oneLine(embed.title) || oneLine(embed.provider) || 'Embedded post');
  const href = vetLink(embed.url);
  const provider = oneLine(embed.provider) ? ` (${escapeMarkdown(oneLine(embed.provider))})` : '';
  return `${href ? `[${title}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)` : title}${provider}`;
}

/** Escapes Markdown punctuation anywhere, and block markers at a line's start. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>|~])/g, '\\$1')
    .replace(/^(\s*)([#+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

function wrap(text: string, marker: string): string {
  // Markdown emphasis must hug the words: keep edge spaces outside the markers.
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return m[2] ? `${m[1]}${marker}${m[2]}${marker}${m[3]}` : text;
}

function runMarkdown(run: TextRun): string {
  if (run.text === '\n') return '  \n';
  if (run.format & FORMAT.code) return wrap(run.text.replace(/`/g, 'ˋ'), '`');
  let text = escapeMarkdown(run.text);
  if (run.format & FORMAT.strikethrough) text = wrap(text, '~~');
  if (run.format & FORMAT.italic) text = wrap(text, '_');
  if (run.format & FORMAT.bold) text = wrap(text, '**');
  return text;
}

export function inlineMarkdown(runs: TextRun[]): string {
  let out = '';
  for (const group of groupRunsByLink(runs)) {
    const inner = group.runs.map(runMarkdown).join('');
    const href = vetLink(group.link);
    out += href ? `[${inner}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)` : inner;
  }
  return out;
}

function listMarkdown(list: ExportList, out: string[], indent = ''): void {
  list.items.forEach((item, index) => {
    const marker = list.listType === 'number' ? `${index + 1}. ` : '- ';
    out.push(`${indent}${marker}${inlineMarkdown(item.block.runs).replace(/\n/g, `\n${indent}${' '.repeat(marker.length)}`)}`);
    for (const child of item.children) listMarkdown(child, out, indent + ' '.repeat(marker.length));
  });
}

function stamp(iso: string): string {
  try {
    return stampDateTime(iso);
  } catch {
    return iso;
  }
}

export function exportMarkdown(article: ExportableArticle, options?: ExportOptions): string {
  const parts: string[] = [`# ${escapeMarkdown(oneLine(article.headline))}`];
  if (article.deck.trim()) parts.push(`_${escapeMarkdown(oneLine(article.deck))}_`);
  const people = article.bylines
    .filter((b) => b.name.trim())
    .map((b) => {
      const mail = b.email.trim() ? vetLink(`mailto:${b.email.trim()}`) : null;
      const name = escapeMarkdown(oneLine(b.name));
      return mail ? `[${name}](<${mail}>)` : name;
    });
  const meta: string[] = [];
  if (people.length)
    meta.push(`By ${people.length === 1 ? people[0] : `${people.slice(0, -1).join(', ')} and ${people[people.length - 1]}`}`);
  if (article.dateline.trim()) meta.push(escapeMarkdown(oneLine(article.dateline)));
  if (article.firstPublishedAt) meta.push(`Published: ${stamp(article.firstPublishedAt)}`);
  if (article.updatedAt) meta.push(`Updated: ${stamp(article.updatedAt)}`);
  if (meta.length) parts.push(meta.join('  \n'));

  for (const node of bodyNodes(article.body)) {
    if (node.kind === 'list') {
      const lines: string[] = [];
      listMarkdown(node, lines);
      parts.push(lines.join('\n'));
      continue;
    }
    const block = node.block;
    if (block.type === 'photo' && block.photo) {
      parts.push(photoMarkdown(block.photo, options));
      continue;
    }
    if (block.type === 'embed' && block.embed) {
      parts.push(embedMarkdown(block.embed));
      continue;
    }
    const inner = inlineMarkdown(block.runs);
    if (block.type === 'rule') parts.push('---');
    else if (!inner.trim()) continue;
    else if (block.type === 'heading') parts.push(`${'#'.repeat(Number((block.tag ?? 'h2').slice(1)))} ${inner.replace(/ {2}\n/g, ' ')}`);
    else if (block.type === 'quote')
      parts.push(
        inner
          .split('\n')
          .map((line) => `> ${line}`)
          .join('\n'),
      );
    else parts.push(inner);
  }

  if (article.notes.length) {
    parts.push('---');
    for (const note of article.notes) {
      const printed = printedNote(note, options);
      parts.push(`${printed.label ? `**${escapeMarkdown(printed.label)}** ` : ''}${escapeMarkdown(printed.text)}`);
    }
  }
  return parts.join('\n\n') + '\n';
}
