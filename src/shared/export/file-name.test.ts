import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_FILE_NAME, safeFileName } from './file-name';

describe('derived file names', () => {
  it.each([
    ['council-passes-budget.html', 'council-passes-budget.html'],
    ['../../victim/notes.txt', 'victim-notes.txt'],
    ['..', 'article'],
    ['.', 'article'],
    ['.hidden', 'hidden'],
    ['/etc/passwd', 'etc-passwd'],
    ['C:\\Windows\\system32', 'C-Windows-system32'],
    ['con', '_con'],
    ['NUL.txt', '_NUL.txt'],
    ['com1.docx', '_com1.docx'],
    ['a\u0000b\u001b[31m.md', 'ab[31m.md'],
    ['\u202egnp.exe', 'gnp.exe'],
    [' trailing. ', 'trailing'],
    ['name...', 'name'],
    ['what? "quoted" <tag> | pipe*.txt', 'what- -quoted- -tag- - pipe-.txt'],
    ['Seoul 서울 東京.html', 'Seoul 서울 東京.html'],
    ['', 'article'],
    ['\ud800lone.txt', 'lone.txt'],
  ])('%j → %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it('shortens long names and keeps the extension', () => {
    const name = safeFileName('x'.repeat(400) + '-v3.newsml.xml');
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME);
    expect(name.endsWith('.xml')).toBe(true);
    expect(safeFileName('🙂'.repeat(100) + '.txt')).toMatch(/^(🙂)+\.txt$/u);
  });

  it('uses the fallback when nothing is left', () => {
    expect(safeFileName('...', 'a1b2c3.txt')).toBe('a1b2c3.txt');
    expect(safeFileName('', '../x')).toBe('x');
  });

  it('always gives one safe path segment, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 50 }), (a, b) => {
        const name = safeFileName(a + b);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME);
        expect(name).not.toMatch(/[/\\\u0000-\u001f]/);
        expect(name.startsWith('.')).toBe(false);
        expect(name).not.toMatch(/[. ]$/);
        expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      }),
      { numRuns: 500 },
    );
  });
});

describe('file name stems', () => {
  it('is empty when nothing usable is left, so a caller can fall back to an id', async () => {
    const { fileNameStem } = await import('./file-name');
    expect(fileNameStem('..')).toBe('');
    expect(fileNameStem('../../victim/notes')).toBe('victim-notes');
  });
});
