/**
 * The hostile inputs of issue 15, as generators at any size: the shapes that once cost the square
 * of their size, unpacked to gigabytes, escaped an export folder or broke an export's format.
 * The cost test (tests/cost) runs them at 1x, 4x and 16x; the security and unit tests at the size
 * that once hurt.
 */
import JSZip from 'jszip';
import { Document, Packer, Paragraph } from 'docx';

const SENTENCE = 'The council approved the budget after a long debate about the harbor and the schools. ';

async function plainWordFile(): Promise<JSZip> {
  const bytes = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ text: 'Harbor reopens' })] }] }));
  return JSZip.loadAsync(bytes);
}

/** Offsets of a ZIP's local and central headers for one entry, to make its directory lie. */
function patchDeclaredSize(zip: Buffer, name: string, size: number): void {
  const wanted = Buffer.from(name, 'utf8');
  for (let i = 0; i + 46 < zip.length; i++) {
    const sig = zip.readUInt32LE(i);
    if (sig === 0x04034b50) {
      const nameLength = zip.readUInt16LE(i + 26);
      if (zip.subarray(i + 30, i + 30 + nameLength).equals(wanted)) zip.writeUInt32LE(size, i + 22);
    } else if (sig === 0x02014b50) {
      const nameLength = zip.readUInt16LE(i + 28);
      if (zip.subarray(i + 46, i + 46 + nameLength).equals(wanted)) zip.writeUInt32LE(size, i + 24);
    }
  }
}

export const hostile = {
  /** One paragraph with no line break (word counting was quadratic in it). */
  longParagraph: (chars: number): string => SENTENCE.repeat(Math.ceil(chars / SENTENCE.length)).slice(0, chars),

  /** Japanese without a single space: no whitespace to cut at. */
  unspacedJapanese: (chars: number): string =>
    '東京都議会は火曜日に来年度の予算案を可決した。'.repeat(Math.ceil(chars / 23)).slice(0, chars),

  /** The same paragraph n times: every paragraph a search hit (snippets were quadratic in hits). */
  repeatedParagraphs: (n: number): string[] => Array.from({ length: n }, () => SENTENCE.trim()),

  /** n flat paragraphs (node moves were quadratic; 100,000 overflowed the stack). */
  flatParagraphs: (n: number): string => `<html><body><h1>Flat</h1>${'<p>Para graph text.</p>'.repeat(n)}</body></html>`,

  /** n `<div/>`: HTML ignores the slash, so each one nests inside the last. */
  selfClosedDivs: (n: number): string => `<html><body><h1>Divs</h1>${'<div/>'.repeat(n)}text</body></html>`,

  /** A Word file whose document.xml unpacks to `bytes` of spaces (about a thousand to one). */
  async docxBomb(bytes: number): Promise<Buffer> {
    const zip = await plainWordFile();
    const xml = await zip.file('word/document.xml')!.async('string');
    const at = xml.indexOf('<w:body>') + '<w:body>'.length;
    zip.file('word/document.xml', xml.slice(0, at) + ' '.repeat(bytes) + xml.slice(at));
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  },

  /** A Word file whose directory says document.xml is 1,000 bytes while it unpacks to 2 MB. */
  async docxUnderstated(): Promise<Buffer> {
    const zip = await plainWordFile();
    const xml = await zip.file('word/document.xml')!.async('string');
    const at = xml.indexOf('<w:body>') + '<w:body>'.length;
    zip.file('word/document.xml', xml.slice(0, at) + '<!-- padding -->'.repeat(128 * 1024) + xml.slice(at));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    patchDeclaredSize(bytes, 'word/document.xml', 1000);
    return bytes;
  },

  /** A body whose nodes nest `depth` deep, as lists in list items (the store once answered "call stack"). */
  deepBody(depth: number): unknown {
    let node: Record<string, unknown> = { type: 'text', text: 'deep', format: 0, detail: 0, mode: 'normal', style: '', version: 1 };
    for (let i = 0; i < depth / 2; i++) {
      node = {
        type: 'list',
        listType: 'bullet',
        start: 1,
        tag: 'ul',
        children: [{ type: 'listitem', value: 1, children: [node], direction: null, format: '', indent: 0, version: 1 }],
        direction: null,
        format: '',
        indent: 0,
        version: 1,
      };
    }
    return { root: { type: 'root', children: [node], direction: null, format: '', indent: 0, version: 1 } };
  },

  /** Japanese text as UTF-16LE without a byte order mark (once called "binary"). */
  utf16leJapanese: (): Buffer =>
    Buffer.from('東京都議会は火曜日、来年度予算案を可決した。\n知事は「市民の声を聞いた」と述べた。\n', 'utf16le'),

  /** Slugs and headlines that try to leave an export folder or name a device. */
  derivedNames: [
    '../../victim/notes',
    '..',
    '.',
    '/etc/passwd',
    'C:\\Windows\\system32',
    'con',
    'NUL.txt',
    'a\u0000b',
    '\u202egnp.exe',
    ' trailing. ',
    'x'.repeat(400),
    '',
  ],

  /** Characters some export formats cannot hold. */
  awkwardText: 'Tab\there, NUL\u0000, ESC\u001b[31m red, BEL\u0007, U+FFFF\uffff, lone \ud800 surrogate, DEL\u007f, FFFE\ufffe end',
};
