// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { photosInPaste, type ClipboardLike } from './pasted-photos';

function clipboard(files: File[], data: Record<string, string> = {}): ClipboardLike {
  return { files, getData: (type) => data[type] ?? '' };
}
const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'image.png', { type: 'image/png' });
const notes = new File(['minutes'], 'notes.txt', { type: 'text/plain' });

describe('photosInPaste', () => {
  it('takes a copied image, with or without the HTML a browser adds', () => {
    expect(photosInPaste(clipboard([png]))).toEqual([png]);
    expect(photosInPaste(clipboard([png], { 'text/html': '<img src="https://example.org/ferry.png">' }))).toEqual([png]);
  });

  it('leaves a copy of text with a picture of it (Word, spreadsheets) to the text paste', () => {
    expect(photosInPaste(clipboard([png], { 'text/plain': 'Council minutes', 'text/html': '<p>Council minutes</p>' }))).toEqual([]);
  });

  it('ignores files that are not images and an empty clipboard', () => {
    expect(photosInPaste(clipboard([notes]))).toEqual([]);
    expect(photosInPaste(clipboard([]))).toEqual([]);
    expect(photosInPaste(null)).toEqual([]);
  });
});
