/**
 * A print-ready PDF of the article (pdfkit): A4 or US Letter with one-inch margins, DejaVu fonts
 * embedded so Latin-extended names print as written, headline, deck, byline, dateline and stamps,
 * the body with subheads, bold, italic, links, lists and quotes, the notes at the end, and a
 * footer with the headline and page numbers on every page.
 */
import PDFDocument from 'pdfkit';
import { FORMAT, type Block, type TextRun } from '../../shared/article/blocks';
import { vetLink } from '../../shared/security/trusted-url';
import { bylineLine, versionCreatedAt } from '../../shared/export/meta';
import { oneLine, printedNote } from '../../shared/export/notes';
import { bodyNodes, type ExportList } from '../../shared/export/structure';
import type { ExportableArticle, ExportOptions } from '../../shared/export/types';
import { stampDateTime } from '../../shared/text/dates';
import { readFileSync } from 'node:fs';
import { dejavuFonts, type FontSet } from './fonts';
import type { EmbedFields, PhotoFields } from '../../shared/article/media';
import { photoBytes, placedSize } from '../../shared/export/photos';

export type PaperSize = 'A4' | 'Letter';

export interface PdfOptions extends ExportOptions {
  paper?: PaperSize;
}

const MARGIN = 72;
const INK = '#1a1a1a';
const GREY = '#555555';
const LINK = '#0b5394';
const BODY_SIZE = 11;

type Doc = PDFKit.PDFDocument;

function fontFor(format: number): string {
  const bold = (format & FORMAT.bold) !== 0;
  const italic = (format & FORMAT.italic) !== 0;
  return bold && italic ? 'serif-bold-italic' : bold ? 'serif-bold' : italic ? 'serif-italic' : 'serif';
}

function stamp(iso: string): string {
  try {
    return stampDateTime(iso);
  } catch {
    return iso;
  }
}

/** Writes runs as one flowing paragraph at the current position, within `width`. */
function writeRuns(doc: Doc, runs: TextRun[], width: number, baseFormat = 0, size = BODY_SIZE): void {
  const visible = runs.filter((run) => run.text.length > 0);
  if (visible.length === 0) return;
  visible.forEach((run, i) => {
    const href = vetLink(run.link);
    const format = run.format | baseFormat;
    doc
      .font(fontFor(format))
      .fontSize(format & (FORMAT.subscript | FORMAT.superscript) ? size * 0.75 : size)
      .fillColor(href ? LINK : INK)
      .text(run.text === '\t' ? '    ' : run.text, {
        width,
        continued: i < visible.length - 1,
        // pdfkit carries options into continued text: say "no link" and "no underline" explicitly.
        link: href,
        underline: href !== null || (format & FORMAT.underline) !== 0,
        strike: (format & FORMAT.strikethrough) !== 0,
        lineGap: 2,
      });
  });
  doc.fillColor(INK);
}

function paragraph(doc: Doc, runs: TextRun[], indent = 0, baseFormat = 0): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right - indent;
  doc.x = left + indent;
  writeRuns(doc, runs, width, baseFormat);
  doc.x = left;
  doc.moveDown(0.6);
}

function heading(doc: Doc, block: Block): void {
  doc.moveDown(0.4);
  const size = block.tag === 'h2' || !block.tag ? 15 : block.tag === 'h3' ? 13 : 12;
  doc.font('sans-bold').fontSize(size).fillColor(INK);
  doc.x = doc.page.margins.left;
  doc.text(block.runs.map((run) => (run.text === '\n' ? ' ' : run.text)).join(''), { lineGap: 2 });
  doc.moveDown(0.4);
}

function quote(doc: Doc, block: Block): void {
  const left = doc.page.margins.left;
  const top = doc.y;
  const startPage = doc.bufferedPageRange().count;
  paragraph(doc, block.runs, 24, FORMAT.italic);
  // The rule beside a pull quote; skipped when the quote broke across pages.
  if (doc.bufferedPageRange().count === startPage) {
    doc
      .save()
      .moveTo(left + 8, top + 2)
      .lineTo(left + 8, doc.y - 8)
      .lineWidth(2)
      .strokeColor('#999999')
      .stroke()
      .restore();
  }
}

