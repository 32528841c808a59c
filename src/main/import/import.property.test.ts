/**
 * Whatever a person drops on the desk, the importer answers with an article or an ImportError:
 * never another exception, never a hang. Inputs are small so each run stays quick.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError, importBytes } from './index';

const NAMES = ['story.txt', 'story.md', 'page.html', 'article.json', 'story.docx', 'noext', 'photo.png', 'STORY.HTM'];

/** Pieces that steer inputs into every importer's corners. */
const PIECES = [
  '# ',
  '## ',
  '- ',
  '* ',
  '1. ',
  '> ',
  '---\n',
  '**',
  '*',
  '~~',
  '[a](javascript:x)',
  '[b](https://x.org)',
  '<script>x</script>',
  '<p>',
  '</p>',
  '<ul><li>',
  '<b style="font-weight:normal">',
  '<a href="java\tscript:x">',
  '&amp;',
  '&#0;',
  '&#x110000;',
  'Published: 06 Nov. 2024, 11:43\n',
  'Updated: 31 Feb. 2024, 25:99\n',
  'Update, Nov. 6: text here now\n',
  'Correction, Feb. 30: x y z\n',
  'BY A B [a@b.c]\n',
  'By ',
  '- a@b.c\n',
  '(0/250자)',
  '{"format":"copydesk-article","formatVersion":1,',
  '"headline":',
  '"body":',
  '{',
  '}',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '\u0000',
  '\ufeff',
  '\ud800',
  '“',
  '”',
  'é',
  '서울',
  '\u202e',
  '<!doctype html>',
  '---\ntitle: x\n---\n',
];

const textInput = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 25 })
  .map((parts) => parts.join(''));

const MAGIC = [
  [0x89, 0x50, 0x4e, 0x47],
  [0x50, 0x4b, 0x03, 0x04],
  [0xff, 0xfe],
  [0xfe, 0xff],
  [0xef, 0xbb, 0xbf],
  [0x25, 0x50, 0x44, 0x46, 0x2d],
  [],
];
const byteInput = fc
  .tuple(fc.constantFrom(...MAGIC), fc.uint8Array({ maxLength: 200 }))
  .map(([head, rest]) => Buffer.concat([Buffer.from(head), Buffer.from(rest)]));

async function answersWithArticleOrRefusal(name: string, bytes: Buffer): Promise<void> {
  try {
    const article = await importBytes(name, bytes);
    expect(typeof article.headline).toBe('string');
    expect(article.body.root.type).toBe('root');
    expect(article.headline.trim() || JSON.stringify(article.body).includes('"text"')).toBeTruthy();
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    // A refusal that only wraps an unexpected exception is a bug with a polite face.
    if ((error as { cause?: unknown }).cause) throw (error as { cause?: unknown }).cause;
    expect(error.message.startsWith(`Cannot import "${name}": `)).toBe(true);
  }
}

describe('importBytes on adversarial input', () => {
  it('text-like input: an article or an ImportError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...NAMES), textInput, (name, text) => answersWithArticleOrRefusal(name, Buffer.from(text))),
      { numRuns: 150 },
    );
  });

  it('raw bytes: an article or an ImportError', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...NAMES), byteInput, answersWithArticleOrRefusal), { numRuns: 150 });
  });
});
