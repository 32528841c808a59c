import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyToBlocks, blockText } from '../../shared/article/blocks';
import { detectTextFormat, ImportError, importBytes, importFile, importText, MAX_IMPORT_BYTES } from './index';

const fixtures = join(__dirname, 'fixtures');
const dir = mkdtempSync(join(tmpdir(), 'copydesk-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bodyText = (a: { body: Parameters<typeof bodyToBlocks>[0] }) => bodyToBlocks(a.body).map(blockText);

async function refusal(name: string, bytes: Buffer | Uint8Array): Promise<ImportError> {
  try {
    await importBytes(name, bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    const e = error as ImportError;
    expect(e.file).toBe(name.split('/').pop());
    expect(e.message).toBe(`Cannot import "${e.file}": ${e.reason}`);
    return e;
  }
  throw new Error(`${name} was imported`);
}

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

describe('importFile on the fixtures', () => {
  it('picks each format by extension', async () => {
    expect((await importFile(join(fixtures, 'harbor-closure.txt'))).bylines).toEqual([
      { name: 'DANA OKAFOR', email: 'dana.okafor@example.org' },
    ]);
    expect((await importFile(join(fixtures, 'council-budget.md'))).headline).toBe(
      'City council passes leaner budget after late-night session',
    );
    expect((await importFile(join(fixtures, 'word-export.html'))).deck).toMatch(/^Commuters/);
    expect((await importFile(join(fixtures, 'google-docs.html'))).headline).toMatch(/^Rail union/);
    const json = await importFile(join(fixtures, 'copydesk-article.json'));
    expect(json).toMatchObject({ headline: 'Water board approves new reservoir', dateline: 'KELSO', tags: ['water', 'infrastructure'] });
    // The javascript: link in the file is words only after import.
    expect(JSON.stringify(json.body)).not.toContain('javascript');
  });

  it('sniffs content when the name says nothing or says the wrong thing', async () => {
    const html = Buffer.from('<!DOCTYPE html><html><body><h1>Saved page</h1><p>Copy.</p></body></html>');
    expect((await importBytes('saved.txt', html)).headline).toBe('Saved page');
    expect((await importBytes('noext', Buffer.from('# Markdown headline\n\nCopy with **bold**.'))).headline).toBe('Markdown headline');
    expect(
      (await importBytes('export', Buffer.from('{"format":"copydesk-article","formatVersion":1,"headline":"J","body":"Copy."}'))).headline,
    ).toBe('J');
    expect(detectTextFormat('a.md', '<html><body>x</body></html>')).toBe('html');
    expect(detectTextFormat('a.txt', 'Headline\nCopy.')).toBe('text');
  });

  it('refuses folders and missing files by name', async () => {
    mkdirSync(join(dir, 'folder.txt'));
    await expect(importFile(join(dir, 'folder.txt'))).rejects.toThrow('Cannot import "folder.txt": it is a folder, not a file.');
    await expect(importFile(join(dir, 'gone.txt'))).rejects.toThrow(/Cannot import "gone.txt": the file does not exist/);
  });

  it('refuses a file over 20 MB before reading it', async () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x61));
    await expect(importFile(path)).rejects.toThrow(/Cannot import "huge.txt": it is 20.0 MB, more than the 20 MB/);
  });
});

describe('encodings', () => {
  const copy = 'Café owners “welcome” the new rules — naïve or not, it’s 5 €.';

  it('reads old Windows-1252 wire copy with curly quotes and accents', async () => {
    const bytes = iconv.encode(`Wire headline\n\n${copy}\n`, 'windows-1252');
    expect(bytes.includes(0x93) && bytes.includes(0x94) && bytes.includes(0xe9)).toBe(true);
    const a = await importBytes('wire.txt', bytes);
    expect(a.headline).toBe('Wire headline');
    expect(bodyText(a)).toEqual([copy]);
  });

  it('reads UTF-16 with a BOM (both byte orders), and UTF-8 with a BOM', async () => {
    const text = `Unicode headline\n\n${copy}`;
    for (const bytes of [
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    ]) {
      const a = await importBytes('unicode.txt', bytes);
      expect(a.headline).toBe('Unicode headline');
      expect(bodyText(a)).toEqual([copy]);
    }
  });

  it('reads Korean and other scripts in UTF-8', async () => {
    const a = await importBytes('ko.txt', Buffer.from('서울 시장, 새 교통 정책 발표\n\n서울시는 화요일 새 교통 정책을 발표했다.'));
    expect(a.headline).toBe('서울 시장, 새 교통 정책 발표');
  });
});

describe('bad input is refused with the file named', () => {
  it('an image with a text extension', async () => {
    expect((await refusal('photo.md', PNG)).message).toBe('Cannot import "photo.md": it is a PNG image, not text.');
    expect((await refusal('photo.txt', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).reason).toBe('it is a JPEG image, not text.');
    expect((await refusal('anim.html', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'))).reason).toBe('it is a GIF image, not text.');
  });

  it('PDFs, programs, archives and old Word files, with advice where there is some', async () => {
    expect((await refusal('story.txt', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj', 'latin1'))).reason).toMatch(
      /^it is a PDF document, not text\. Copy its text/,
    );
    expect((await refusal('tool', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]))).reason).toBe('it is a program (ELF), not text.');
    expect((await refusal('story.doc', Buffer.from('d0cf11e0a1b11ae1000000', 'hex'))).reason).toMatch(
      /old Word \(\.doc\).*Save it as \.docx/,
    );
    const zip = new JSZip();
    zip.file('notes.txt', 'not a word document');
    const zipped = await zip.generateAsync({ type: 'nodebuffer' });
    expect((await refusal('archive.docx', zipped)).reason).toMatch(/^it is a ZIP archive, not a Word document\./);
    expect((await refusal('story.docx', Buffer.from('Plain words pretending.'))).reason).toBe(
      'it is named .docx but is not a Word document.',
    );
  });

  it('empty and whitespace-only files', async () => {
    expect((await refusal('empty.txt', Buffer.alloc(0))).reason).toBe('the file is empty.');
    expect((await refusal('blank.md', Buffer.from(' \n\t\r\n  '))).reason).toBe('the file is empty (it holds only white space).');
  });

  it('binary junk and unreadable encodings', async () => {
    expect((await refusal('junk.txt', Buffer.from([0x41, 0x00, 0x42, 0x43, 0x00, 0x00, 0x01, 0x02, 0x03]))).reason).toBe(
      'it is a binary file, not text.',
    );
    const controls = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 7))));
    expect((await refusal('controls.txt', controls)).reason).toMatch(/^its text encoding cannot be read/);
  });

  it('invalid JSON and JSON that is not an article', async () => {
    expect((await refusal('article.json', Buffer.from('{"headline": "Half a file'))).reason).toMatch(/^it is not valid JSON/);
    expect((await refusal('package.json', Buffer.from('{"name":"x","version":"1.0.0"}'))).reason).toMatch(/not an article/);
  });

  it('a file with no headline and no body', async () => {
    expect(
      (await refusal('furniture.txt', Buffer.from('To write comments, please log in to one of the accounts.\n(0/250자)\n'))).reason,
    ).toBe('there is no headline and no article text in it.');
    expect((await refusal('empty.html', Buffer.from('<html><body><script>only()</script><p> </p></body></html>'))).reason).toBe(
      'there is no headline and no article text in it.',
    );
  });

  it('importText refuses whitespace too', () => {
    expect(() => importText('x.txt', '   ')).toThrow(ImportError);
  });
});
