/**
 * Word documents: mammoth turns the .docx into clean HTML (styles mapped to structure, never
 * to looks), and the HTML importer does the rest, sanitizer included.
 */
import mammoth from 'mammoth';
import { refuse } from '../../shared/import/import-error';
import type { ImportedArticle, ParseOptions } from '../../shared/import/imported-article';
import { parseHtmlArticle } from './html';
import { checkDocxArchive } from './docx-zip';

/** Word's own paragraph styles that carry newsroom meaning. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p.deck:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  'u => u',
  'strike => s',
];

export async function parseDocxArticle(bytes: Buffer, options: ParseOptions = {}): Promise<ImportedArticle> {
  // Refused from the archive's directory before anything is unpacked (zip bombs).
  await checkDocxArchive(bytes);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      // Pictures are not imported: an empty src keeps mammoth from inlining megabytes of base64.
      { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch {
    refuse('the Word document is damaged or incomplete (it may have been cut short while copying).');
  }
  return parseHtmlArticle(html, options);
}
