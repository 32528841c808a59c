/**
 * Every importer on random and adversarial files: an article or an ImportError (never another
 * exception, never an ImportError hiding one as its cause), and never a hang.
 */
import fc from 'fast-check';
import { Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportError, importBytes } from '../../src/main/import/index';
import { FUZZ_RUNS, hostileText, share, withinHangLimit } from './fuzz-support';

async function articleOrRefusal(name: string, bytes: Buffer): Promise<void> {
  try {
    const article = await withinHangLimit(`importBytes(${name})`, () => importBytes(name, bytes));
    expect(typeof article.headline).toBe('string');
    expect(article.body.root.type).toBe('root');
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    // A refusal that only wraps an unexpected exception is a crash with a polite face.
    const cause = (error as { cause?: unknown }).cause;
    if (cause) throw cause;
  }
}

const NAMES = ['story.txt', 'story.md', 'page.html', 'article.json', 'story.docx', 'noext', 'PAGE.HTM', 'notes.markdown'];

const MARKUP = [
  '<p>',
  '</p>',
  '<h1>',
  '</h1>',
  '<ul><li>',
  '</li></ul>',
  '<ol>',
  '<blockquote>',
  '<b style="font-weight:normal">',
  '<a href="java\tscript:x">',
  '<a href="https://x.org">',
  '</a>',
  '<table><tr><td>',
  '<pre>',
  '<br>',
  '<hr>',
  '<svg><script>x</script></svg>',
  '<math><mtext><table><mglyph><style>',
  '<!--',
  '-->',
  '<![CDATA[',
  '<!doctype html>',
  '<meta name="author" content="A B">',
  '<p class=MsoTitle>',
  '<p style="mso-list:l0 level3">',
  '<span style="mso-list:Ignore">1.</span>',
  '<div>'.repeat(50),
  '<b>'.repeat(40),
  '&nbsp;',
  '&#x0;',
  '&bogus;',
];
const MD = [
  '# ',
  '## ',
  '- ',
  '* ',
  '1. ',
  '> ',
  '> > > ',
  '---\n',
  '**',
  '__',
  '~~',
  '`',
  '```\n',
  '[a](javascript:x)',
  '[b](https://x.org)',
  '![i](data:text/html,x)',
  '<script>x</script>',
  '---\ntitle: x\nauthor: [\n---\n',
  '| a | b |\n|---|---|\n',
  '    code\n',
  '\\',
];
const JSON_PIECES = [
  '{"format":"copydesk-article","formatVersion":1,',
  '"headline":',
  '"body":',
  '{"root":{"type":"root","children":[',
  '{"type":"paragraph","children":[',
  '{"type":"text","text":"x","format":1}',
  '{"type":"link","url":"javascript:x","children":[]}',
  ']}',
  '}}',
  '{',
  '}',
  '[',
  ']',
  ',',
  '"',
  'null',
  '1e999',
  '"\\u0000"',
  '"\\ud800"',
];

const hostileFile = (pieces: string[]) =>
  fc
    .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pieces) }, { weight: 2, arbitrary: hostileText(4) }), { maxLength: 40 })
    .map((p) => p.join(''));

const MAGIC = [
  [0x89, 0x50, 0x4e, 0x47],
  [0x50, 0x4b, 0x03, 0x04],
  [0xff, 0xfe],
  [0xfe, 0xff],
  [0xef, 0xbb, 0xbf],
  [0x25, 0x50, 0x44, 0x46, 0x2d],
  [0x1f, 0x8b],
  [0xd0, 0xcf, 0x11, 0xe0],
  [],
];

let docxSeed: Buffer;
let docxParts: Record<string, string>;

beforeAll(async () => {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('Mayor signs budget')] }),
          new Paragraph({
            children: [new ExternalHyperlink({ link: 'https://example.org/budget', children: [new TextRun('the budget')] })],
          }),
        ],
      },
    ],
  });
  docxSeed = await Packer.toBuffer(doc);
  const zip = await JSZip.loadAsync(docxSeed);
  docxParts = {};
  for (const name of Object.keys(zip.files)) if (!zip.files[name]!.dir) docxParts[name] = await zip.file(name)!.async('string');
});

describe(`importers on ${FUZZ_RUNS} random and adversarial files`, () => {
  it('text of every kind under every name', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...NAMES),
        fc.oneof(hostileFile(MARKUP), hostileFile(MD), hostileFile(JSON_PIECES), hostileText(60)),
        (name, text) => articleOrRefusal(name, Buffer.from(text)),
      ),
      { numRuns: share(0.55) },
    );
  }, 300_000);

  it('HTML pages with hostile markup', async () => {
    await fc.assert(
      fc.asyncProperty(hostileFile(MARKUP), (html) => articleOrRefusal('page.html', Buffer.from(html))),
      { numRuns: share(0.15) },
    );
  }, 300_000);

  it('raw bytes behind real and fake magic numbers', async () => {
    const bytes = fc
      .tuple(fc.constantFrom(...MAGIC), fc.uint8Array({ maxLength: 300 }))
      .map(([head, rest]) => Buffer.concat([Buffer.from(head), Buffer.from(rest)]));
    await fc.assert(fc.asyncProperty(fc.constantFrom(...NAMES), bytes, articleOrRefusal), { numRuns: share(0.2) });
  }, 300_000);

  it('Word documents with damaged bytes or hostile XML parts', async () => {
    const flipped = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => {
      const bytes = Buffer.from(docxSeed);
      for (const [at, value] of flips) bytes[at % bytes.length] = value;
      return bytes;
    });
    const rewritten = fc
      .tuple(
        fc.constantFrom(
          'word/document.xml',
          'word/_rels/document.xml.rels',
          'word/styles.xml',
          'word/numbering.xml',
          '[Content_Types].xml',
        ),
        fc.nat(),
        fc.oneof(
          hostileFile(MARKUP),
          fc.constantFrom(
            '<w:hyperlink r:id="rId999">',
            '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="javascript:alert(1)" TargetMode="External"/>',
            '&c;',
          ),
        ),
      )
      .map(async ([part, at, insert]) => {
        const zip = new JSZip();
        for (const [name, content] of Object.entries(docxParts)) {
          const cut = name === part ? at % (content.length + 1) : -1;
          zip.file(name, cut < 0 ? content : content.slice(0, cut) + insert + content.slice(cut));
        }
        return zip.generateAsync({ type: 'nodebuffer' });
      });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          flipped.map(async (b) => b),
          rewritten,
        ),
        async (file) => articleOrRefusal('story.docx', await file),
      ),
      { numRuns: share(0.1) },
    );
  }, 300_000);
});
