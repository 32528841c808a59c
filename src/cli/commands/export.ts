/**
 * `copydesk export REF... --format FMT [-o PATH] [--form ap|wire|uk] [--data DIR]`: articles,
 * versions or files in any export format. One REF without -o goes to stdout (textual formats
 * only); with several REFs, -o names a folder. Notes print in the house style Settings saved
 * (--form overrides its form), as the app's own exports do.
 */
import { mkdirSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { exportArticleFile } from '../../main/export';
import { EXPORT_FORMATS, isExportFormat, isTextExportFormat } from '../../shared/export/types';
import { exportFileName, exportStem, PROVIDER } from '../../main/services/export-service';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command';
import { readSource } from '../article-source';
import { lazyStore } from '../lazy-store';
import { houseStyleOf } from '../house-style';

/** The path of a derived name inside the -o folder; the name is already safe, this is the last check. */
function insideFolder(folder: string, name: string): string {
  const target = join(folder, name);
  const rel = relative(folder, target);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) throw new CliError(`Refusing to write "${name}" outside ${folder}.`);
  return target;
}

export async function exportCommand(ctx: CommandContext): Promise<number> {
  const format = String(ctx.values.format ?? '');
  if (!isExportFormat(format))
    throw new CliError(`--format must be one of ${EXPORT_FORMATS.join(', ')}${format ? `, not "${format}"` : ''}.`, 2);
  if (ctx.positionals.length === 0) throw new CliError('Name at least one article (ID or ID@N) or file to export.', 2);
  const out = ctx.values.o as string | undefined;
  const many = ctx.positionals.length > 1;
  if (!out && (many || !isTextExportFormat(format))) {
    throw new CliError(many ? 'Several articles need -o FOLDER.' : `${format.toUpperCase()} is binary: name a file with -o.`, 2);
  }
  if (out && many) {
    if (existsSync(out) && !statSync(out).isDirectory())
      throw new CliError(`-o ${out} must be a folder when exporting several articles.`, 2);
    mkdirSync(out, { recursive: true });
  }
  const store = lazyStore(ctx.dataDir);
  let failed = 0;
  try {
    const noteStyle = await houseStyleOf(ctx.dataDir, store.get, ctx.values.form);
    for (const ref of ctx.positionals) {
      try {
        const { article, photos } = await readSource(ref, store.get);
        const file = await exportArticleFile(article, format, { provider: PROVIDER, noteStyle, photos, bundleName: exportStem(article) });
        if (!out) {
          // A zip (the text with its images) is no thing to print to a terminal.
          if (typeof file.data !== 'string')
            throw new CliError(
              `${ref} has photos: its ${format.toUpperCase()} export is a zip with the images beside the text. Name a file with -o.`,
              2,
            );
          process.stdout.write(file.data);
        } else {
          const target = many ? insideFolder(out, exportFileName(article, format, file.extension)) : out;
          writeFileSync(target, file.data);
          process.stderr.write(`wrote ${target}\n`);
        }
      } catch (error) {
        if (!many) throw error;
        failed++;
        process.stderr.write(`copydesk: ${ref}: ${(error as Error).message}\n`);
      }
    }
  } finally {
    store.close();
  }
  return failed > 0 ? 1 : 0;
}
