/**
 * What kind of file this is, from its first bytes — never from its name: a PNG renamed .jpg is
 * a PNG, and a script renamed .jpg is no picture at all. Types a photo may not be are named, so
 * the refusal says what to do ("save it as PNG or JPEG first").
 */
import type { PhotoType } from '../article/media';
import { ascii } from './bytes';
import { ImageRefused } from './refused';

const ACCEPTED = 'a photo must be JPEG, PNG, WebP or GIF';

function startsWith(b: Uint8Array, bytes: readonly number[], at = 0): boolean {
  return bytes.every((v, i) => b[at + i] === v);
}

/** The opening text of a file that looks like markup, lower-cased, without a BOM or leading space. */
function markupHead(b: Uint8Array): string | undefined {
  let at = startsWith(b, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (at < b.length && at < 1024 && (b[at] === 0x20 || b[at] === 0x09 || b[at] === 0x0a || b[at] === 0x0d)) at++;
  if (b[at] !== 0x3c) return undefined; // '<'
  return ascii(b, at, at + 4096).toLowerCase();
}

export function sniffPhotoType(b: Uint8Array): PhotoType {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'image/webp';

  const head = markupHead(b);
  if (head?.includes('<svg')) {
    throw new ImageRefused(
      `The file is an SVG drawing, which is refused: an SVG is a document that can carry scripts and links, not a photo. Save it as PNG first; ${ACCEPTED}.`,
    );
  }
  if (head !== undefined) throw new ImageRefused(`The file is text (a web page or markup), not a picture; ${ACCEPTED}.`);
  const named = otherKind(b);
  if (named) throw new ImageRefused(`The file is ${named}, which Copydesk does not take; ${ACCEPTED} (save it as one of those first).`);
  throw new ImageRefused(`The file is not a picture Copydesk can read; ${ACCEPTED}.`);
}

/** Names the picture and document types people most often try, for a useful refusal. */
function otherKind(b: Uint8Array): string | undefined {
  if (ascii(b, 0, 4) === 'II*\0' || ascii(b, 0, 4) === 'MM\0*') return 'a TIFF image';
  if (ascii(b, 4, 8) === 'ftyp') {
    const brand = ascii(b, 8, 12);
    if (brand.startsWith('avi')) return 'an AVIF image';
    if (brand.startsWith('hei') || brand.startsWith('hev') || brand === 'mif1' || brand === 'msf1') return 'a HEIC image (an iPhone photo)';
    return 'a video or other ISO media file';
  }
  if (ascii(b, 0, 2) === 'BM') return 'a BMP image';
  if (ascii(b, 0, 5) === '%PDF-') return 'a PDF document';
  if (ascii(b, 0, 4) === '8BPS') return 'a Photoshop document';
  if (startsWith(b, [0xff, 0x0a]) || ascii(b, 4, 8) === 'JXL ') return 'a JPEG XL image';
  if (startsWith(b, [0, 0, 1, 0])) return 'an icon file';
  return undefined;
}
