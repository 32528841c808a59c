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
  ImageRun,
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
import type { EmbedFields, PhotoFields, PhotoType } from '../../shared/article/media';
import { photoBytes, placedSize } from '../../shared/export/photos';

/** What Word embeds as it is; WebP (which nothing here converts) gets a captioned box instead. */
const WORD_IMAGE_TYPES: Partial<Record<PhotoType, 'jpg' | 'png' | 'gif'>> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif' };
/** The text width of an A4 page with Word's default one-inch margins, in pixels at 96 to the inch. */
const TEXT_WIDTH_PX = 602;
const MAX_PHOTO_HEIGHT_PX = 700;

/**
 * A photo in its own paragraph at the text width (smaller when taller than a page allows), its
 * alt text as the picture's description, then the caption and credit under it. WebP, or a photo
 * whose bytes the store lacks, is a bordered paragraph with the alt text, so the page still says
 * what was there.
 */
function photoParagraphs(photo: PhotoFields, options: ExportOptions, index: number): Paragraph[] {
  const found = photoBytes(photo, options.photos);
  const type = found ? WORD_IMAGE_TYPES[found.mime] : undefined;
  const out: Paragraph[] = [];
  if (found && type) {
    const size = placedSize(photo, TEXT_WIDTH_PX, MAX_PHOTO_HEIGHT_PX);
    out.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: 200, after: 60 },
        children: [
          new ImageRun({
            type,
            data: found.bytes,
            transformation: { width: Math.round(size.width), height: Math.round(size.height) },
            // No title: Word readers (and mammoth) fall back to it when the description is empty,
            // which would make the caption the alt text.
            altText: { name: `Photo ${index}`, description: oneLine(photo.alt) },
          }),
        ],
      }),
    );
  } else {
    const box = { style: BorderStyle.SINGLE, size: 6, color: 'BBBBBB', space: 6 };
    out.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: 200, after: 60 },
        shading: { fill: 'F2F2F2' },
        border: { top: box, bottom: box, left: box, right: box },
        children: [new TextRun({ text: `[Photo: ${oneLine(photo.alt) || 'no description'}]`, color: '555555' })],
      }),
    );
  }
  const caption = oneLine(photo.caption);
  const credit = oneLine(photo.credit);
  if (caption || credit) {
    // Word's own Caption style, and the credit in a character style of its own, so the
    // Word importer reads both back as the photo's caption and credit.
    out.push(
      new Paragraph({
        style: 'Caption',
        children: [
          ...(caption ? [new TextRun(caption)] : []),
          ...(caption && credit ? [new TextRun('  ')] : []),
          ...(credit ? [new TextRun({ text: credit, style: 'PhotoCredit' })] : []),
        ],
      }),
    );
  }
  return out;
}

/** An embed as a link to the post or video, with its provider: Word holds no players. */
function embedParagraph(embed: EmbedFields): Paragraph {
  const href = vetLink(embed.url);
  const title = oneLine(embed.title) || oneLine(embed.provider) || 'Embedded post';
  const provider = oneLine(embed.provider);
  const titleRun = new TextRun({ text: title, style: href ? 'Hyperlink' : undefined, underline: href ? {} : undefined });
  return new Paragraph({
    children: [
      ...(provider ? [new TextRun({ text: `${provider}: `, bold: true })] : []),
      href ? new ExternalHyperlink({ link: href, children: [titleRun] }) : titleRun,
    ],
  });
}

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
  let photoCount = 0;
  for (const node of bodyNodes(article.body)) {
    if (node.kind === 'list') {
      listParagraphs(node, children, counter);
      continue;
    }
    const block = node.block;
    if (block.type === 'heading') children.push(new Paragraph({ heading: HEADINGS[block.tag ?? 'h2'], children: inline(block.runs) }));
    else if (block.type === 'quote') children.push(new Paragraph({ style: 'Quote', children: inline(block.runs) }));
    else if (block.type === 'rule') children.push(new Paragraph({ thematicBreak: true, children: [] }));
    else if (block.type === 'photo' && block.photo) children.push(...photoParagraphs(block.photo, options, ++photoCount));
    else if (block.type === 'embed' && block.embed) children.push(embedParagraph(block.embed));
    else children.push(new Paragraph({ children: inline(block.runs) }));
  }

  article.notes.forEach((note, i) => {
    children.push(
      new Paragraph({
        children: notePrint(note, options),
        ...(i === 0
          ? { border: { top: { style: BorderStyle.SINGLE, size: 6, color: 'BBBBBB', space: 8 } }, spacing: { before: 240 } }
          : {}),
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
        {
          id: 'Caption',
          name: 'Caption',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { size: 18, color: '404040', font: 'Helvetica' },
          paragraph: { spacing: { after: 240 } },
        },
      ],
      characterStyles: [
        { id: 'PhotoCredit', name: 'Photo Credit', basedOn: 'DefaultParagraphFont', run: { size: 16, color: '777777', allCaps: true } },
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