function list(doc: Doc, node: ExportList, depth = 0): void {
  const left = doc.page.margins.left;
  node.items.forEach((item, index) => {
    const indent = 18 + depth * 18;
    const marker = node.listType === 'number' ? `${index + 1}.` : '•';
    if (item.block.runs.length > 0) {
      // Keep the marker and the first line together on one page.
      if (doc.y + BODY_SIZE * 1.5 > doc.page.height - doc.page.margins.bottom) doc.addPage();
      const y = doc.y;
      doc
        .font('serif')
        .fontSize(BODY_SIZE)
        .fillColor(INK)
        .text(marker, left + indent - 16, y, { width: 14, lineBreak: false });
      doc.x = left + indent;
      doc.y = y;
      writeRuns(doc, item.block.runs, doc.page.width - left - doc.page.margins.right - indent);
      doc.x = left;
      doc.moveDown(0.3);
    }
    for (const child of item.children) list(doc, child, depth + 1);
  });
  doc.moveDown(0.3);
}

/** pdfkit draws JPEG and PNG; GIF and WebP (and photos whose bytes are missing) get a box. */
const PDF_DRAWS = new Set(['image/jpeg', 'image/png']);

/** Caption then credit under a photo, in the small sans the page uses for its facts. */
function photoCaption(doc: Doc, photo: PhotoFields, width: number): void {
  const left = doc.page.margins.left;
  const caption = oneLine(photo.caption);
  const credit = oneLine(photo.credit);
  doc.x = left;
  if (caption)
    doc
      .font('sans')
      .fontSize(9)
      .fillColor(INK)
      .text(caption, left, doc.y, { width, continued: credit !== '', lineGap: 1 });
  if (credit)
    doc
      .font('sans')
      .fontSize(8)
      .fillColor(GREY)
      .text(caption ? `  ${credit.toUpperCase()}` : credit.toUpperCase(), caption ? undefined : left, caption ? undefined : doc.y, {
        width,
        lineGap: 1,
      });
  doc.fillColor(INK);
  doc.x = left;
  doc.moveDown(0.8);
}

/**
 * A photo placed at the text width (smaller when it would not fit a page), caption and credit
 * under it. A photo pdfkit cannot draw — GIF, WebP (nothing here converts them) or one whose
 * bytes the store lacks — is a grey box of the same shape holding its alt text, so the page
 * still says what was there.
 */
function photo(doc: Doc, fields: PhotoFields, options: PdfOptions): void {
  const left = doc.page.margins.left;
  const textWidth = doc.page.width - left - doc.page.margins.right;
  const bottom = doc.page.height - doc.page.margins.bottom;
  const found = photoBytes(fields, options.photos);
  const drawable = found && PDF_DRAWS.has(found.mime);
  const size = drawable
    ? placedSize(fields, textWidth, (bottom - doc.page.margins.top) * 0.8)
    : { width: textWidth, height: Math.min(placedSize(fields, textWidth, 160).height, 160) };
  // Keep the photo and the first line of its caption together on one page.
  if (doc.y + size.height + 24 > bottom) doc.addPage();
  const top = doc.y;
  let drawn = false;
  if (drawable) {
    try {
      doc.image(Buffer.from(found.bytes.buffer, found.bytes.byteOffset, found.bytes.byteLength), left, top, {
        width: size.width,
        height: size.height,
      });
      drawn = true;
    } catch {
      drawn = false; // a file pdfkit cannot read still gets its box below
    }
  }
  if (!drawn) {
    doc.save().rect(left, top, size.width, size.height).fillAndStroke('#f2f2f2', '#bbbbbb').restore();
    const words = oneLine(fields.alt) || 'Photo';
    doc
      .font('sans')
      .fontSize(9)
      .fillColor(GREY)
      .text(`[Photo: ${words}]`, left + 12, top + 12, { width: size.width - 24, height: size.height - 24, ellipsis: true });
  }
  doc.x = left;
  doc.y = top + size.height + 6;
  photoCaption(doc, fields, textWidth);
}

/** An embed as what it is in print: its title and provider, and the link to it. */
function embed(doc: Doc, fields: EmbedFields): void {
  const href = vetLink(fields.url);
  const title = oneLine(fields.title) || oneLine(fields.provider) || 'Embedded post';
  const runs: TextRun[] = [
    ...(oneLine(fields.provider) ? [{ text: `${oneLine(fields.provider)}: `, format: FORMAT.bold }] : []),
    { text: title, format: 0, ...(href ? { link: href } : {}) },
    ...(href ? [{ text: ` (${href})`, format: 0 }] : []),
  ];
  paragraph(doc, runs);
}

