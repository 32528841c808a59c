import { describe, expect, it } from 'vitest';
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { bodyToBlocks, blockText, FORMAT } from '../../shared/article/blocks';
import { ImportError } from '../../shared/import/import-error';
import { parseDocxArticle } from './docx';
import { importBytes } from './index';

async function wordFile(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Library wins grant to digitise century of local papers', heading: HeadingLevel.TITLE }),
          new Paragraph({ children: [new TextRun('By Omar Haddad')] }),
          new Paragraph({
            children: [
              new TextRun('The county library won a '),
              new TextRun({ text: 'national grant', bold: true }),
              new TextRun(' to scan '),
              new TextRun({ text: 'every issue', italics: true }),
              new TextRun(' of the '),
              new TextRun({ text: 'Weekly Herald', underline: {} }),
              new TextRun(' since 1921, '),
              new ExternalHyperlink({ link: 'https://example.org/grant', children: [new TextRun('the library said')] }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({ text: 'What gets scanned', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'Front pages first', bullet: { level: 0 } }),
          new Paragraph({ text: 'Then the sports pages', bullet: { level: 1 } }),
          new Paragraph({ text: 'Then everything else', bullet: { level: 0 } }),
          new Paragraph({ children: [new TextRun('The work starts in May.')] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('DOCX import', () => {
  it('reads title, byline, formatting, links, subheads and nested lists from a Word file', async () => {
    const a = await parseDocxArticle(await wordFile());
    expect(a.headline).toBe('Library wins grant to digitise century of local papers');
    expect(a.bylines).toEqual([{ name: 'Omar Haddad', email: '' }]);
    const blocks = bodyToBlocks(a.body);
    expect(blocks[0]!.runs).toEqual([
      { text: 'The county library won a ', format: 0 },
      { text: 'national grant', format: FORMAT.bold },
      { text: ' to scan ', format: 0 },
      { text: 'every issue', format: FORMAT.italic },
      { text: ' of the ', format: 0 },
      { text: 'Weekly Herald', format: FORMAT.underline },
      { text: ' since 1921, ', format: 0 },
      { text: 'the library said', format: 0, link: 'https://example.org/grant' },
      { text: '.', format: 0 },
    ]);
    expect(blocks.slice(1).map((b) => [b.type, b.tag ?? b.depth ?? '', blockText(b)])).toEqual([
      ['heading', 'h2', 'What gets scanned'],
      ['list-item', 0, 'Front pages first'],
      ['list-item', 1, 'Then the sports pages'],
      ['list-item', 0, 'Then everything else'],
      ['paragraph', '', 'The work starts in May.'],
    ]);
  });

  it('goes through importBytes by extension and by content', async () => {
    const bytes = await wordFile();
    expect((await importBytes('grant.docx', bytes)).headline).toMatch(/^Library wins/);
    expect((await importBytes('grant-no-extension', bytes)).headline).toMatch(/^Library wins/);
  });

  it('refuses a Word file cut short, naming the file', async () => {
    const bytes = await wordFile();
    const cut = bytes.subarray(0, Math.floor(bytes.length * 0.6));
    await expect(importBytes('grant.docx', cut)).rejects.toThrow(ImportError);
    await expect(importBytes('grant.docx', cut)).rejects.toThrow('Cannot import "grant.docx": the Word document is damaged or incomplete');
  });
});
