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
  const people = article.bylines.filter((b) => b.name.trim()).map((b) => {
    const mail = b.email.trim() ? vetLink(`mailto:${b.email.trim()}`) : null;
    const name = escapeMarkdown(oneLine(b.name));
    return mail ? `[${name}](<${mail}>)` : name;
  });
  const meta: string[] = [];
  if (people.length) meta.push(`By ${people.length === 1 ? people[0] : `${people.slice(0, -1).join(', ')} and ${people[people.length - 1]}`}`);
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
    const inner = inlineMarkdown(block.runs);
    if (block.type === 'rule') parts.push('---');
    else if (!inner.trim()) continue;
    else if (block.type === 'heading') parts.push(`${'#'.repeat(Number((block.tag ?? 'h2').slice(1)))} ${inner.replace(/ {2}\n/g, ' ')}`);
    else if (block.type === 'quote') parts.push(inner.split('\n').map((line) => `> ${line}`).join('\n'));
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
