/**
 * What a CLI argument names: `ID` (the working draft), `ID@N` (version N) or a file in any
 * importable format (read, never stored). Files get an id from their bytes, so exporting the
 * same file twice gives the same guid.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Store } from '../main/store';
import { importBytes } from '../main/import';
import { exportableFromStore } from '../main/services/export-service';
import { importedContent } from '../main/services/import-service';
import type { ExportableArticle } from '../shared/export/types';
import { parseArticleRef } from '../shared/article/version';
import { CliError } from './cli-error';

export interface Source {
  article: ExportableArticle;
  /** How to name it in messages and output files. */
  name: string;
}

export function isFileRef(ref: string): boolean {
  return existsSync(ref) && statSync(ref).isFile();
}

export async function readSource(ref: string, store: () => Store): Promise<Source> {
  if (isFileRef(ref)) {
    const bytes = readFileSync(ref);
    const article = importedContent(await importBytes(basename(ref), bytes));
    const id = 'f' + createHash('sha256').update(bytes).digest('hex').slice(0, 15);
    return { article: { id, ...article }, name: basename(ref) };
  }
  const parsed = parseArticleRef(ref);
  if (!parsed) throw new CliError(`"${ref}" is neither a file nor an article (ID or ID@N).`, 2);
  return { article: exportableFromStore(store(), parsed.id, parsed.version), name: ref };
}
