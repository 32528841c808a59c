/**
 * Word documents: mammoth turns the .docx into clean HTML (styles mapped to structure, never
 * to looks), and the HTML importer does the rest, sanitizer included.
 */
import mammoth from 'mammoth';
import { refuse } from '../../shared/import/import-error';
import type { ImportedArticle, ParseOptions } from '../../shared/import/imported-article';
import { parseHtmlArticle } from './html';
import { checkDocxArchive } from './docx-zip';
import { MAX_IMPORT_IMAGES } from '../../shared/import/imported-article';

/** The relative address a Word picture has in mammoth's HTML until its bytes are put back. */
const WORD_PICTURE = 'word-picture-';

/** Word's own paragraph styles that carry newsroom meaning. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p.deck:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "r[style-name='Photo Credit'] => span.credit",
  'u => u',
  'strike => s',
];

export async function parseDocxArticle(bytes: Buffer, options: ParseOptions = {}): Promise<ImportedArticle> {
  // Refused from the archive's directory before anything is unpacked (zip bombs).
  await checkDocxArchive(bytes);
  let html: string;
  // Each picture's bytes are kept aside and the HTML names them by a relative address, so
  // mammoth never inlines megabytes of base64 for the HTML parser to read back.
  const pictures = new Map<string, Uint8Array>();
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        styleMap: STYLE_MAP,
        convertImage: mammoth.images.imgElement(async (image) => {
          if (pictures.size >= MAX_IMPORT_IMAGES + 1) return { src: '' };
          const src = `${WORD_PICTURE}${pictures.size + 1}`;
          pictures.set(src, new Uint8Array(await image.readAsBuffer()));
          return { src };
        }),
      },
    );
    html = result.value;
  } catch {
    refuse('the Word document is damaged or incomplete (it may have been cut short while copying).');
  }
  const article = parseHtmlArticle(html, options);
  if (article.pendingImages) {
    article.pendingImages = article.pendingImages.map((image) => {
      const picture = pictures.get(image.src);
      return picture ? { ...image, src: `picture ${image.src.slice(WORD_PICTURE.length)} of the Word document`, bytes: picture } : image;
    });
  }
  return article;
}
