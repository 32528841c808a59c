/**
 * What a file really is, from its first bytes: people drag photos, PDFs and archives onto the
 * desk with any name, and a refusal should say what the file is, not that parsing failed.
 */
export type Sniffed =
  | { kind: 'docx' }
  /** Any other ZIP: possibly an article with its images (article-zip.ts). */
  | { kind: 'zip' }
  | { kind: 'binary'; what: string; advice?: string }
  | { kind: 'text' };

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(bytes.subarray(from, Math.min(to, bytes.length))).toString('latin1');
}

const MAGIC: { magic: number[]; at?: number; what: string; advice?: string }[] = [
  { magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { magic: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image' },
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document', advice: 'Copy its text into a text file or a Word document first.' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], what: 'a program (ELF)' },
  { magic: [0xcf, 0xfa, 0xed, 0xfe], what: 'a program (Mach-O)' },
  { magic: [0xfe, 0xed, 0xfa, 0xcf], what: 'a program (Mach-O)' },
  { magic: [0xca, 0xfe, 0xba, 0xbe], what: 'a compiled program' },
  { magic: [0x1f, 0x8b], what: 'a gzip archive' },
  { magic: [0x42, 0x5a, 0x68], what: 'a bzip2 archive' },
  { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'an xz archive' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { magic: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], what: 'a RAR archive' },
  { magic: [0x49, 0x44, 0x33], what: 'an MP3 audio file' },
  { magic: [0x4f, 0x67, 0x67, 0x53], what: 'an Ogg audio file' },
  { magic: [0x1a, 0x45, 0xdf, 0xa3], what: 'a video file' },
  { magic: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], what: 'an SQLite database' },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: 'an old Word (.doc) or Office file',
    advice: 'Save it as .docx in Word, then import that.',
  },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document', advice: 'Save it as .docx or plain text, then import that.' },
];

export function sniff(bytes: Uint8Array): Sniffed {
  for (const m of MAGIC) if (startsWith(bytes, m.magic, m.at)) return { kind: 'binary', what: m.what, advice: m.advice };
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && bytes.length >= 12) {
    const sub = ascii(bytes, 8, 12);
    return {
      kind: 'binary',
      what: sub === 'WEBP' ? 'a WebP image' : sub === 'WAVE' ? 'a WAV audio file' : sub.startsWith('AVI') ? 'an AVI video' : 'a media file',
    };
  }
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const brand = ascii(bytes, 8, 12);
    return { kind: 'binary', what: /hei|avif|mif1/.test(brand) ? 'a HEIC/AVIF image' : 'an MP4 or QuickTime media file' };
  }
  if (startsWith(bytes, [0x42, 0x4d]) && bytes.length > 26 && bytes[6] === 0 && bytes[7] === 0 && bytes[8] === 0 && bytes[9] === 0) {
    return { kind: 'binary', what: 'a BMP image' };
  }
  if (startsWith(bytes, [0x4d, 0x5a]) && bytes.length > 64 && bytes.includes(0)) return { kind: 'binary', what: 'a Windows program' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return sniffZip(bytes);
  return { kind: 'text' };
}

/** A ZIP is a Word document when its entries name word/document.xml (or at least word/). */
function sniffZip(bytes: Uint8Array): Sniffed {
  const head = ascii(bytes, 0, Math.min(bytes.length, 1 << 16));
  const tail = ascii(bytes, Math.max(0, bytes.length - (1 << 16)), bytes.length);
  if (/mimetypeapplication\/vnd\.oasis\.opendocument\.text/.test(head)) {
    return { kind: 'binary', what: 'an OpenDocument text (.odt)', advice: 'Save it as .docx, then import that.' };
  }
  if (/mimetypeapplication\/epub/.test(head)) return { kind: 'binary', what: 'an EPUB book' };
  if (/word\/document\.xml|word\/|\[Content_Types\]\.xml/.test(head + tail)) {
    if (/xl\/workbook|ppt\/presentation/.test(head + tail)) {
      return { kind: 'binary', what: /xl\//.test(head + tail) ? 'an Excel workbook' : 'a PowerPoint presentation' };
    }
    return { kind: 'docx' };
  }
  return { kind: 'zip' };
}
