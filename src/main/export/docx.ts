/**
 * A Word document of the article (docx): headline as Title, deck as Subtitle, byline, dateline
 * and stamps, the body with Heading 2-4, runs bold/italic/underline/strike, hyperlinks, bulleted
 * and numbered lists (each numbered list restarts at 1), quotes in Word's "Quote" style, and the
 * notes at the end. Links that fail vetting are written as plain words.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import { FORMAT, type TextRun as BodyRun } from '../../shared/article/blocks';
import { vetLink } from '../../shared/security/trusted-url';
import { bylineLine } from '../../shared/export/meta';
import { oneLine, printedNote } from '../../shared/export/notes';
import { bodyNodes, groupRunsByLink, type ExportList } from '../../shared/export/structure';
import type { ExportableArticle, ExportOptions } from '../../shared/export/types';
import { stampDateTime } from '../../shared/text/dates';

const NUMBERED = 'copydesk-numbered';
const BULLETED = 'copydesk-bulleted';

/** A note as readers see it: the label in bold when the house form has one. */
function notePrint(note: ExportableArticle['notes'][number], options: ExportOptions): TextRun[] {
  const printed = printedNote(note, options);
  return [...(printed.label ? [new TextRun({ text: `${printed.label} `, bold: true })] : []), new TextRun(printed.text)];
}

function stamp(iso: string): string {
  try {
    return stampDateTime(iso);
  } catch {
    return iso;
  }
}

function textRun(run: BodyRun, link: boolean): TextRun {
  if (run.text === '\n') return new TextRun({ break: 1 });
  return new TextRun({
    text: run.text,
    bold: (run.format & FORMAT.bold) !== 0 || undefined,
    italics: (run.format & FORMAT.italic) !== 0 || undefined,
    underline: (run.format & FORMAT.underline) !== 0 || link ? {} : undefined,
    strike: (run.format & FORMAT.strikethrough) !== 0 || undefined,
    subScript: (run.format & FORMAT.subscript) !== 0 || undefined,
    superScript: (run.format & FORMAT.superscript) !== 0 || undefined,
    highlight: (run.format & FORMAT.highlight) !== 0 ? 'yellow' : undefined,
    font: (run.format & FORMAT.code) !== 0 ? 'Consolas' : undefined,
    style: link ? 'Hyperlink' : undefined,
  });
}

function inline(runs: BodyRun[]): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const group of groupRunsByLink(runs)) {
    const href = vetLink(group.link);
    const children = group.runs.map((run) => textRun(run, href !== null));
    if (href) out.push(new ExternalHyperlink({ link: href, children }));
    else out.push(...children);
  }
  return out;
}

const HEADINGS = { h2: HeadingLevel.HEADING_2, h3: HeadingLevel.HEADING_3, h4: HeadingLevel.HEADING_4 } as const;

function listParagraphs(list: ExportList, out: Paragraph[], counter: { instance: number }, depth = 0): void {
  // Each numbered list gets its own numbering instance so it restarts at 1.
  const instance = list.listType === 'number' ? ++counter.instance : 0;
  for (const item of list.items) {
    if (item.block.runs.length > 0) {
      out.push(
        new Paragraph({
          children: inline(item.block.runs),
          numbering: { reference: list.listType === 'number' ? NUMBERED : BULLETED, level: Math.min(depth, 8), instance },
        }),
      );
    }
    for (const child of item.children) listParagraphs(child, out, counter, depth + 1);
  }
}

function levels(format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string) {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format,
    text: text(level),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
}

export async function exportDocx(article: ExportableArticle, options: ExportOptions): Promise<Buffer> {
  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(oneLine(article.headline))] })];
  if (article.deck.trim()) children.push(new Paragraph({ style: 'Subtitle', children: [new TextRun(oneLine(article.deck))] }));
  const byline = bylineLine(article);
  if (byline) children.push(new Paragraph({ children: [new TextRun({ text: byline, bold: true })] }));
  const emails = article.bylines.map((b) => b.email.trim()).filter(Boolean);
  if (emails.length) children.push(new Paragraph({ children: [new TextRun({ text: emails.join(', '), color: '555555', size: 18 })] }));
  const facts: string[] = [];
  if (article.dateline.trim()) facts.push(oneLine(article.dateline));
  if (article.firstPublishedAt) facts.push(`Published: ${stamp(article.firstPublishedAt)}`);
  if (article.updatedAt) facts.push(`Updated: ${stamp(article.updatedAt)}`);
  if (facts.length) {
    children.push(
      new Paragraph({
        children: [new TextRun({ text: facts.join('  ·  '), color: '555555', size: 18 })],
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'BBBBBB', space: 8 } },
        spacing: { after: 240 },
      }),
    );
  }

  const counter = { instance: 0 };
  for (const node of bodyNodes(article.body)) {
    if (node.kind === 'list') {
      listParagraphs(node, children, counter);
      continue;
    }
    const block = node.block;
    if (block.type === 'heading') children.push(new Paragraph({ heading: HEADINGS[block.tag ?? 'h2'], children: inline(block.runs) }));
    else if (block.type === 'quote') children.push(new Paragraph({ style: 'Quote', children: inline(block.runs) }));
    else if (block.type === 'rule') children.push(new Paragraph({ thematicBreak: true, children: [] }));
    else children.push(new Paragraph({ children: inline(block.runs) }));
  }

  article.notes.forEach((note, i) => {
    children.push(
      new Paragraph({
        children: notePrint(note, options),
        ...(i === 0 ? { border: { top: { style: BorderStyle.SINGLE, size: 6, color: 'BBBBBB', space: 8 } }, spacing: { before: 240 } } : {}),
      }),
    );
  });

  const document = new Document({
    creator: options.provider,
    lastModifiedBy: options.provider,
    title: oneLine(article.headline),
    subject: oneLine(article.deck),
    description: oneLine(article.deck),
    keywords: article.tags.join(', '),
    styles: {
      default: { document: { run: { font: 'Georgia', size: 22 } } },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true, color: '404040' },
          paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 120, after: 120 } },
        },
      ],
    },
    numbering: {
      config: [
        { reference: BULLETED, levels: levels(LevelFormat.BULLET, (level) => (level % 2 === 0 ? '•' : '◦')) },
        { reference: NUMBERED, levels: levels(LevelFormat.DECIMAL, (level) => `%${level + 1}.`) },
      ],
    },
    sections: [{ properties: {}, children }],
  });
  return Packer.toBuffer(document);
}
