/** The page's size check before an import: the limit by kind of file, and the sentence for each. */
import { describe, expect, it } from 'vitest';
import { importLimitFor, importSizeRefusal, MAX_ARCHIVE_IMPORT_BYTES, MAX_CALL_BYTES, MAX_IMPORT_BYTES } from './limits';

const MB = 1024 * 1024;

describe('import size limits', () => {
  it('gives Word documents and ZIPs 100 MB for their photos, and text formats 20 MB', () => {
    expect(importLimitFor('Harbour wall.DOCX')).toBe(100 * MB);
    expect(importLimitFor('story-with-images.zip')).toBe(100 * MB);
    for (const name of ['story.txt', 'story.md', 'story.html', 'story.json', 'story']) expect(importLimitFor(name)).toBe(20 * MB);
  });

  it('lets a 30 MB Word document through and refuses a 120 MB one, naming the limit it is over', () => {
    expect(importSizeRefusal([{ name: 'harbour.docx', size: 30 * MB }])).toBeNull();
    expect(importSizeRefusal([{ name: 'archive.docx', size: 120 * MB }])).toBe(
      'Cannot import "archive.docx": it is 120.0 MB, more than the 100 MB a Word document or ZIP with its photos can be.',
    );
    expect(importSizeRefusal([{ name: 'archive.txt', size: 21 * MB }])).toBe(
      'Cannot import "archive.txt": it is 21.0 MB, more than the 20 MB an article file can be.',
    );
  });

  it('refuses files together over what one import carries, without naming one of them as too large', () => {
    const files = [
      { name: 'a.docx', size: 60 * MB },
      { name: 'b.docx', size: 60 * MB },
    ];
    expect(importSizeRefusal(files)).toBe(
      'Cannot import these 2 files at once: together they are 120.0 MB, more than the 100 MB one import carries. Import them a few at a time.',
    );
    expect(importSizeRefusal([{ name: 'a.docx', size: MAX_ARCHIVE_IMPORT_BYTES }])).toBeNull();
  });

  it('sizes the web host’s body limit to carry one archive at its limit as base64 in JSON', () => {
    expect(MAX_CALL_BYTES).toBeGreaterThanOrEqual(Math.ceil(MAX_ARCHIVE_IMPORT_BYTES / 3) * 4 + 1024);
    expect(MAX_CALL_BYTES).toBeLessThan(MAX_ARCHIVE_IMPORT_BYTES * 1.4);
    expect(MAX_IMPORT_BYTES).toBeLessThan(MAX_ARCHIVE_IMPORT_BYTES);
  });
});
