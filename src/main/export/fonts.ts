/**
 * The DejaVu fonts embedded in PDFs: they cover Latin Extended, Greek and Cyrillic, so a name
 * like Wiśniewski or Łódź prints as written instead of falling back to boxes.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';

export interface FontSet {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
  sans: string;
  sansBold: string;
}

let cached: FontSet | null = null;

export function dejavuFonts(): FontSet {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  let dir: string;
  try {
    dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  } catch {
    throw new Error('The PDF export needs the DejaVu fonts (npm package dejavu-fonts-ttf), and they are not installed.');
  }
  const fonts: FontSet = {
    regular: join(dir, 'DejaVuSerif.ttf'),
    bold: join(dir, 'DejaVuSerif-Bold.ttf'),
    italic: join(dir, 'DejaVuSerif-Italic.ttf'),
    boldItalic: join(dir, 'DejaVuSerif-BoldItalic.ttf'),
    sans: join(dir, 'DejaVuSans.ttf'),
    sansBold: join(dir, 'DejaVuSans-Bold.ttf'),
  };
  for (const path of Object.values(fonts)) {
    if (!existsSync(path)) throw new Error(`The PDF export cannot find the font file ${path}.`);
  }
  cached = fonts;
  return fonts;
}
