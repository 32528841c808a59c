/** "Export redline": the engine's standalone page (its own stylesheet, no scripts), saved as a .html file. */
import { redlineHtml, type ArticleDiff } from '../../shared/diff';
import { saveFile } from '../transfer/files';
import { safeFileName } from '../../shared/export/file-name';

/** A file name from the headline: "council-votes-on-fares-redline-1-2.html". */
export function redlineFileName(headline: string, from: string, to: string): string {
  const slug = headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return safeFileName(`${slug || 'article'}-redline-${from}-${to}.html`);
}

export function exportRedline(diff: ArticleDiff, title: string, fileName: string): void {
  const html = redlineHtml(diff, { standalone: true, title });
  saveFile(fileName, 'text/html', new Blob([html], { type: 'text/html;charset=utf-8' }));
}
