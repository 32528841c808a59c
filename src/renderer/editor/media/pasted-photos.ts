/**
 * Which files of a paste are photos to add. A copied image ("Copy image" in a browser, a
 * screenshot) arrives as an image file, often with a bit of HTML naming it; a copy from Word or
 * a spreadsheet arrives as text *and* a picture of that text. So image files count only when
 * the clipboard holds no plain text: then the paste is the picture; otherwise it is the words.
 */
export interface ClipboardLike {
  readonly files: ArrayLike<File>;
  getData(type: string): string;
}

export function photosInPaste(data: ClipboardLike | null | undefined): File[] {
  if (!data) return [];
  const images = Array.from(data.files).filter((file) => file.type.startsWith('image/'));
  if (images.length === 0) return [];
  return data.getData('text/plain').trim() ? [] : images;
}
