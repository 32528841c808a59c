/**
 * Bytes to text. Modern files are UTF-8 (with or without a BOM); Word's "Unicode text" is
 * UTF-16 with a BOM; older wire copy is Windows-1252, whose curly quotes (0x93/0x94) are not
 * valid UTF-8. Text that decodes to mostly control characters or replacement marks is not
 * readable text in any of these, and is refused rather than imported as gibberish.
 */
import iconv from 'iconv-lite';
import { refuse } from '../../shared/import/import-error';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** UTF-16 without a BOM shows itself by a NUL in every other byte of ASCII text. */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.7 && evenNul === 0) return 'utf-16le';
  if (evenNul > pairs * 0.7 && oddNul === 0) return 'utf-16be';
  return null;
}

/** Code units a writer plausibly types: ASCII, Latin, Greek, Cyrillic, punctuation, CJK, kana, Hangul, full-width forms. */
function plausibleUnit(c: number): boolean {
  if (c === 9 || c === 10 || c === 13) return true;
  if (c >= 0x20 && c < 0x7f) return true;
  if (c >= 0xa0 && c < 0x530) return true; // Latin-1 to Cyrillic
  if (c >= 0x2000 && c < 0x2070) return true; // general punctuation
  if (c >= 0x3000 && c < 0x3100) return true; // CJK punctuation, kana
  if (c >= 0x4e00 && c < 0xa000) return true; // CJK ideographs
  if (c >= 0xac00 && c < 0xd7a4) return true; // Hangul
  return c >= 0xff00 && c < 0xfff0; // full-width forms
}

function plausibleShare(bytes: Uint8Array, littleEndian: boolean): number {
  const n = Math.min(bytes.length, 4096) & ~1;
  let good = 0;
  for (let i = 0; i < n; i += 2) {
    const c = littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    if (plausibleUnit(c)) good++;
  }
  return n === 0 ? 0 : good / (n / 2);
}

/**
 * UTF-16 without a BOM and without ASCII (Japanese, Chinese, Korean copy) has no NUL pattern to
 * show; read both byte orders and take the one whose characters are nearly all ones people
 * write, when the other is clearly worse. Only asked of bytes that are not UTF-8.
 */
function bomlessUtf16Text(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 8 || bytes.length % 2 !== 0) return null;
  const le = plausibleShare(bytes, true);
  const be = plausibleShare(bytes, false);
  if (le >= 0.95 && le - be >= 0.2) return 'utf-16le';
  if (be >= 0.95 && be - le >= 0.2) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

/** Share of characters that no writer typed: controls (other than tab, newlines, form feed) and U+FFFD. */
function junkShare(text: string): number {
  if (!text) return 0;
  let junk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f || (c >= 0x80 && c < 0xa0) || c === 0xfffd) junk++;
  }
  return junk / text.length;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  let decoded: DecodedText;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) decoded = { text: decodeUtf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoded = { text: decodeUtf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  else {
    const utf16 = bomlessUtf16(bytes) ?? (isUtf8(bytes) ? null : bomlessUtf16Text(bytes));
    if (utf16) decoded = { text: decodeUtf16(bytes, utf16), encoding: utf16 };
    else {
      if (bytes.includes(0)) refuse('it is a binary file, not text.');
      const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
      try {
        decoded = { text: utf8.decode(body), encoding: 'utf-8' };
      } catch {
        decoded = {
          text: iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), 'windows-1252'),
          encoding: 'windows-1252',
        };
      }
    }
  }
  decoded.text = decoded.text.replace(/^\ufeff/, '');
  if (decoded.text.includes('\u0000')) refuse('it is a binary file, not text.');
  // A few odd characters happen in real copy; a tenth of them is not text.
  if (junkShare(decoded.text) > 0.1)
    refuse(`its text encoding cannot be read (tried ${decoded.encoding}); save it as UTF-8 and try again.`);
  return decoded;
}