function rule(doc: Doc, gap = 0.6): void {
  const left = doc.page.margins.left;
  const right = doc.page.width - doc.page.margins.right;
  doc.moveDown(gap * 0.5);
  doc.save().moveTo(left, doc.y).lineTo(right, doc.y).lineWidth(0.5).strokeColor('#bbbbbb').stroke().restore();
  doc.moveDown(gap);
}

function header(doc: Doc, article: ExportableArticle): void {
  doc.font('sans-bold').fontSize(22).fillColor(INK).text(oneLine(article.headline), { lineGap: 2 });
  doc.moveDown(0.3);
  if (article.deck.trim()) {
    doc.font('serif').fontSize(13).fillColor(GREY).text(oneLine(article.deck), { lineGap: 2 });
    doc.moveDown(0.5);
  }
  const byline = bylineLine(article);
  if (byline) doc.font('sans-bold').fontSize(10).fillColor(INK).text(byline);
  const emails = article.bylines.map((b) => b.email.trim()).filter(Boolean);
  if (emails.length) doc.font('sans').fontSize(9).fillColor(GREY).text(emails.join('  ·  '));
  const facts: string[] = [];
  if (article.dateline.trim()) facts.push(oneLine(article.dateline));
  if (article.firstPublishedAt) facts.push(`Published: ${stamp(article.firstPublishedAt)}`);
  if (article.updatedAt) facts.push(`Updated: ${stamp(article.updatedAt)}`);
  if (facts.length) doc.font('sans').fontSize(9).fillColor(GREY).text(facts.join('  ·  '));
  doc.fillColor(INK);
  rule(doc, 0.8);
}

function notes(doc: Doc, article: ExportableArticle, options: PdfOptions): void {
  if (article.notes.length === 0) return;
  rule(doc, 0.6);
  for (const note of article.notes) {
    const printed = printedNote(note, options);
    paragraph(doc, [...(printed.label ? [{ text: `${printed.label} `, format: FORMAT.bold }] : []), { text: printed.text, format: 0 }]);
  }
}

function footers(doc: Doc, article: ExportableArticle): void {
  const range = doc.bufferedPageRange();
  const title = oneLine(article.headline);
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would start a new page: lift the margin while we do.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - bottom / 2 - 4;
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    doc.font('sans').fontSize(8).fillColor(GREY);
    doc.text(title, left, y, { width: width - 80, lineBreak: false, ellipsis: true });
    doc.text(`Page ${i + 1} of ${range.count}`, left, y, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

let fontData: Record<keyof FontSet, Buffer> | null = null;

/** Font files read once per process: reading ~3 MB of TrueType on every export is wasted work. */
function fontBuffers(): Record<keyof FontSet, Buffer> {
  if (fontData) return fontData;
  const paths = dejavuFonts();
  const data = {} as Record<keyof FontSet, Buffer>;
  for (const key of Object.keys(paths) as (keyof FontSet)[]) data[key] = readFileSync(paths[key]);
  fontData = data;
  return data;
}

export function exportPdf(article: ExportableArticle, options: PdfOptions): Promise<Buffer> {
  const fonts = fontBuffers();
  const created = new Date(versionCreatedAt(article, options));
  const doc = new PDFDocument({
    size: options.paper === 'Letter' ? 'LETTER' : 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: article.language || 'en',
    displayTitle: true,
    info: {
      Title: oneLine(article.headline),
      Author: article.bylines.map((b) => b.name).join(', '),
      Subject: oneLine(article.deck),
      Keywords: article.tags.join(', '),
      Creator: options.provider,
      Producer: options.provider,
      ...(Number.isNaN(created.getTime()) ? {} : { CreationDate: created, ModDate: created }),
    },
  });
  doc.registerFont('serif', fonts.regular);
  doc.registerFont('serif-bold', fonts.bold);
  doc.registerFont('serif-italic', fonts.italic);
  doc.registerFont('serif-bold-italic', fonts.boldItalic);
  doc.registerFont('sans', fonts.sans);
  doc.registerFont('sans-bold', fonts.sansBold);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  header(doc, article);
  for (const node of bodyNodes(article.body)) {
    if (node.kind === 'list') {
      list(doc, node);
      continue;
    }
    const block = node.block;
    if (block.type === 'heading') heading(doc, block);
    else if (block.type === 'quote') quote(doc, block);
    else if (block.type === 'rule') rule(doc);
    else if (block.type === 'photo' && block.photo) photo(doc, block.photo, options);
    else if (block.type === 'embed' && block.embed) embed(doc, block.embed);
    else paragraph(doc, block.runs);
  }
  notes(doc, article, options);
  footers(doc, article);
  doc.end();
  return done;
}
