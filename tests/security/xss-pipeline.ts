/**
 * One XSS vector through one importer and then every export: the file a person might drop on
 * the desk is built from the vector, imported with importBytes, and each export is inspected
 * (output-checks.ts). Returns what was found, so a test can report every failure at once.
 */
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { newContent } from '../../src/shared/article/content';
import { bodyPlainText } from '../../src/shared/article/content';
import { EXPORT_FORMATS, type ExportableArticle, type ExportFormat } from '../../src/shared/export/types';
import { exportArticleFile } from '../../src/main/export/index';
import { ImportError, importBytes, type ImportedArticle } from '../../src/main/import/index';
import {
  inspectCopydeskJson,
  inspectDocx,
  inspectHtml,
  inspectMarkdown,
  inspectNinjs,
  inspectPdf,
  inspectXml,
  squash,
} from './output-checks';
import { HOSTILE_URLS, type XssVector } from './xss-corpus';

export type SourceFormat = 'html' | 'md' | 'txt' | 'json' | 'docx';

export interface PipelineResult {
  vector: string;
  source: SourceFormat;
  /** The importer refused the file (an ImportError without a hidden cause): nothing to export. */
  refused?: string;
  /** Problems in plain words, "format: problem"; empty when the vector was blocked everywhere. */
  problems: string[];
  exportsChecked: number;
}

const text = (t: string, format = 0) => ({ type: 'text', text: t, format, detail: 0, mode: 'normal', style: '', version: 1 });
const paragraph = (children: unknown[]) => ({
  type: 'paragraph',
  direction: null,
  format: '',
  indent: 0,
  version: 1,
  textFormat: 0,
  textStyle: '',
  children,
});

/** A Copydesk JSON file written by hand: the vector as words everywhere, hostile link URLs, an unknown node type. */
export function hostileJson(vector: XssVector, index: number): string {
  const url = HOSTILE_URLS[index % HOSTILE_URLS.length]!;
  const words = vector.text ?? 'Mayor signs budget';
  return JSON.stringify({
    format: 'copydesk-article',
    formatVersion: 1,
    headline: `${words} ${vector.html}`.slice(0, 400),
    deck: vector.html,
    bylines: [{ name: vector.html.slice(0, 100), email: 'reporter@example.org' }],
    dateline: vector.html.slice(0, 60),
    tags: [vector.html.slice(0, 60)],
    language: 'en',
    notes: [{ kind: 'update', date: '2026-03-02T10:00:00Z', text: vector.html }],
    bodyVersion: 1,
    body: {
      root: {
        type: 'root',
        direction: null,
        format: '',
        indent: 0,
        version: 1,
        children: [
          paragraph([text(vector.html)]),
          paragraph([
            {
              type: 'link',
              url,
              rel: null,
              target: '_self',
              title: vector.html,
              direction: null,
              format: '',
              indent: 0,
              version: 1,
              children: [text(words)],
            },
          ]),
          paragraph([
            {
              type: 'autolink',
              url: HOSTILE_URLS[(index + 1) % HOSTILE_URLS.length],
              isUnlinked: false,
              direction: null,
              format: '',
              indent: 0,
              version: 1,
              children: [text('the budget office')],
            },
          ]),
          { type: 'html-embed', html: vector.html, version: 1, children: [text(words)] },
          paragraph([{ ...text(words), style: "background:url('javascript:__xss.push(1)')", format: 1 << 12 }]),
        ],
      },
    },
  });
}

/** A Word document whose hyperlink points at a hostile URL and whose words are the vector. */
export async function hostileDocx(vector: XssVector, index: number): Promise<Buffer> {
  const words = vector.text ?? 'Mayor signs budget';
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`Hostile document ${vector.name}`)] }),
          new Paragraph({ children: [new TextRun(vector.html)] }),
          new Paragraph({
            children: [
              new ExternalHyperlink({
                link: HOSTILE_URLS[index % HOSTILE_URLS.length]!,
                children: [new TextRun({ text: words, style: 'Hyperlink' })],
              }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export async function sourceFile(vector: XssVector, index: number, source: SourceFormat): Promise<{ name: string; bytes: Buffer }> {
  const name = `${vector.name}.${source}`;
  if (source === 'json') return { name, bytes: Buffer.from(hostileJson(vector, index)) };
  if (source === 'docx') return { name, bytes: await hostileDocx(vector, index) };
  return { name, bytes: Buffer.from(vector.html) };
}

const OPTIONS = { provider: 'Copydesk', now: '2026-03-02T12:00:00Z' };

/** Problems in one export, and whether the vector's words survived in it (PDF: words unchecked). */
async function inspectExport(article: ExportableArticle, format: ExportFormat): Promise<{ problems: string[]; text?: string }> {
  const file = await exportArticleFile(article, format, OPTIONS);
  const data = file.data;
  const str = () => (typeof data === 'string' ? data : data.toString('utf8'));
  switch (format) {
    case 'html':
      return inspectHtml(str());
    case 'md':
      return inspectMarkdown(str());
    case 'txt':
      return { problems: [], text: str() };
    case 'newsml':
    case 'nitf':
      return inspectXml(str());
    case 'ninjs':
      return inspectNinjs(str());
    case 'json':
      return inspectCopydeskJson(str());
    case 'docx':
      return inspectDocx(Buffer.isBuffer(data) ? data : Buffer.from(data));
    case 'pdf':
      return inspectPdf(Buffer.isBuffer(data) ? data : Buffer.from(data));
  }
}

function importedText(article: ImportedArticle): string {
  return squash([article.headline, article.deck ?? '', bodyPlainText(article)].join(' '));
}

/**
 * The exports each source goes through. PDF costs ~170 ms an article, so by default it checks the
 * sources that carry hand-made hostile links (JSON, DOCX); COPYDESK_XSS_ALL_PDF=1 checks all.
 */
export function exportsFor(source: SourceFormat): readonly ExportFormat[] {
  if (source === 'json' || source === 'docx' || process.env.COPYDESK_XSS_ALL_PDF === '1') return EXPORT_FORMATS;
  return EXPORT_FORMATS.filter((f) => f !== 'pdf');
}

export async function runPipeline(
  vector: XssVector,
  index: number,
  source: SourceFormat,
  formats: readonly ExportFormat[] = exportsFor(source),
): Promise<PipelineResult> {
  const result: PipelineResult = { vector: vector.name, source, problems: [], exportsChecked: 0 };
  const { name, bytes } = await sourceFile(vector, index, source);
  let imported: ImportedArticle;
  try {
    imported = await importBytes(name, bytes);
  } catch (error) {
    if (error instanceof ImportError && !(error as { cause?: unknown }).cause) {
      result.refused = error.message;
      return result;
    }
    result.problems.push(`import: threw ${String((error as { cause?: unknown }).cause ?? error)}`);
    return result;
  }
  const words = vector.text;
  if (words && !importedText(imported).includes(words)) result.problems.push(`import: the words "${words}" were lost`);
  const article: ExportableArticle = { ...newContent(imported), id: `xss${index}` };
  for (const format of formats) {
    try {
      const found = await inspectExport(article, format);
      result.exportsChecked++;
      for (const p of found.problems) result.problems.push(`${format}: ${p}`);
      if (words && found.text !== undefined && !squash(found.text).includes(words))
        result.problems.push(`${format}: the words "${words}" were lost`);
    } catch (error) {
      result.problems.push(`${format}: export threw ${String(error)}`);
    }
  }
  return result;
}
