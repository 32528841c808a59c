/**
 * The plain-text form news sites publish, and the shape the plain-text importer
 * (src/shared/import/text.ts) reads back. Exactly, line by line:
 *
 *   <headline>
 *   <deck>                                 (left out when there is none)
 *   Section: <section>                     (left out when there is none)
 *   Published: 04 March 2025, 09:15        (stampDateTime; the line is left out while unpublished)
 *   Updated: 05 March 2025, 14:02          (stampDateTime; left out when there is no updated time)
 *   - <BYLINE NAME>                        (one pair of lines per byline, name then email;
 *   - <email>                               the email line is left out when there is none)
 *   <blank line>
 *   <DATELINE> — <body paragraph>          (the dateline, when there is one, heads the first
 *   <blank line>                            block, as papers print it)
 *   <body paragraph>                       (one block per line, blocks separated by one blank line;
 *   <blank line>                            subheads and quotes are plain lines of their own,
 *   <body paragraph>                        list items start "• " or "1. ", a rule is "* * *",
 *   …                                       line breaks inside a block become spaces; a photo is
 *                                           "[Photo: caption (credit)]", an embed
 *                                           "[title: https://…]")
 *   <blank line>
 *   Update, March 5: <text>               (one line per note, oldest first, each after a blank line;
 *   <blank line>                            "Update, <AP date>: " or "Correction, <AP date>: ")
 *   Correction, March 5: <text>
 *
 * The file ends with one newline. Tags and formatting are not part of what the site prints, so
 * they are not written; the json format keeps everything. The text importer reads all of the
 * above back (src/shared/import/text.ts, src/shared/article/dateline.ts).
 */
import { blockText, type Block } from '../article/blocks';
import { stampDateTime } from '../text/dates';
import { noteLine, oneLine } from './notes';
import { withDatelineLead } from '../article/dateline';
import { bodyNodes, type ExportList } from './structure';
import type { ExportableArticle, ExportOptions } from './types';
import { embedTextLine, photoTextLine } from './photos';
import { vetLink } from '../security/trusted-url';

function stamp(iso: string): string {
  try {
    return stampDateTime(iso);
  } catch {
    return iso;
  }
}

function blockLine(block: Block): string {
  if (block.type === 'rule') return '* * *';
  if (block.type === 'photo' && block.photo) return photoTextLine(block.photo);
  if (block.type === 'embed' && block.embed) return embedTextLine(block.embed, vetLink(block.embed.url));
  return oneLine(blockText(block).replace(/\t/g, ' '));
}

function listLines(list: ExportList, out: string[], depth = 0): void {
  list.items.forEach((item, index) => {
    const marker = list.listType === 'number' ? `${index + 1}. ` : '• ';
    const text = blockLine(item.block);
    if (text) out.push(`${'  '.repeat(depth)}${marker}${text}`);
    for (const child of item.children) listLines(child, out, depth + 1);
  });
}

/** The body as text lines, one block per entry, no blank entries. */
export function bodyTextLines(article: Pick<ExportableArticle, 'body'>): string[] {
  const lines: string[] = [];
  for (const node of bodyNodes(article.body)) {
    if (node.kind === 'list') listLines(node, lines);
    else {
      const line = blockLine(node.block);
      if (line) lines.push(line);
    }
  }
  return lines;
}

export function exportText(article: ExportableArticle, options?: ExportOptions): string {
  const head: string[] = [oneLine(article.headline)];
  if (oneLine(article.deck)) head.push(oneLine(article.deck));
  if (oneLine(article.section)) head.push(`Section: ${oneLine(article.section)}`);
  if (article.firstPublishedAt) head.push(`Published: ${stamp(article.firstPublishedAt)}`);
  if (article.updatedAt) head.push(`Updated: ${stamp(article.updatedAt)}`);
  for (const byline of article.bylines) {
    const name = oneLine(byline.name);
    const email = oneLine(byline.email);
    if (name) head.push(`- ${name}`);
    if (email) head.push(`- ${email}`);
  }
  const body = bodyTextLines(article);
  const dateline = oneLine(article.dateline);
  if (dateline) body.splice(0, 1, withDatelineLead(dateline, body[0] ?? ''));
  const sections = [head.join('\n'), ...body, ...article.notes.map((note) => noteLine(note, options))];
  return sections.join('\n\n') + '\n';
}
