/**
 * A Word document is a ZIP archive, and a ZIP can promise a little and unpack to a lot: a 1 MB
 * .docx whose document.xml inflates to 1 GiB cost 6.4 s and 2.3 GB before anything refused it.
 * So the archive's own directory is read first (JSZip reads it without inflating anything) and
 * a file is refused from its declared sizes: too much in all, or an entry packed far tighter
 * than real writing packs. Then each part Word's reader will inflate is inflated once here with
 * a hard output limit of its declared size, so a directory that lies about sizes is caught
 * too, before mammoth inflates anything.
 */
import JSZip from 'jszip';
import { inflateRawSync } from 'node:zlib';
import { refuse } from '../../shared/import/import-error';
import { MAX_ARCHIVE_IMPORT_BYTES, MAX_IMPORT_BYTES } from '../../shared/import/limits';

/**
 * No article's Word file unpacks to more than this: its pictures, which do not pack (about their
 * size in the file, up to the archive limit), and its text and markup (the text limit).
 */
export const MAX_DOCX_UNPACKED = MAX_ARCHIVE_IMPORT_BYTES + MAX_IMPORT_BYTES;
/** Word's XML packs about 5–20 to 1; a part that packs tighter than this is not writing. */
export const MAX_DOCX_RATIO = 200;
/** Small parts may pack as tight as they like: they cost nothing to unpack. */
const RATIO_FLOOR = 1024 * 1024;

/** What JSZip knows of an entry from the directory, before any inflating (not in its typings). */
interface ZipEntryData {
  compressedSize: number;
  uncompressedSize: number;
  compression?: { magic: string };
  compressedContent?: Uint8Array;
}

const DEFLATE = '\u0008\u0000';

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${Math.round(bytes / 1024 / 1024)} MB`;
}

/** Refuses a Word file whose archive would unpack to too much; returns when it is safe to read. */
export async function checkDocxArchive(bytes: Buffer): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    refuse('the Word document is damaged or incomplete (it may have been cut short while copying).');
  }
  let total = 0;
  const parts: ZipEntryData[] = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const data = (entry as unknown as { _data?: ZipEntryData })._data;
    if (!data) continue;
    const { compressedSize, uncompressedSize } = data;
    total += uncompressedSize;
    if (uncompressedSize > RATIO_FLOOR && uncompressedSize > Math.max(1, compressedSize) * MAX_DOCX_RATIO) {
      refuse(
        `it would unpack ${size(compressedSize)} into ${size(uncompressedSize)} (${entry.name}); ` +
          'no Word document packs that tightly, so it is refused as a zip bomb.',
      );
    }
    if (/\.(xml|rels)$/i.test(entry.name)) parts.push(data);
  }
  if (total > MAX_DOCX_UNPACKED) {
    refuse(`it would unpack to ${size(total)}, more than the ${size(MAX_DOCX_UNPACKED)} a Word article can hold.`);
  }
  // The directory may lie: inflate each part mammoth reads with its declared size as the limit.
  for (const part of parts) {
    if (part.compression?.magic !== DEFLATE || !part.compressedContent) continue;
    try {
      inflateRawSync(part.compressedContent, { maxOutputLength: Math.max(1, part.uncompressedSize) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
        refuse('a part of it unpacks to more than its archive says; the file is damaged or built to exhaust memory.');
      }
      refuse('the Word document is damaged or incomplete (it may have been cut short while copying).');
    }
  }
}
